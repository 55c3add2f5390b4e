import Diagnostics
import Foundation
import GRDB
import PostgresStore
import SurveyDefinition
import SurveyStore
import TestSupport
import Testing
import TrainingModel

/// The engines every store test runs on: the embedded SQLite store and the PostgreSQL one (on
/// a throwaway server the tests start; without PostgreSQL installed those runs fail and say to
/// run .ci/setup).
enum Engine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// An empty store on this engine.
    func makeStore(clock: @escaping @Sendable () -> Date = { Date() }) async throws -> any SurveyStore {
        switch self {
        case .sqlite:
            return try GRDBSurveyStore.inMemory(clock: clock)
        case .postgres:
            let database = try PostgresStoreDatabase(address: try PostgresServer.shared().makeDatabase())
            return try await PostgresSurveyStore(database: database, clock: clock)
        }
    }
}

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

    /// A store on `engine` holding the small survey, and its clock.
    static func store(_ engine: Engine = .sqlite) async throws -> (any SurveyStore, TestClock) {
        let clock = TestClock()
        let store = try await engine.makeStore(clock: { clock.now })
        _ = try await store.publish(smallSurvey(), by: "coordinator")
        return (store, clock)
    }

    // MARK: SQL straight to the database, past the store

    /// Runs SQL on the store's database, as someone with access to the database could.
    static func execute(_ store: any SurveyStore, _ sql: String) async throws {
        _ = try await rows(store, sql)
    }

    /// The rows of a query as text (NULL as nil, blobs as `\x` and lowercase hex, as PostgreSQL writes bytea).
    static func rows(_ store: any SurveyStore, _ sql: String) async throws -> [[String?]] {
        switch store {
        case let store as GRDBSurveyStore:
            return try await store.database.write { db in
                try Row.fetchAll(db, sql: sql).map { row in
                    row.databaseValues.map { value -> String? in
                        switch value.storage {
                        case .null: nil
                        case .int64(let number): String(number)
                        case .double(let number): String(number)
                        case .string(let text): text
                        case .blob(let data): "\\x" + data.map { String(format: "%02x", $0) }.joined()
                        }
                    }
                }
            }
        case let store as PostgresSurveyStore:
            return try await store.database.textRows(sql)
        default:
            fatalError("no SQL access to \(type(of: store))")
        }
    }

    /// The first column of the first row as a number.
    static func int(_ store: any SurveyStore, _ sql: String) async throws -> Int? {
        try await rows(store, sql).first?.first?.flatMap { Int($0) }
    }

    /// The first column of the first row as text.
    static func string(_ store: any SurveyStore, _ sql: String) async throws -> String? {
        try await rows(store, sql).first?.first ?? nil
    }

    /// Checks that the database itself refuses `sql`, with a message holding `words`.
    static func expectRefused(_ store: any SurveyStore, _ sql: String, _ words: String,
                              sourceLocation: SourceLocation = #_sourceLocation) async {
        do {
            try await execute(store, sql)
            Issue.record("the database accepted: \(sql)", sourceLocation: sourceLocation)
        } catch {
            #expect(String(describing: error).contains(words), "\(error)", sourceLocation: sourceLocation)
        }
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
