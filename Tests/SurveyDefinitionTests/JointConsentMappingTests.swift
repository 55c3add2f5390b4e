import Diagnostics
import Foundation
import Testing
import TrainingModel
@testable import SurveyDefinition

@Suite("Joint-training answers on the needs of a response")
struct JointConsentMappingTests {
    static func shippedSurvey() throws -> Survey {
        let path = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Surveys/thb-needs-2027.survey.xml").path
        return try SurveyReader.read(file: path).value.survey
    }

    @Test("the shipped survey's joint-training questions fill joint_countries and joint_services of every need")
    func consentFromAnswers() throws {
        let mapping = NeedsMapping(survey: try Self.shippedSurvey())
        #expect(mapping.jointCountriesQuestion == "joint-countries" && mapping.jointServicesQuestion == "joint-services")
        let service = ServiceIdentity(country: "NL", kind: .labourInspection, name: "Nederlandse Arbeidsinspectie")
        let answers = Answers(language: .dutch, values: [
            "needs-matrix": .matrix(["labour-exploitation": TopicAnswer(relevance: .high, staff: 4)]),
            "joint-countries": .text("no"), "joint-services": .text("maybe"),
        ])
        let needs = mapping.needs(from: answers, service: service, idPrefix: "X")
        #expect(!needs.isEmpty)
        #expect(needs.allSatisfy { $0.jointCountries == .no && $0.jointServices == .maybe })
        let unanswered = mapping.needs(from: Answers(language: .dutch, values: [
            "needs-matrix": .matrix(["labour-exploitation": TopicAnswer(relevance: .high, staff: 4)]),
        ]), service: service, idPrefix: "Y")
        #expect(unanswered.allSatisfy { $0.jointCountries == .yes && $0.jointServices == .yes })
    }
}
