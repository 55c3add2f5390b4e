import GRDB

/// The one connection the product opens to a database file: a GRDB pool in WAL mode, so that
/// pages read while a coordinator imports. The survey store and the web app's store both work
/// on the pool it gives, each with its own tables and migrations (GRDB's concurrency guide:
/// open a database file once per process).
public enum StoreDatabase {
    /// Opens (or creates) the SQLite file at `path`.
    public static func open(path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // A 64 MiB page cache keeps a 100,000-row import from spilling pages mid-transaction;
            // NORMAL is durable in WAL mode except for the last commits on power loss; erased
            // personal data are overwritten on disk, not left in free pages.
            try db.execute(sql: "PRAGMA cache_size = -65536; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON")
        }
        return try DatabasePool(path: path, configuration: configuration)
    }

    /// A database that lives in memory only, for tests and trials.
    public static func inMemory() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try DatabaseQueue(configuration: configuration)
    }
}
