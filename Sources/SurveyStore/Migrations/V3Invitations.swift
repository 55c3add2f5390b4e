import GRDB

/// Invitations: only the SHA-256 of the token is kept; expiry and withdrawal are dates.
enum V3Invitations {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE invitation (
                id INTEGER PRIMARY KEY,
                survey TEXT NOT NULL,
                service_id INTEGER NOT NULL REFERENCES service(id),
                email TEXT,
                token_sha256 BLOB NOT NULL UNIQUE,
                created_at DATETIME NOT NULL,
                created_by TEXT NOT NULL,
                expires_at DATETIME NOT NULL,
                revoked_at DATETIME,
                revoked_by TEXT
            );
            CREATE INDEX invitation_by_survey ON invitation(survey);
            """)
    }
}
