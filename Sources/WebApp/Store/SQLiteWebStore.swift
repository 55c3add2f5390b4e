import Embeddings
import Foundation
import SurveyStore
import GRDB

/// `WebStore` in SQLite, in the same database as the survey store (the pool `StoreDatabase`
/// opened, shared with it), in tables of its own (`web_*`) with migrations of its own; shipped
/// migrations are never edited, only added.
public final class SQLiteWebStore: WebStore {
    private let database: any DatabaseWriter

    /// The web tables in `database`, created or migrated.
    public init(database: any DatabaseWriter) throws {
        self.database = database
        try Self.migrator.migrate(database)
    }

    /// Opens (and creates or migrates) the web tables in the database file at `path`.
    public convenience init(path: String) throws {
        try self.init(database: StoreDatabase.open(path: path))
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("web-1") { db in
            try db.create(table: "web_coordinator") { table in
                table.primaryKey("name", .text)
                table.column("password_hash", .text).notNull()
                table.column("created_at", .datetime).notNull()
            }
            try db.create(table: "web_key") { table in
                table.primaryKey("name", .text)
                table.column("value", .blob).notNull()
            }
            try db.create(table: "web_catalogue") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("catalogue_id", .text).notNull()
                table.column("provider", .text).notNull()
                table.column("year", .integer).notNull()
                table.column("filename", .text).notNull()
                table.column("uploaded_by", .text).notNull()
                table.column("uploaded_at", .datetime).notNull()
                table.column("content", .blob).notNull()
            }
            try db.create(table: "web_plan_run") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("created_by", .text).notNull()
                table.column("created_at", .datetime).notNull()
                table.column("summary", .text).notNull()
            }
            try db.create(table: "web_plan_file") { table in
                table.column("run_id", .integer).notNull().references("web_plan_run", onDelete: .cascade)
                table.column("name", .text).notNull()
                table.column("content", .blob).notNull()
                table.primaryKey(["run_id", "name"])
            }
        }
        // Plan runs keep what they were run on as values (JSON), for pages in any language.
        migrator.registerMigration("web-2") { db in
            try db.alter(table: "web_plan_run") { table in
                table.add(column: "facts", .text)
            }
        }
        // Coordinators' sessions, so that a restart keeps them and every process serving the
        // database sees the same sign-ins and sign-outs. Keys are hashes of the session cookies.
        migrator.registerMigration("web-3") { db in
            try db.create(table: "web_session") { table in
                table.primaryKey("key", .blob)
                table.column("value", .blob).notNull()
                table.column("coordinator", .text)
                table.column("expires_at", .datetime)
            }
            try db.create(index: "web_session_by_coordinator", on: "web_session", columns: ["coordinator"])
        }
        // The sessions of a plan run its coordinators confirmed: a replan keeps them as they are.
        migrator.registerMigration("web-4-confirmed-sessions") { db in
            try db.create(table: "web_plan_confirmed") { table in
                table.column("run_id", .integer).notNull().references("web_plan_run", onDelete: .cascade)
                table.column("session_id", .text).notNull()
                table.primaryKey(["run_id", "session_id"])
            }
        }
        // The embedding model's vectors, by model and key: computed once, off the request path.
        migrator.registerMigration("web-5-embedding-vectors") { db in
            try db.create(table: "web_vector") { table in
                table.column("model", .text).notNull()
                table.column("key", .blob).notNull()
                table.column("vector", .blob).notNull()
                table.primaryKey(["model", "key"])
            }
        }
        return migrator
    }

    public func addCoordinator(name: String, passwordHash: String, replace: Bool, at date: Date) async throws {
        try await database.write { db in
            let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM web_coordinator WHERE name = ?", arguments: [name]) ?? false
            if exists && !replace {
                throw WebStoreError(description: "a coordinator named \"\(name)\" already exists (use --replace to set a new password)")
            }
            try db.execute(sql: """
                INSERT INTO web_coordinator (name, password_hash, created_at) VALUES (?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET password_hash = excluded.password_hash
                """, arguments: [name, passwordHash, date])
            // A new password signs the coordinator out everywhere.
            try db.execute(sql: "DELETE FROM web_session WHERE coordinator = ?", arguments: [name])
        }
    }

    // MARK: Sessions

    public func createSession(key: [UInt8], value: [UInt8], coordinator: String?, expiresAt: Date?, now: Date) async throws -> Bool {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE expires_at <= ?", arguments: [now])
            try db.execute(sql: "INSERT INTO web_session (key, value, coordinator, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING",
                           arguments: [Data(key), Data(value), coordinator, expiresAt])
            return db.changesCount > 0
        }
    }

    public func setSession(key: [UInt8], value: [UInt8], coordinator: String?, expiresAt: Date?, now: Date) async throws {
        try await database.write { db in
            // Hummingbird saves every session through here: expired ones are removed on the way.
            try db.execute(sql: "DELETE FROM web_session WHERE expires_at <= ?", arguments: [now])
            // Without a new expiry the session keeps the one it has.
            try db.execute(sql: """
                INSERT INTO web_session (key, value, coordinator, expires_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET value = excluded.value, coordinator = excluded.coordinator,
                    expires_at = COALESCE(excluded.expires_at, web_session.expires_at)
                """, arguments: [Data(key), Data(value), coordinator, expiresAt])
        }
    }

    public func session(key: [UInt8], now: Date) async throws -> (value: [UInt8], expiresAt: Date?)? {
        try await database.read { db in
            try SessionRecord.fetchOne(db, sql: "SELECT value, expires_at FROM web_session WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)",
                                       arguments: [Data(key), now]).map { (Array($0.value), $0.expiresAt) }
        }
    }

    public func removeSession(key: [UInt8]) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM web_session WHERE key = ?", arguments: [Data(key)])
        }
    }

    public func passwordHash(of name: String) async throws -> String? {
        try await database.read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM web_coordinator WHERE name = ?", arguments: [name])
        }
    }

    public func signingKey() async throws -> [UInt8] {
        try await database.write { db in
            if let key = try Data.fetchOne(db, sql: "SELECT value FROM web_key WHERE name = 'csrf'") {
                return Array(key)
            }
            let key = Secrets.randomBytes(32)
            try db.execute(sql: "INSERT INTO web_key (name, value) VALUES ('csrf', ?)", arguments: [Data(key)])
            return key
        }
    }

    public func saveCatalogue(_ catalogue: StoredCatalogue) async throws -> Int64 {
        try await database.write { db in
            try db.execute(sql: """
                INSERT INTO web_catalogue (catalogue_id, provider, year, filename, uploaded_by, uploaded_at, content)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [catalogue.catalogueID, catalogue.provider, catalogue.year, catalogue.filename,
                                 catalogue.uploadedBy, catalogue.uploadedAt, Data(catalogue.content)])
            return db.lastInsertedRowID
        }
    }

    public func catalogues() async throws -> [StoredCatalogue] {
        try await database.read { db in
            try CatalogueRecord.fetchAll(db, sql: """
                SELECT id, catalogue_id, provider, year, filename, uploaded_by, uploaded_at
                FROM web_catalogue ORDER BY id DESC
                """).map(\.value)
        }
    }

    public func catalogue(id: Int64) async throws -> StoredCatalogue? {
        try await database.read { db in
            try CatalogueRecord.fetchOne(db, sql: "SELECT * FROM web_catalogue WHERE id = ?", arguments: [id])?.value
        }
    }

    public func savePlanRun(_ run: StoredPlanRun) async throws -> Int64 {
        try await database.write { db in
            let facts = try run.facts.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
            try db.execute(sql: "INSERT INTO web_plan_run (created_by, created_at, summary, facts) VALUES (?, ?, ?, ?)",
                           arguments: [run.createdBy, run.createdAt, run.summary, facts])
            let id = db.lastInsertedRowID
            for (name, content) in run.files {
                try db.execute(sql: "INSERT INTO web_plan_file (run_id, name, content) VALUES (?, ?, ?)",
                               arguments: [id, name, Data(content)])
            }
            try Self.insertConfirmed(db, runID: id, sessions: run.confirmed)
            return id
        }
    }

    public func setConfirmedSessions(runID: Int64, sessions: Set<String>) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM web_plan_confirmed WHERE run_id = ?", arguments: [runID])
            try Self.insertConfirmed(db, runID: runID, sessions: sessions)
        }
    }

    private static func insertConfirmed(_ db: Database, runID: Int64, sessions: Set<String>) throws {
        for session in sessions.sorted() {
            try db.execute(sql: "INSERT INTO web_plan_confirmed (run_id, session_id) VALUES (?, ?)", arguments: [runID, session])
        }
    }

    public func planRuns() async throws -> [StoredPlanRun] {
        try await database.read { db in
            try PlanRunRecord.fetchAll(db, sql: "SELECT * FROM web_plan_run ORDER BY id DESC").map(\.value)
        }
    }

    public func planRun(id: Int64) async throws -> StoredPlanRun? {
        try await database.read { db in
            guard var run = try PlanRunRecord.fetchOne(db, sql: "SELECT * FROM web_plan_run WHERE id = ?", arguments: [id])?.value else { return nil }
            for file in try PlanFileRecord.fetchAll(db, sql: "SELECT name, content FROM web_plan_file WHERE run_id = ?", arguments: [id]) {
                run.files[file.name] = Array(file.content)
            }
            run.confirmed = Set(try String.fetchAll(db, sql: "SELECT session_id FROM web_plan_confirmed WHERE run_id = ?", arguments: [id]))
            return run
        }
    }

    public func planRunFile(id: Int64, name: String) async throws -> [UInt8]? {
        try await database.read { db in
            try Data.fetchOne(db, sql: "SELECT content FROM web_plan_file WHERE run_id = ? AND name = ?", arguments: [id, name]).map { Array($0) }
        }
    }

    public func embeddingVectors(model: String) async throws -> [VectorRecord] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT key, vector FROM web_vector WHERE model = ?", arguments: [model]).map { row in
                VectorRecord(key: Array(row["key"] as Data), vector: Array(row["vector"] as Data))
            }
        }
    }

    public func saveEmbeddingVectors(_ records: [VectorRecord], model: String) async throws {
        guard !records.isEmpty else { return }
        try await database.write { db in
            for record in records {
                try db.execute(sql: "INSERT OR IGNORE INTO web_vector (model, key, vector) VALUES (?, ?, ?)",
                               arguments: [model, Data(record.key), Data(record.vector)])
            }
        }
    }
}
