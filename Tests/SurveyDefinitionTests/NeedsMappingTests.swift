import Testing
import TrainingModel
@testable import SurveyDefinition

@Suite("From a submitted response to needs")
struct NeedsMappingTests {
    let service = ServiceIdentity(country: "BE", kind: .labourInspection, name: "Inspection Liège")

    @Test("the section conventions pick the questions of each part")
    func mappingFromSurvey() throws {
        let mapping = NeedsMapping(survey: try Fixtures.smallSurvey())
        #expect(mapping.matrixQuestions == [MatrixQuestion(question: "matrix", concepts: ["financial-investigation", "victim-identification", "labour-exploitation"])])
        #expect(mapping.freeTextQuestions == ["other-needs"])
        #expect(mapping.languagesQuestion == "training-languages")
        #expect(mapping.modesQuestion == "delivery-modes")
        #expect(mapping.periodQuestion == "period")
        #expect(mapping.serviceLanguagesQuestion == "working-languages")
    }

    @Test("matrix rows become topic needs, free text a text need, with the modalities on each")
    func needs() throws {
        let survey = try Fixtures.smallSurvey()
        var answers = AnswerValidatorTests.complete(.french)
        answers["other-needs-context"] = .text("Un dossier de 2025")
        let needs = NeedsMapping(survey: survey).needs(from: answers, service: service, idPrefix: "K7QM2XPA")
        #expect(needs.map(\.id) == ["K7QM2XPA-01", "K7QM2XPA-02", "K7QM2XPA-03"])
        #expect(needs[0] == Need(id: "K7QM2XPA-01", country: "BE", serviceKind: .labourInspection, service: "Inspection Liège",
                                 topic: "financial-investigation", language: "fr", priority: 4, currentLevel: 1, requiredLevel: 3,
                                 headcount: 12, languages: ["nl", "en"], modes: [.onsite, .eLearning], period: "2027-Q2"))
        // Relevance "none" gives no need; a medium row without priority reads as priority 2.
        #expect(needs[1].topic == "labour-exploitation" && needs[1].priority == 2 && needs[1].headcount == 5)
        #expect(needs[2].topic == nil)
        #expect(needs[2].text == "Verhoren met een tolk\n\nUn dossier de 2025")
        #expect(needs[2].priority == 2 && needs[2].headcount == 1 && needs[2].language == "fr")
        #expect(NeedsMapping(survey: survey).serviceLanguages(from: answers) == ["nl", "fr"])
    }

    @Test("rows for nobody or without relevance give no need; a high row without priority reads as high")
    func rowsWithoutTraining() throws {
        let survey = try Fixtures.smallSurvey()
        let answers = Answers(language: .dutch, values: ["matrix": .matrix([
            "financial-investigation": TopicAnswer(relevance: .high, staff: 0),
            "victim-identification": TopicAnswer(relevance: .high),
            "labour-exploitation": TopicAnswer(),
        ])])
        let needs = NeedsMapping(survey: survey).needs(from: answers, service: service, idPrefix: "R")
        #expect(needs.map(\.topic) == ["victim-identification"])
        #expect(needs[0].priority == 3 && needs[0].headcount == 1 && needs[0].modes.isEmpty && needs[0].period == nil)
    }
}
