import Crypto
import Foundation
import PostgresNIO
import SurveyDefinition
import SurveyStore
import TrainingModel

/// The survey store on a PostgreSQL server, for several `serve` instances behind a load
/// balancer. The same tables, migrations (by identifier) and rules as `GRDBSurveyStore`; every
/// method is one transaction, run again when it conflicts with a concurrent one, so that the
/// checks made inside it (latest revision, submissions against reopenings) hold as they do
/// behind SQLite's single writer: the steps on one invitation's response (save, submit, reopen,
/// erase) lock the invitation's row first and run at READ COMMITTED; the others are SERIALIZABLE.
public final class PostgresSurveyStore: SurveyStore, Sendable {
    public let database: PostgresStoreDatabase
    let clock: @Sendable () -> Date
    let versions = SurveyVersionCache()
    let revisionAnswers = RevisionAnswersCache()

    /// The store on `database`, its schema brought up to date.
    public init(database: PostgresStoreDatabase, clock: @escaping @Sendable () -> Date = { Date() }) async throws {
        self.database = database
        self.clock = clock
        try await database.migrate(PostgresSurveyMigrations.all)
    }

    // MARK: Shared steps

    static func audit(_ db: PostgresConnection, at: Date, actor: String, action: AuditEntry.Action, survey: String?, subject: String, detail: String) async throws {
        try await db.exec("""
            INSERT INTO audit_log (at, actor, action, survey, subject, detail)
            VALUES (\(at), \(actor), \(action.rawValue), \(survey), \(subject), \(detail))
            """)
    }

    static func surveyIDs(_ db: PostgresConnection) async throws -> [String] {
        try await db.values("SELECT DISTINCT survey FROM survey_version ORDER BY survey", as: String.self)
    }

    static func resolve(_ db: PostgresConnection, _ requested: String?) async throws -> String {
        let known = try await surveyIDs(db)
        return try SurveyChoice.survey(requested, among: known)
    }

    static func latestVersionID(_ db: PostgresConnection, survey: String) async throws -> Int64 {
        guard let id = try await db.value("SELECT id FROM survey_version WHERE survey = \(survey) ORDER BY version DESC LIMIT 1",
                                          as: Int64.self) else {
            throw SurveyStoreError.unknownSurvey(survey, known: try await surveyIDs(db))
        }
        return id
    }

    /// The version with row id `id` and its decoded survey, read and decoded once per store.
    func version(_ db: PostgresConnection, id: Int64) async throws -> SurveyVersionCache.Entry {
        if let cached = versions.cached(id) { return cached }
        guard let row = try await db.rows("SELECT * FROM survey_version WHERE id = \(id)").first else {
            throw SurveyStoreError.noSurvey
        }
        let version = try Self.surveyVersion(row)
        return try versions.entry(id) { version }
    }

    func latestVersion(_ db: PostgresConnection, survey: String) async throws -> SurveyVersionCache.Entry {
        try await version(db, id: try await Self.latestVersionID(db, survey: survey))
    }

    static func surveyVersion(_ row: PostgresRandomAccessRow) throws -> SurveyVersion {
        try SurveyVersion(
            survey: try row.get("survey"), version: try row.get("version"), definition: try row.get("definition"),
            thesaurusJSON: try row.get("thesaurus_json", as: String?.self),
            publishedAt: try row.get("published_at"), publishedBy: try row.get("published_by"))
    }

    /// The id of the service with this identity, created when new.
    static func serviceID(_ db: PostgresConnection, _ service: ServiceIdentity, languages: [LanguageCode] = [], at: Date) async throws -> (id: Int64, created: Bool) {
        if let id = try await db.value("""
            SELECT id FROM service WHERE country = \(service.country.code) AND kind = \(service.kind.rawValue) AND name = \(service.name)
            """, as: Int64.self) {
            return (id, false)
        }
        let id = try await db.value("""
            INSERT INTO service (country, kind, name, languages, created_at)
            VALUES (\(service.country.code), \(service.kind.rawValue), \(service.name), \(languages.map(\.tag).joined(separator: " ")), \(at))
            RETURNING id
            """, as: Int64.self)!
        return (id, true)
    }

