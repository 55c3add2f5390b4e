import Diagnostics
import Foundation
import SurveyDefinition
import SurveyStore
import TrainingModel

/// Files under Tests/Fixtures/SurveyStore and a store with a clock the test moves.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SurveyStore")

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    static func bytes(_ name: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path(name))!)
    }

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

    /// The small survey, checked and ready to publish; `version` rewrites its version number.
    static func smallSurvey(version: Int = 1, edit: (String) -> String = { $0 }) throws -> PublishableSurvey {
        var text = String(decoding: bytes("small.survey.xml"), as: UTF8.self)
        text = edit(text.replacingOccurrences(of: "version=\"1\"", with: "version=\"\(version)\""))
        return try PublishableSurvey.check(bytes: Array(text.utf8), name: "small.survey.xml", thesaurus: miniTopics).value
    }

    /// A store in memory holding the small survey, and its clock.
    static func store() async throws -> (GRDBSurveyStore, TestClock) {
        let clock = TestClock()
        let store = try GRDBSurveyStore.inMemory(clock: { clock.now })
        _ = try await store.publish(smallSurvey(), by: "coordinator")
        return (store, clock)
    }

    static let liege = ServiceIdentity(country: "BE", kind: .labourInspection, name: "Inspection Liège")

    /// A complete, valid response to the small survey.
    static func answers(_ language: LanguageCode = .french) -> Answers {
        Answers(language: language, values: [
            "country": .text("BE"), "staff": .number(40), "working-languages": .list(["fr", "de"]),
            "matrix": .matrix([
                "financial-investigation": TopicAnswer(relevance: .high, currentLevel: 1, requiredLevel: 3, priority: 4, staff: 12),
                "labour-exploitation": TopicAnswer(relevance: .medium, currentLevel: 2, requiredLevel: 3, priority: 2, staff: 5),
            ]),
            "other-needs": .text("Auditions avec interprète"), "delivery-modes": .list(["onsite"]),
            "training-languages": .list(["fr", "en"]), "period": .text("2027-Q3"), "joint": .text("yes"),
        ])
    }
}

/// A clock tests move by hand, to reach expiry dates without waiting.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_800_000_000)

    var now: Date {
        lock.lock(); defer { lock.unlock() }
        return current
    }

    func advance(days: Double) {
        lock.lock(); defer { lock.unlock() }
        current += days * 86_400
    }
}
