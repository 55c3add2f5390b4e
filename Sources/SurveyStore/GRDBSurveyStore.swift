import Crypto
import Foundation
import GRDB
import SurveyDefinition
import TrainingModel

/// The embedded store: GRDB on one SQLite file in WAL mode, so that the web app can read
/// while a coordinator imports, and a copy of one file is a full backup.
public final class GRDBSurveyStore: SurveyStore, Sendable {
    let writer: any DatabaseWriter
    let clock: @Sendable () -> Date
    let versions = SurveyVersionCache()
    let revisionAnswers = RevisionAnswersCache()

    /// Largest answers a response may hold (a full survey takes a few kilobytes).
    package static let maximumAnswerBytes = 512 * 1024
    /// Largest total of the revisions a response keeps for good (autosaves are compacted): room
    /// for thousands of real drafts, not for one link filling the disk.
    package static let maximumKeptAnswerBytes = 8 * 1024 * 1024

    /// Opens (or creates) the database file at `path` and brings its schema up to date.
    public convenience init(path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        try self.init(database: StoreDatabase.open(path: path), clock: clock)
    }

    /// A store that lives in memory only, for tests and trials.
    public static func inMemory(clock: @escaping @Sendable () -> Date = { Date() }) throws -> GRDBSurveyStore {
        try GRDBSurveyStore(database: StoreDatabase.inMemory(), clock: clock)
    }

    /// The store on a database opened with `StoreDatabase`, its schema brought up to date.
    public init(database: any DatabaseWriter, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.writer = database
        self.clock = clock
        try SurveyMigrations.migrator.migrate(database)
    }

    /// The database the store works on, for the web app's own tables beside it.
    public var database: any DatabaseWriter { writer }

    // MARK: Shared steps

    static func audit(_ db: Database, at: Date, actor: String, action: AuditEntry.Action, survey: String?, subject: String, detail: String) throws {
        try db.execute(
            sql: "INSERT INTO audit_log (at, actor, action, survey, subject, detail) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [at, actor, action.rawValue, survey, subject, detail])
    }

    static func surveyIDs(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT DISTINCT survey FROM survey_version ORDER BY survey")
    }

    static func resolve(_ db: Database, _ requested: String?) throws -> String {
        let known = try surveyIDs(db)
        return try SurveyChoice.survey(requested, among: known)
    }

    /// The row id of the newest version of a survey.
    static func latestVersionID(_ db: Database, survey: String) throws -> Int64 {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM survey_version WHERE survey = ? ORDER BY version DESC LIMIT 1",
                                          arguments: [survey]) else {
            throw SurveyStoreError.unknownSurvey(survey, known: try surveyIDs(db))
        }
        return id
    }

    /// The version with row id `id` and its decoded survey, read and decoded once per store.
    func version(_ db: Database, id: Int64) throws -> SurveyVersionCache.Entry {
        try versions.entry(id) {
            // The id comes from a foreign key or from `latestVersionID`: the row exists.
            guard let record = try SurveyVersionRecord.fetchOne(db, sql: "SELECT * FROM survey_version WHERE id = ?", arguments: [id]) else {
                throw SurveyStoreError.noSurvey
            }
            return record.value
        }
    }

    /// The newest version of a survey with its decoded survey.
    func latestVersion(_ db: Database, survey: String) throws -> SurveyVersionCache.Entry {
        try version(db, id: try Self.latestVersionID(db, survey: survey))
    }

    /// The id of the service with this identity, created when new.
    static func serviceID(_ db: Database, _ service: ServiceIdentity, languages: [LanguageCode] = [], at: DatabaseValue) throws -> (id: Int64, created: Bool) {
        // Cached statements: an import creates thousands of services in one transaction.
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM service WHERE country = ? AND kind = ? AND name = ?"),
                                       arguments: [service.country.code, service.kind.rawValue, service.name]) {
            return (id, false)
        }
        try db.cachedStatement(sql: "INSERT INTO service (country, kind, name, languages, created_at) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [service.country.code, service.kind.rawValue, service.name, languages.map(\.tag).joined(separator: " "), at])
        return (db.lastInsertedRowID, true)
    }

