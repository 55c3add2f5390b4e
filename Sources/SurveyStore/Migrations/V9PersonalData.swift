import GRDB

/// Personal data and e-mail. An invitation says which language its link and e-mails use, and
/// may get further links (a reminder carries a new one: only hashes of links are kept, so the
/// first cannot be sent again). A service's
/// names, e-mail addresses and free text can be erased (the right to erasure), and contact
/// data expire after the survey: revisions and the audit log, which never change otherwise,
/// may then be rewritten, but only inside an erasure: while the erasing transaction holds a
/// row in `erasure_window` (it removes it before committing, and no other writer can run
/// meanwhile). Each erasure is recorded in `erasure`, without what was erased. `retention`
/// holds, per survey, how many days after it closes its contact data are kept.
enum V9PersonalData {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE invitation ADD COLUMN language TEXT;
            CREATE TABLE erasure (
                id INTEGER PRIMARY KEY,
                service_id INTEGER REFERENCES service(id),
                survey TEXT,
                what TEXT NOT NULL CHECK (what IN ('service', 'contact-data')),
                erased_at DATETIME NOT NULL,
                erased_by TEXT NOT NULL
            );
            CREATE TABLE erasure_window (open INTEGER NOT NULL);
            CREATE TABLE invitation_link (
                token_sha256 BLOB PRIMARY KEY,
                invitation_id INTEGER NOT NULL REFERENCES invitation(id),
                created_at DATETIME NOT NULL
            );
            CREATE TABLE retention (
                survey TEXT PRIMARY KEY,
                days INTEGER NOT NULL CHECK (days >= 0),
                set_at DATETIME NOT NULL,
                set_by TEXT NOT NULL
            );
            CREATE TRIGGER erasure_never_changes BEFORE UPDATE ON erasure
            BEGIN SELECT RAISE(ABORT, 'an erasure record never changes'); END;
            CREATE TRIGGER erasure_never_deleted BEFORE DELETE ON erasure
            BEGIN SELECT RAISE(ABORT, 'an erasure record is never deleted'); END;

            DROP TRIGGER response_revision_never_changes;
            CREATE TRIGGER response_revision_never_changes BEFORE UPDATE ON response_revision
            WHEN NOT EXISTS (SELECT 1 FROM erasure_window)
            BEGIN SELECT RAISE(ABORT, 'a saved revision never changes'); END;
            DROP TRIGGER audit_log_never_changes;
            CREATE TRIGGER audit_log_never_changes BEFORE UPDATE ON audit_log
            WHEN NOT EXISTS (SELECT 1 FROM erasure_window)
            BEGIN SELECT RAISE(ABORT, 'the audit log is never changed'); END;
            """)
    }
}
