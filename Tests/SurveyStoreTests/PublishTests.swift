import Foundation
import GRDB
import Testing
import SurveyDefinition
@testable import SurveyStore
import TrainingModel

@Suite("Publishing survey versions")
struct PublishTests {
    @Test("a version is kept with its definition and thesaurus; publishing it again changes nothing", arguments: Engine.allCases)
    func publishOnce(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        let versions = try await store.surveyVersions()
        #expect(versions.count == 1)
        #expect(versions[0].survey == "small" && versions[0].version == 1 && versions[0].publishedBy == "coordinator")
        #expect(versions[0].thesaurus?.id == "mini-topics")
        #expect(try versions[0].decoded().questions.count == 13)
        #expect(try await store.publish(Fixtures.smallSurvey(), by: "someone") == .unchanged(survey: "small", version: 1))
        #expect(try await store.auditLog().filter { $0.action == .publish }.count == 1)
    }

    @Test("a published version never changes: another definition under the same number is refused", arguments: Engine.allCases)
    func versionNeverChanges(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        let changed = try Fixtures.smallSurvey { $0.replacingOccurrences(of: ">Small survey<", with: ">A small survey<") }
        await #expect(throws: SurveyStoreError.versionChanged(survey: "small", version: 1)) {
            try await store.publish(changed, by: "coordinator")
        }
        #expect(try await store.publish(Fixtures.smallSurvey(version: 3), by: "coordinator") == .published(survey: "small", version: 3))
        await #expect(throws: SurveyStoreError.olderVersion(survey: "small", version: 2, latest: 3)) {
            try await store.publish(Fixtures.smallSurvey(version: 2), by: "c")
        }
        #expect(try await store.latestVersion(of: "small").version == 3)
        #expect(try await store.surveyVersions().map(\.version) == [1, 3])
    }

    @Test("the database itself refuses to change or delete a published version", arguments: Engine.allCases)
    func databaseGuards(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        await Fixtures.expectRefused(store, "UPDATE survey_version SET definition = 'x'", "a published survey version never changes")
        await Fixtures.expectRefused(store, "DELETE FROM survey_version", "a published survey version is never deleted")
        #expect(try await store.latestVersion(of: "small").definition.contains("Small survey"))
    }

    @Test("the survey may be left out only when the database holds exactly one", arguments: Engine.allCases)
    func resolveSurvey(_ engine: Engine) async throws {
        let empty = try await engine.makeStore()
        await #expect(throws: SurveyStoreError.noSurvey) { try await empty.resolveSurvey(nil) }
        let (store, _) = try await Fixtures.store(engine)
        #expect(try await store.resolveSurvey(nil) == "small")
        await #expect(throws: SurveyStoreError.unknownSurvey("big", known: ["small"])) { try await store.resolveSurvey("big") }
        _ = try await store.publish(Fixtures.smallSurvey { $0.replacingOccurrences(of: "id=\"small\"", with: "id=\"other\"") }, by: "c")
        await #expect(throws: SurveyStoreError.severalSurveys(["other", "small"])) { try await store.resolveSurvey(nil) }
        #expect(try await store.resolveSurvey("other") == "other")
    }

    @Test("a file database runs in WAL mode and keeps what was published")
    func fileDatabase() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jt-store-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let store = try GRDBSurveyStore(path: path)
            _ = try await store.publish(Fixtures.smallSurvey(), by: "coordinator")
            #expect(try await Fixtures.string(store, "PRAGMA journal_mode") == "wal")
        }
        let reopened = try GRDBSurveyStore(path: path)
        #expect(try await reopened.surveyVersions().map(\.version) == [1])
    }
}
