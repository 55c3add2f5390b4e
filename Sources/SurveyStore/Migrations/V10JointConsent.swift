import GRDB

/// Each need keeps its service's consent to train with other countries and other kinds of
/// service (`yes`, `maybe`, `no`), so that the needs export and the plan honour it. Needs
/// stored before this migration answered nothing: `yes`, as the needs CSV's default.
enum V10JointConsent {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE need ADD COLUMN joint_countries TEXT NOT NULL DEFAULT 'yes' CHECK (joint_countries IN ('yes', 'maybe', 'no'));
            ALTER TABLE need ADD COLUMN joint_services TEXT NOT NULL DEFAULT 'yes' CHECK (joint_services IN ('yes', 'maybe', 'no'));
            """)
    }
}
