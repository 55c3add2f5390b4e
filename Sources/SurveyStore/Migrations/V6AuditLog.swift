import GRDB

/// The audit log: who did what, when. Append-only.
enum V6AuditLog {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at DATETIME NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                survey TEXT,
                subject TEXT NOT NULL,
                detail TEXT NOT NULL
            );
            CREATE TRIGGER audit_log_never_changes BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is never changed'); END;
            CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is never deleted from'); END;
            """)
    }
}
