import Diagnostics
import Foundation
import NeedsCSV
import NeedsInventory
import SurveyDefinition
import PostgresStore
import Testing
import TrainingModel
@testable import SurveyStore

/// The two engines give the same results for the same data, and a whole database moves from
/// one to the other.
@Suite("SQLite and PostgreSQL alike")
struct EngineParityTests {

    @Test("the same needs imported into both engines export byte for byte the same, and give the same inventory")
    func sameExport() async throws {
        var exports: [String] = [], inventories: [[InventoryRow]] = [], statuses: [[StatusRow]] = []
        for engine in Engine.allCases {
            let (store, _) = try await Fixtures.store(engine)
            let written = NeedsWriter.write(try NeedsReader().read(file: Fixtures.path("needs-good.csv")).value
                .map { need in
                    var need = need
                    // Text every writer and engine must keep as it is: CRLF, tabs, backslashes, quotes.
                    if need.topic == nil { need.text = "Auditions\r\nwith\tinterpreter \\ \"quoted\", 100 %" }
                    return need
                })
            _ = try await store.importNeeds(csv: Array(written.utf8), name: "needs.csv", into: "small", by: "c")
            exports.append(NeedsWriter.write(try await store.exportNeeds(of: "small", by: "c")))
            inventories.append(try await store.inventory(of: "small", by: "c").rows.sorted { "\($0)" < "\($1)" })
            statuses.append(try await store.status(of: "small"))
        }
        #expect(exports[0].contains("\r\nwith\t"))
        #expect(exports[0] == exports[1])
        #expect(inventories[0] == inventories[1])
        #expect(statuses[0] == statuses[1])
    }

    @Test("db copy moves a whole database from SQLite into PostgreSQL and back: same rows, same needs export; a target with data is refused")
    func copyBothWays() async throws {
        let (sqlite, clock) = try await Fixtures.store(.sqlite)
        let invited = try await sqlite.invite([InvitationRequest(service: Fixtures.liege, email: "chef@example.be"),
                                               InvitationRequest(service: ServiceIdentity(country: "NL", kind: .police, name: "Politie Rotterdam"))],
                                              to: "small", expiresAt: clock.now + 30 * 86_400, by: "c")
        _ = try await sqlite.saveDraft(token: invited[0].token, answers: Fixtures.answers())
        _ = try await sqlite.submit(token: invited[0].token, answers: Fixtures.answers())
        try await sqlite.reopenInvitation(invited[0].id, by: "c")
        _ = try await sqlite.submit(token: invited[0].token, answers: ReopeningTests.changedAnswers)
        _ = try await sqlite.saveDraft(token: invited[1].token, answers: Fixtures.answers(), origin: .autosave)
        _ = try await sqlite.importNeeds(csv: Fixtures.bytes("needs-good.csv"), name: "needs-good.csv", into: "small", by: "c")
        let source = try #require(sqlite as? GRDBSurveyStore)
        let before = try await DatabaseCopy.counts(.sqlite(source.database))
        let expected = NeedsWriter.write(try await sqlite.exportNeeds(of: "small", by: "c"))

        let postgres = try #require(try await Engine.postgres.makeStore(clock: { clock.now }) as? PostgresSurveyStore)
        let receipt = try await DatabaseCopy.copy(from: .sqlite(source.database), to: .postgres(postgres.database))
        #expect(receipt.rows.first { $0.table == "response_revision" }?.count == 7)
        #expect(receipt.rows.first { $0.table == "reopening" }?.count == 1)
        #expect(try await DatabaseCopy.counts(.postgres(postgres.database)).map(\.count) == before.map(\.count) .enumerated().map { index, count in
            // The export above added one audit line to the source after the counts were read.
            before[index].table == "audit_log" ? count + 1 : count
        })
        #expect(NeedsWriter.write(try await postgres.exportNeeds(of: "small", by: "c")) == expected)
        // The copy goes on working: the reopened link is submitted, the other one still saves.
        _ = try await postgres.saveDraft(token: invited[1].token, answers: Fixtures.answers())
        #expect(try await postgres.revisions(ofInvitation: invited[0].id).map(\.state) == [.draft, .submitted, .submitted])
        let newInvitation = try await postgres.invite([InvitationRequest(service: Fixtures.liege)], to: "small", expiresAt: clock.now + 86_400, by: "c")
        #expect(newInvitation[0].id == 3, "ids go on after the copied ones")

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jt-copy-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let back = try GRDBSurveyStore(path: path, clock: { clock.now })
        _ = try await DatabaseCopy.copy(from: .postgres(postgres.database), to: .sqlite(back.database))
        #expect(NeedsWriter.write(try await back.exportNeeds(of: "small", by: "c")) == NeedsWriter.write(try await postgres.exportNeeds(of: "small", by: "c")))

        await #expect(throws: DatabaseCopy.Failure.self) {
            try await DatabaseCopy.copy(from: .sqlite(source.database), to: .postgres(postgres.database))
        }
    }
}
