import GRDB

/// The needs of submitted responses, one row per needs-CSV row, kept as submitted or
/// imported so that an export gives back exactly what came in.
enum V5Needs {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE need (
                id INTEGER PRIMARY KEY,
                survey TEXT NOT NULL,
                response_id INTEGER NOT NULL REFERENCES response(id),
                service_id INTEGER NOT NULL REFERENCES service(id),
                need_id TEXT NOT NULL,
                country TEXT NOT NULL,
                service_kind TEXT NOT NULL,
                service TEXT,
                language TEXT,
                topic TEXT,
                text TEXT,
                priority INTEGER NOT NULL,
                current_level INTEGER,
                required_level INTEGER,
                headcount INTEGER NOT NULL,
                languages TEXT NOT NULL,
                modes TEXT NOT NULL,
                period TEXT,
                UNIQUE (survey, need_id)
            );
            CREATE INDEX need_by_response ON need(response_id);
            """)
    }
}
