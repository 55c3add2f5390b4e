import GRDB

/// Responses and their revisions. A response answers one survey version and belongs to
/// at most one invitation (one contribution per invitation); revisions are only added,
/// never changed, and at most one revision of a response is the submission.
enum V4Responses {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE response (
                id INTEGER PRIMARY KEY,
                contribution TEXT NOT NULL UNIQUE,
                survey_version_id INTEGER NOT NULL REFERENCES survey_version(id),
                service_id INTEGER NOT NULL REFERENCES service(id),
                invitation_id INTEGER UNIQUE REFERENCES invitation(id),
                origin TEXT NOT NULL CHECK (origin IN ('survey', 'import')),
                created_at DATETIME NOT NULL
            );
            CREATE TABLE response_revision (
                id INTEGER PRIMARY KEY,
                response_id INTEGER NOT NULL REFERENCES response(id),
                number INTEGER NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('draft', 'submitted')),
                answers TEXT NOT NULL,
                saved_at DATETIME NOT NULL,
                UNIQUE (response_id, number)
            );
            CREATE UNIQUE INDEX one_submission_per_response ON response_revision(response_id) WHERE state = 'submitted';
            CREATE TRIGGER response_revision_never_changes BEFORE UPDATE ON response_revision
            BEGIN SELECT RAISE(ABORT, 'a saved revision never changes'); END;
            CREATE TRIGGER response_revision_never_deleted BEFORE DELETE ON response_revision
            BEGIN SELECT RAISE(ABORT, 'a saved revision is never deleted'); END;
            """)
    }
}
