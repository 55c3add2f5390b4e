import GRDB

/// Autosaves. A page that saves itself every 30 s would otherwise pile up revisions no one
/// asked to keep (a link once took 200 drafts of 500 KB in 24 s); a revision now says whether
/// the respondent saved it (Save button, submission) or the page did. Only autosaved drafts may
/// be deleted, and the store deletes an autosave only once a later revision exists: every
/// submitted and every explicitly saved revision is still kept for good.
enum V8Autosaves {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE response_revision ADD COLUMN autosave BOOLEAN NOT NULL DEFAULT 0
                CHECK (autosave IN (0, 1) AND (autosave = 0 OR state = 'draft'));
            DROP TRIGGER response_revision_never_deleted;
            CREATE TRIGGER response_revision_never_deleted BEFORE DELETE ON response_revision
            WHEN OLD.autosave = 0
              OR NOT EXISTS (SELECT 1 FROM response_revision later
                             WHERE later.response_id = OLD.response_id AND later.number > OLD.number)
            BEGIN SELECT RAISE(ABORT, 'a saved revision is never deleted'); END;
            """)
    }
}
