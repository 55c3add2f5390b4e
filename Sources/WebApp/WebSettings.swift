import Foundation
import Mail
import PlanPipeline

/// How the web app runs: what `jointtraining serve` sets from its options, and what tests change.
public struct WebSettings: Sendable {
    /// The address to listen on; 127.0.0.1 unless the app sits behind no proxy.
    public var host: String
    public var port: Int
    /// Marks every cookie `Secure`; also done per request when a proxy says `X-Forwarded-Proto: https`.
    public var secureCookies: Bool
    /// Behind a reverse proxy: take the client's address from `X-Forwarded-For` for rate limits.
    public var trustForwardedFor: Bool
    /// The folder with the shipped catalogues, thesaurus and legal base (`Curricula/`), if any.
    public var curriculaDirectory: String?
    /// The address respondents use, for the invitation links the dashboard shows.
    public var baseURL: String
    /// Largest accepted form (answers, sign-in), in bytes.
    public var formBodyLimit: Int
    /// Largest accepted upload (invitation CSV, catalogue), in bytes.
    public var uploadBodyLimit: Int
    /// Unknown invitation links allowed per client before it gets 429.
    public var unknownTokenLimit: RateLimiter.Policy
    /// Failed sign-ins allowed for one name from one client before it must wait; each further
    /// failure doubles the wait. Other clients are not held back for that name.
    public var loginLimit: RateLimiter.Policy
    /// Failed sign-ins allowed from one client whatever the names, before it must wait.
    public var loginClientLimit: RateLimiter.Policy
    /// How long a coordinator stays signed in without activity.
    public var sessionLifetime: Duration
    /// Seconds a connection may wait for a complete request head (between requests too).
    public var idleSeconds: Int
    /// Seconds a request's body may take to arrive once its head is in.
    public var requestBodySeconds: Int
    /// Draft saves allowed per invitation link and minute (autosave needs 2).
    public var draftSaveLimit: RateLimiter.Policy
    /// The mail relay and the sender the dashboard sends invitations and reminders with
    /// (`serve --smtp URL --from ADDRESS`); nil: the pages show links to pass on by hand.
    public var mail: MailRelay?
    /// The embedding model plans are matched with, as `jointtraining serve` found it (and told
    /// its console); nil: looked for when the app is built, if there are curricula to plan with.
    public var semanticModel: SemanticModel?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
        trustForwardedFor: Bool = false, curriculaDirectory: String? = nil, baseURL: String? = nil,
        formBodyLimit: Int = 512 * 1024, uploadBodyLimit: Int = 8 * 1024 * 1024,
        unknownTokenLimit: RateLimiter.Policy = .init(failures: 10, window: 15 * 60),
        loginLimit: RateLimiter.Policy = .init(failures: 5, window: 15 * 60, backoff: 1),
        loginClientLimit: RateLimiter.Policy = .init(failures: 30, window: 15 * 60),
        sessionLifetime: Duration = .seconds(8 * 60 * 60), idleSeconds: Int = 30, requestBodySeconds: Int = 120,
        draftSaveLimit: RateLimiter.Policy = .init(failures: 30, window: 60), mail: MailRelay? = nil,
        semanticModel: SemanticModel? = nil
    ) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.trustForwardedFor = trustForwardedFor
        self.curriculaDirectory = curriculaDirectory
        self.baseURL = baseURL ?? "http://\(host):\(port)"
        self.formBodyLimit = formBodyLimit
        self.uploadBodyLimit = uploadBodyLimit
        self.unknownTokenLimit = unknownTokenLimit
        self.loginLimit = loginLimit
        self.loginClientLimit = loginClientLimit
        self.sessionLifetime = sessionLifetime
        self.idleSeconds = idleSeconds
        self.requestBodySeconds = requestBodySeconds
        self.draftSaveLimit = draftSaveLimit
        self.mail = mail
        self.semanticModel = semanticModel
    }
}

/// Where the web app's e-mails go out, and who they come from.
public struct MailRelay: Sendable {
    public var settings: SMTPSettings
    public var from: MailAddress

    public init(settings: SMTPSettings, from: MailAddress) {
        self.settings = settings
        self.from = from
    }
}