    /// A new response with a fresh contribution id.
    static func createResponse(_ db: Database, versionID: Int64, serviceID: Int64, invitationID: Int64?, origin: String, at: DatabaseValue) throws -> (id: Int64, contribution: String) {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO response (contribution, survey_version_id, service_id, invitation_id, origin, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        while true {
            let contribution = ContributionID.generate()
            do {
                try statement.execute(arguments: [contribution, versionID, serviceID, invitationID, origin, at])
                return (db.lastInsertedRowID, contribution)
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE && error.message?.contains("contribution") == true {
                // 40 random bits rarely collide; when they do, draw again.
                continue
            }
        }
    }

    /// Adds the next revision; `first` says the response is new, which saves a query per
    /// imported service. Autosaves before it are superseded by it and deleted: only the latest
    /// autosave is worth keeping, while every other revision stays for good.
    static func addRevision(_ db: Database, response: Int64, state: ResponseRevision.State, answers: String, at: DatabaseValue,
                            autosave: Bool = false, first: Bool = false) throws -> Int {
        let number = first ? 1 : (try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(number) FROM response_revision WHERE response_id = ?"),
                                                   arguments: [response]) ?? 0) + 1
        try db.cachedStatement(sql: "INSERT INTO response_revision (response_id, number, state, answers, saved_at, autosave) VALUES (?, ?, ?, ?, ?, ?)")
            .execute(arguments: [response, number, state.rawValue, answers, at, autosave])
        if !first {
            try db.cachedStatement(sql: "DELETE FROM response_revision WHERE response_id = ? AND autosave = 1 AND number < ?")
                .execute(arguments: [response, number])
        }
        return number
    }

    // MARK: Surveys

    public func publish(_ survey: PublishableSurvey, by actor: String) async throws -> PublishReceipt {
        let now = clock()
        let digest = Data(SHA256.hash(data: Array(survey.definition.utf8)))
        let thesaurus = try survey.thesaurus.map { try StoredJSON.encode($0) }
        return try await writer.write { db in
            let id = survey.survey.id, version = survey.survey.version
            if let stored = try Data.fetchOne(db, sql: "SELECT definition_sha256 FROM survey_version WHERE survey = ? AND version = ?",
                                              arguments: [id, version]) {
                guard stored == digest else { throw SurveyStoreError.versionChanged(survey: id, version: version) }
                return .unchanged(survey: id, version: version)
            }
            if let latest = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM survey_version WHERE survey = ?", arguments: [id]), latest > version {
                throw SurveyStoreError.olderVersion(survey: id, version: version, latest: latest)
            }
            try db.execute(sql: """
                INSERT INTO survey_version (survey, version, definition, definition_sha256, thesaurus_json, published_at, published_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, version, survey.definition, digest, thesaurus, now, actor])
            try Self.audit(db, at: now, actor: actor, action: .publish, survey: id, subject: "version \(version)",
                           detail: AuditText.published(survey))
            return .published(survey: id, version: version)
        }
    }

    public func surveyVersions() async throws -> [SurveyVersion] {
        try await writer.read { db in
            try SurveyVersionRecord.fetchAll(db, sql: "SELECT * FROM survey_version ORDER BY survey, version").map(\.value)
        }
    }

    public func resolveSurvey(_ requested: String?) async throws -> String {
        try await writer.read { db in try Self.resolve(db, requested) }
    }

    public func latestVersion(of survey: String) async throws -> SurveyVersion {
        try await writer.read { db in try self.latestVersion(db, survey: survey).version }
    }

    // MARK: Audit

    public func auditLog() async throws -> [AuditEntry] {
        try await writer.read { db in
            try AuditEntryRecord.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id").map(\.value)
        }
    }
}
