import Embeddings
import Foundation

/// What the web app keeps for itself, beside the survey store: coordinators' accounts, the key
/// that signs anti-forgery tokens, uploaded catalogues and the plans coordinators ran.
///
/// A protocol, like the survey store, so that another database can stand in without touching
/// the controllers; `SQLiteWebStore` is the default.
public protocol WebStore: Sendable {
    /// Adds a coordinator; refuses a name that exists unless `replace` is set.
    func addCoordinator(name: String, passwordHash: String, replace: Bool, at date: Date) async throws
    /// The bcrypt hash of the coordinator's password, if the name exists.
    func passwordHash(of name: String) async throws -> String?
    /// The key that signs anti-forgery tokens, created on first use and then kept.
    func signingKey() async throws -> [UInt8]
    /// Keeps an uploaded catalogue (already validated) and returns its id.
    func saveCatalogue(_ catalogue: StoredCatalogue) async throws -> Int64
    /// The uploaded catalogues, newest first, without their content.
    func catalogues() async throws -> [StoredCatalogue]
    /// One uploaded catalogue with its content.
    func catalogue(id: Int64) async throws -> StoredCatalogue?
    /// Keeps the result of a plan run and returns its id.
    func savePlanRun(_ run: StoredPlanRun) async throws -> Int64
    func planRuns() async throws -> [StoredPlanRun]
    func planRun(id: Int64) async throws -> StoredPlanRun?
    /// One file of a plan run, without reading the others: what a download needs.
    func planRunFile(id: Int64, name: String) async throws -> [UInt8]?
    /// The sessions of a run its coordinators confirmed (a replan keeps them as they are),
    /// replacing those confirmed before.
    func setConfirmedSessions(runID: Int64, sessions: Set<String>) async throws

    /// The vectors the embedding model `model` gave (`EmbeddingCache`'s records), kept so that a
    /// catalogue's modules and a need's text are embedded once, whichever process serves the store.
    func embeddingVectors(model: String) async throws -> [VectorRecord]
    /// Keeps vectors of `model`; a record whose key is kept already is left as it is.
    func saveEmbeddingVectors(_ records: [VectorRecord], model: String) async throws

    // Coordinators' sessions, kept in the database so that a restart keeps them and every
    // process serving it sees the same ones. `key` is a hash of the session cookie.

    /// Keeps a new session; false when the key is taken. Sessions expired by `now` are removed.
    func createSession(key: [UInt8], value: [UInt8], coordinator: String?, expiresAt: Date?, now: Date) async throws -> Bool
    /// Keeps a session, new or changed; a nil `expiresAt` keeps the expiry it has. Sessions
    /// expired by `now` are removed.
    func setSession(key: [UInt8], value: [UInt8], coordinator: String?, expiresAt: Date?, now: Date) async throws
    /// The session under `key` unless it expired by `now`.
    func session(key: [UInt8], now: Date) async throws -> (value: [UInt8], expiresAt: Date?)?
    func removeSession(key: [UInt8]) async throws
}

/// The store refused an account change.
public struct WebStoreError: Error, CustomStringConvertible {
    public var description: String
}

/// A catalogue a coordinator uploaded through the dashboard.
public struct StoredCatalogue: Sendable {
    public var id: Int64?
    /// The catalogue's own id (`catalogue/@id`).
    public var catalogueID: String
    public var provider: String
    public var year: Int
    public var filename: String
    public var uploadedBy: String
    public var uploadedAt: Date
    /// The XML as uploaded; empty in listings.
    public var content: [UInt8]

    public init(id: Int64? = nil, catalogueID: String, provider: String, year: Int, filename: String,
                uploadedBy: String, uploadedAt: Date, content: [UInt8]) {
        self.id = id
        self.catalogueID = catalogueID
        self.provider = provider
        self.year = year
        self.filename = filename
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
        self.content = content
    }
}

/// A match-and-plan run: what it was run on and what it produced, as the exports' bytes.
public struct StoredPlanRun: Sendable {
    public var id: Int64?
    public var createdBy: String
    public var createdAt: Date
    /// What the coordinator chose, in English: catalogues, budget, number of needs.
    public var summary: String
    /// The same as values, so that pages can say it in their reader's language; nil for runs
    /// kept before the pages were translated, which show `summary`.
    public var facts: PlanRunFacts?
    /// The exports by file name (`plan.json`, `plan.csv`, `matches.json`...).
    public var files: [String: [UInt8]]
    /// The ids of the sessions confirmed (`C3`): those kept from an earlier run when it is
    /// saved, then as its coordinators tick them. Empty in listings.
    public var confirmed: Set<String>

    public init(id: Int64? = nil, createdBy: String, createdAt: Date, summary: String, facts: PlanRunFacts? = nil,
                files: [String: [UInt8]], confirmed: Set<String> = []) {
        self.id = id
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.summary = summary
        self.facts = facts
        self.files = files
        self.confirmed = confirmed
    }
}

/// What a plan was run on: the survey and how many of its needs, the catalogues' names and the
/// budget of training days; and, for a replan to start from, the catalogues as the form names
/// them, the export language, the first day and the run whose sessions it kept (absent in
/// runs kept before replanning existed).
public struct PlanRunFacts: Codable, Sendable, Hashable {
    public var survey: String
    public var needs: Int
    public var catalogues: [String]
    public var budgetDays: Double
    /// `file:NAME` or `upload:ID`.
    public var catalogueKeys: [String]?
    public var language: String?
    /// `YYYY-MM-DD`.
    public var start: String?
    /// The run whose confirmed sessions this one kept.
    public var keptFrom: Int64?

    public init(survey: String, needs: Int, catalogues: [String], budgetDays: Double, catalogueKeys: [String]? = nil,
                language: String? = nil, start: String? = nil, keptFrom: Int64? = nil) {
        self.survey = survey
        self.needs = needs
        self.catalogues = catalogues
        self.budgetDays = budgetDays
        self.catalogueKeys = catalogueKeys
        self.language = language
        self.start = start
        self.keptFrom = keptFrom
    }
}
