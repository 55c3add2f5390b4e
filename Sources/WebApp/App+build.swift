import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import NIOCore
import NIOPosix
import SurveyStore

/// Builds the web app: respondents' pages under `/s/{token}`, the coordinator's dashboard under
/// `/admin`, assets under `/assets`. The stores and the clock come from the caller, so that
/// `jointtraining serve` runs it on the SQLite files and tests on stores in memory.
public func buildApplication(
    settings: WebSettings, surveys: any SurveyStore, web: any WebStore, clock: WebClock = .system, logger: Logger? = nil
) async throws -> some ApplicationProtocol {
    let sessions = StoredSessions(store: web, clock: clock)
    let router = try await buildRouter(settings: settings, surveys: surveys, web: web, clock: clock, sessions: sessions)
    let bodyLimit = TimeAmount.seconds(Int64(settings.requestBodySeconds))
    let app = Application(
        router: router,
        // A connection without a complete request head for `idleSeconds` is closed, and so is
        // one whose body is not in after `requestBodySeconds`: slow sockets cannot pile up.
        server: .http1(configuration: .init(additionalChannelHandlers: [RequestDeadline(limit: bodyLimit)],
                                            idleTimeout: .seconds(Int64(settings.idleSeconds)))),
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "JointTraining"),
        logger: logger ?? Logger(label: "jointtraining.web")
    )
    return app
}

/// The routes and middleware; see `buildApplication`.
func buildRouter(
    settings: WebSettings, surveys: any SurveyStore, web: any WebStore, clock: WebClock, sessions: any PersistDriver
) async throws -> Router<AppRequestContext> {
    let pages = try PageRenderer()
    let tokens = CSRFTokens(key: try await web.signingKey())
    let router = Router(context: AppRequestContext.self)
    // Outermost first: every response, refusals included, gets the security headers.
    router.add(middleware: SecurityHeadersMiddleware(alwaysSecure: settings.secureCookies))
    router.add(middleware: ErrorPageMiddleware(pages: pages))
    router.add(middleware: SessionMiddleware(storage: sessions, configuration: .init(
        sessionCookieParameters: .init(name: CookieName.session, path: "/", secure: settings.secureCookies, sameSite: .strict),
        defaultSessionExpiration: settings.sessionLifetime
    )))
    // After the session: an upload's large limit is for signed-in coordinators only.
    router.add(middleware: FormGuardMiddleware(tokens: tokens, formLimit: settings.formBodyLimit, uploadLimit: settings.uploadBodyLimit))

    // The shipped curricula are read and checked once, here, on the thread pool.
    let curricula = settings.curriculaDirectory, model = settings.semanticModel
    let library = try await NIOThreadPool.singleton.runIfActive { CurriculaLibrary(directory: curricula, model: model) }
    // The shipped catalogues' vectors are computed now, in the background, not on the first plan.
    let warmer = VectorWarmer(model: library.model, web: web, surveys: surveys, curricula: library.curricula)
    warmer.ask(.shipped)
    AssetsController().add(to: router)
    RespondentController(
        surveys: surveys, pages: pages, tokens: tokens, guesses: RateLimiter(policy: settings.unknownTokenLimit, clock: clock),
        saves: RateLimiter(policy: settings.draftSaveLimit, clock: clock),
        form: SurveyFormRenderer(pages: pages, fragments: FragmentCache()), trustForwardedFor: settings.trustForwardedFor,
        warmer: warmer
    ).add(to: router)
    LoginController(
        accounts: web, pages: pages, tokens: tokens, attempts: RateLimiter(policy: settings.loginLimit, clock: clock),
        clients: RateLimiter(policy: settings.loginClientLimit, clock: clock),
        clock: clock, trustForwardedFor: settings.trustForwardedFor
    ).add(to: router.group().add(middleware: LanguageCookieMiddleware()))

    let admin = router.group("admin").add(middleware: LanguageCookieMiddleware()).add(middleware: RequireCoordinatorMiddleware())
        .add(middleware: CoordinatorNotFoundMiddleware(pages: pages, tokens: tokens))
    DashboardController(surveys: surveys, pages: pages, tokens: tokens).add(to: admin)
    InvitationsController(surveys: surveys, pages: pages, tokens: tokens, clock: clock,
                          baseURL: settings.baseURL, mail: settings.mail).add(to: admin)
    PlanningController(surveys: surveys, web: web, pages: pages, tokens: tokens, library: library, warmer: warmer, clock: clock).add(to: admin)
    // Any other address under /admin: the coordinator's 404 (signed-in coordinators only).
    admin.get("**") { _, _ -> Response in throw HTTPError(.notFound) }
    return router
}
