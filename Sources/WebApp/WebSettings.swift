import Foundation

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
    /// Failed sign-ins allowed per client and per name before 429.
    public var loginLimit: RateLimiter.Policy
    /// How long a coordinator stays signed in without activity.
    public var sessionLifetime: Duration
    /// How long an opened invitation is reused for page views before the store is asked again;
    /// bounds how late a withdrawal made outside the app reaches the respondent's page.
    public var invitationCacheLifetime: TimeInterval

    public init(
        host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
        trustForwardedFor: Bool = false, curriculaDirectory: String? = nil, baseURL: String? = nil,
        formBodyLimit: Int = 512 * 1024, uploadBodyLimit: Int = 8 * 1024 * 1024,
        unknownTokenLimit: RateLimiter.Policy = .init(failures: 10, window: 15 * 60),
        loginLimit: RateLimiter.Policy = .init(failures: 5, window: 15 * 60),
        sessionLifetime: Duration = .seconds(8 * 60 * 60), invitationCacheLifetime: TimeInterval = 15
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
        self.sessionLifetime = sessionLifetime
        self.invitationCacheLifetime = invitationCacheLifetime
    }
}