    /// A new response with a fresh contribution id (drawn again on the rare collision).
    static func createResponse(_ db: PostgresConnection, versionID: Int64, serviceID: Int64, invitationID: Int64?, origin: String, at: Date) async throws -> (id: Int64, contribution: String) {
        while true {
            let contribution = ContributionID.generate()
            if let id = try await db.value("""
                INSERT INTO response (contribution, survey_version_id, service_id, invitation_id, origin, created_at)
                VALUES (\(contribution), \(versionID), \(serviceID), \(invitationID), \(origin), \(at))
                ON CONFLICT (contribution) DO NOTHING RETURNING id
                """, as: Int64.self) {
                return (id, contribution)
            }
        }
    }

    /// Adds a revision with the next number; an autosave before it goes, as in the SQLite store.
    static func addRevision(_ db: PostgresConnection, response: Int64, state: ResponseRevision.State, answers: String, at: Date,
                            first: Bool = false, autosave: Bool = false) async throws -> Int {
        let number = first ? 1 : (try await db.value("SELECT COALESCE(MAX(number), 0) + 1 FROM response_revision WHERE response_id = \(response)",
                                                     as: Int.self) ?? 1)
        try await db.exec("""
            INSERT INTO response_revision (response_id, number, state, answers, saved_at, autosave)
            VALUES (\(response), \(number), \(state.rawValue), \(answers), \(at), \(autosave))
            """)
        if !first {
            try await db.exec("DELETE FROM response_revision WHERE response_id = \(response) AND autosave AND number < \(number)")
        }
        return number
    }

    /// The response to an invitation, if one was saved.
    static func response(_ db: PostgresConnection, invitation: Int64) async throws -> ResponseProgress? {
        guard let row = try await db.rows("""
            SELECT r.id, r.contribution, r.survey_version_id, \(unescaped: ResponseProgress.columns),
                   (SELECT COUNT(*) FROM need n WHERE n.response_id = r.id) AS needs
            FROM response r WHERE r.invitation_id = \(invitation)
            """).first else { return nil }
        return ResponseProgress(id: try row.get("id"), contribution: try row.get("contribution"), versionID: try row.get("survey_version_id"),
                                submissions: try row.get("submissions"), reopenings: try row.get("reopenings"),
                                lastSubmittedAt: try row.get("last_submitted_at", as: Date?.self), needs: try row.get("needs"))
    }

    // MARK: Surveys

    public func publish(_ survey: PublishableSurvey, by actor: String) async throws -> PublishReceipt {
        let now = clock()
        let digest = Data(SHA256.hash(data: Array(survey.definition.utf8)))
        let thesaurus = try survey.thesaurus.map { try StoredJSON.encode($0) }
        return try await database.write { db in
            let id = survey.survey.id, version = survey.survey.version
            if let stored = try await db.value("SELECT definition_sha256 FROM survey_version WHERE survey = \(id) AND version = \(version)",
                                               as: Data.self) {
                guard stored == digest else { throw SurveyStoreError.versionChanged(survey: id, version: version) }
                return .unchanged(survey: id, version: version)
            }
            if let latest = try await db.value("SELECT MAX(version) FROM survey_version WHERE survey = \(id)", as: Int.self), latest > version {
                throw SurveyStoreError.olderVersion(survey: id, version: version, latest: latest)
            }
            try await db.exec("""
                INSERT INTO survey_version (survey, version, definition, definition_sha256, thesaurus_json, published_at, published_by)
                VALUES (\(id), \(version), \(survey.definition), \(digest), \(thesaurus), \(now), \(actor))
                """)
            try await Self.audit(db, at: now, actor: actor, action: .publish, survey: id, subject: "version \(version)",
                                 detail: AuditText.published(survey))
            return .published(survey: id, version: version)
        }
    }

    public func surveyVersions() async throws -> [SurveyVersion] {
        try await database.read { db in
            try await db.rows("SELECT * FROM survey_version ORDER BY survey, version").map(Self.surveyVersion)
        }
    }

    public func resolveSurvey(_ requested: String?) async throws -> String {
        try await database.read { db in try await Self.resolve(db, requested) }
    }

    public func latestVersion(of survey: String) async throws -> SurveyVersion {
        try await database.read { db in try await self.latestVersion(db, survey: survey).version }
    }

    // MARK: Audit

    public func auditLog() async throws -> [AuditEntry] {
        try await database.read { db in
            try await db.rows("SELECT * FROM audit_log ORDER BY id").map { row in
                AuditEntry(at: try row.get("at"), actor: try row.get("actor"),
                           action: AuditEntry.Action(stored: try row.get("action")),
                           survey: try row.get("survey", as: String?.self), subject: try row.get("subject"), detail: try row.get("detail"))
            }
        }
    }
}
