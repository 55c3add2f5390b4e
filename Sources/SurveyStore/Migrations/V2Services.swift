import GRDB

/// The answering services: country, kind, name and working languages.
enum V2Services {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE service (
                id INTEGER PRIMARY KEY,
                country TEXT NOT NULL,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                languages TEXT NOT NULL DEFAULT '',
                created_at DATETIME NOT NULL,
                UNIQUE (country, kind, name)
            );
            """)
    }
}
