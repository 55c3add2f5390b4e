import GRDB

/// Reopening submitted responses. A reopening is a row of its own; revisions stay untouched,
/// so what was submitted before a reopening is kept as it was. The unique index that allowed
/// one submission per response becomes a trigger that allows one submission per opening: a
/// response never has more submitted revisions than reopenings + 1. A partial index takes
/// the dropped index's place for counting submissions.
enum V7Reopenings {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE reopening (
                id INTEGER PRIMARY KEY,
                response_id INTEGER NOT NULL REFERENCES response(id),
                reopened_at DATETIME NOT NULL,
                reopened_by TEXT NOT NULL
            );
            CREATE INDEX reopening_by_response ON reopening(response_id);
            CREATE TRIGGER reopening_never_changes BEFORE UPDATE ON reopening
            BEGIN SELECT RAISE(ABORT, 'a reopening never changes'); END;
            CREATE TRIGGER reopening_never_deleted BEFORE DELETE ON reopening
            BEGIN SELECT RAISE(ABORT, 'a reopening is never deleted'); END;
            CREATE TRIGGER reopening_only_when_submitted BEFORE INSERT ON reopening
            WHEN (SELECT COUNT(*) FROM response_revision WHERE response_id = NEW.response_id AND state = 'submitted')
              <= (SELECT COUNT(*) FROM reopening WHERE response_id = NEW.response_id)
            BEGIN SELECT RAISE(ABORT, 'only a submitted response can be reopened'); END;

            DROP INDEX one_submission_per_response;
            CREATE INDEX submission_by_response ON response_revision(response_id) WHERE state = 'submitted';
            CREATE TRIGGER one_submission_per_opening BEFORE INSERT ON response_revision
            WHEN NEW.state = 'submitted'
              AND (SELECT COUNT(*) FROM response_revision WHERE response_id = NEW.response_id AND state = 'submitted')
                > (SELECT COUNT(*) FROM reopening WHERE response_id = NEW.response_id)
            BEGIN SELECT RAISE(ABORT, 'a response is submitted at most once per opening'); END;
            """)
    }
}
