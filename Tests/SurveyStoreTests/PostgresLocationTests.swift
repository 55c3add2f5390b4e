import Foundation
import PostgresStore
import Testing
@testable import SurveyStore

/// `--db postgres://...`: the address, the password's sources and TLS.
@Suite("PostgreSQL addresses")
struct PostgresLocationTests {
    @Test("an address gives user, host, port and database; the password comes from PGPASSWORD, else ~/.pgpass")
    func parse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jt-pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pgpass = folder.appendingPathComponent(".pgpass")
        try "# comment\nother:5432:jt:anna:wrong\ndb.example.org:5433:jt:anna:s\\:cret\n*:*:*:*:fallback\n".write(to: pgpass, atomically: true, encoding: .utf8)

        let fromFile = try PostgresLocation.parse("postgres://anna@db.example.org:5433/jt", environment: ["HOME": folder.path])
        #expect(fromFile == PostgresLocation(user: "anna", password: "s:cret", host: "db.example.org", port: 5433, database: "jt"))
        let fallback = try PostgresLocation.parse("postgresql://bert@elsewhere/jt", environment: ["HOME": folder.path])
        #expect(fallback.password == "fallback" && fallback.port == 5432)
        let fromEnvironment = try PostgresLocation.parse("postgres://anna@db.example.org:5433/jt",
                                                         environment: ["HOME": folder.path, "PGPASSWORD": "env"])
        #expect(fromEnvironment.password == "env")
        let none = try PostgresLocation.parse("postgres://anna@db.example.org/jt", environment: ["HOME": "/nonexistent"])
        #expect(none.password == nil)
        #expect(!none.description.contains("env") && none.description == "postgres://anna@db.example.org:5432/jt")
    }

    @Test("sslmode asks for TLS; an address without host or database, or with an unknown setting, is refused with what to write")
    func settings() throws {
        #expect(try PostgresLocation.parse("postgres://a@h/d?sslmode=require", environment: [:]).tls == .require)
        #expect(try PostgresLocation.parse("postgres://a@h/d?sslmode=verify-full", environment: [:]).tls == .verifyFull)
        #expect(try PostgresLocation.parse("postgres://a@h/d?sslmode=verify-ca", environment: [:]).tls == .verifyCA)
        #expect(try PostgresLocation.parse("postgres://a@h/d", environment: [:]).tls == .disable)
        for (address, words) in [("postgres://a@h/", "database name is missing"), ("postgres:///d", "host is missing"),
                                 ("postgres://a@h/d?sslmode=maybe", "sslmode must be"), ("postgres://a@h/d?timeout=3", "unknown setting")] {
            #expect {
                try PostgresLocation.parse(address, environment: [:])
            } throws: { error in
                String(describing: error).contains(words)
            }
        }
        #expect(!PostgresLocation.isAddress("./jointtraining.sqlite") && PostgresLocation.isAddress("postgres://a@h/d"))
    }

    @Test("a password written in the address is read but never repeated in a message")
    func passwordKeptOutOfMessages() throws {
        #expect(try PostgresLocation.parse("postgres://jt:S3cret@db.example/jt", environment: [:]).password == "S3cret")
        #expect {
            try PostgresLocation.parse("postgres://jt:S3cret@db.example/jt?sslmode=requir", environment: [:])
        } throws: { error in
            let message = String(describing: error)
            return message.contains("sslmode must be") && message.contains("postgres://jt:…@db.example/jt") && !message.contains("S3cret")
        }
    }

    @Test("a PostgreSQL database opened again runs no migration twice and records each under the SQLite identifiers")
    func migrationsRecorded() async throws {
        let store = try #require(try await Engine.postgres.makeStore() as? PostgresSurveyStore)
        _ = try await store.publish(Fixtures.smallSurvey(), by: "c")
        let again = try await PostgresSurveyStore(database: store.database)
        #expect(try await again.surveyVersions().count == 1)
        let identifiers = try await store.database.textRows("SELECT identifier FROM schema_migrations ORDER BY applied_at, identifier").compactMap { $0[0] }
        #expect(Set(identifiers) == ["v1-survey-versions", "v2-services", "v3-invitations", "v4-responses", "v5-needs", "v6-audit-log",
                                     "v7-reopenings", "v8-autosaves", "v9-personal-data", "v10-joint-consent"])
        #expect(identifiers.count == 10)
        await Fixtures.expectRefused(store, "TRUNCATE audit_log", "the audit log is never deleted from")
    }
}
