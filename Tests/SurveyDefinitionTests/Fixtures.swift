import Diagnostics
import Foundation
import SurveyDefinition
import TrainingModel

/// Files under Tests/Fixtures/SurveyDefinition and the values the tests share.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SurveyDefinition")

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    static func bytes(_ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path(name))!)
    }

    /// The small, complete survey of the fixtures.
    static func smallSurvey() throws -> Survey {
        try SurveyReader.read(file: path("small.survey.xml")).value.survey
    }

    /// The thesaurus the small survey's topic rows come from.
    static let miniTopics = Thesaurus(id: "mini-topics", concepts: [
        concept("financial-investigation", "financieel onderzoek", "enquête financière", "Finanzermittlungen", "financial investigation"),
        concept("victim-identification", "identificatie van slachtoffers", "identification des victimes", "Opferidentifizierung", "victim identification"),
        concept("labour-exploitation", "arbeidsuitbuiting", "exploitation économique", "Arbeitsausbeutung", "labour exploitation"),
    ])

    static func concept(_ id: String, _ nl: String, _ fr: String, _ de: String, _ en: String) -> Concept {
        Concept(id: id, labels: LocalizedText([
            LocalizedString("nl", nl), LocalizedString("fr", fr), LocalizedString("de", de), LocalizedString("en", en),
        ]))
    }
}
