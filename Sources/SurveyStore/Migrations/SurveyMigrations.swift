import GRDB

/// The schema's history. Each migration lives in its own file and is never edited once
/// shipped: a database already migrated would not run the edit. A change is a new
/// migration appended here.
enum SurveyMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-survey-versions", migrate: V1SurveyVersions.migrate)
        migrator.registerMigration("v2-services", migrate: V2Services.migrate)
        migrator.registerMigration("v3-invitations", migrate: V3Invitations.migrate)
        migrator.registerMigration("v4-responses", migrate: V4Responses.migrate)
        migrator.registerMigration("v5-needs", migrate: V5Needs.migrate)
        migrator.registerMigration("v6-audit-log", migrate: V6AuditLog.migrate)
        migrator.registerMigration("v7-reopenings", migrate: V7Reopenings.migrate)
        migrator.registerMigration("v8-autosaves", migrate: V8Autosaves.migrate)
        migrator.registerMigration("v9-personal-data", migrate: V9PersonalData.migrate)
        return migrator
    }
}
