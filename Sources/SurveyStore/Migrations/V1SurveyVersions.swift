import GRDB

/// Published survey versions; a trigger keeps them unchanged once written.
enum V1SurveyVersions {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE survey_version (
                id INTEGER PRIMARY KEY,
                survey TEXT NOT NULL,
                version INTEGER NOT NULL,
                definition TEXT NOT NULL,
                definition_sha256 BLOB NOT NULL,
                thesaurus_json TEXT,
                published_at DATETIME NOT NULL,
                published_by TEXT NOT NULL,
                UNIQUE (survey, version)
            );
            CREATE TRIGGER survey_version_never_changes BEFORE UPDATE ON survey_version
            BEGIN SELECT RAISE(ABORT, 'a published survey version never changes'); END;
            CREATE TRIGGER survey_version_never_deleted BEFORE DELETE ON survey_version
            BEGIN SELECT RAISE(ABORT, 'a published survey version is never deleted'); END;
            """)
    }
}
