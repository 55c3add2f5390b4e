import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import SurveyStore

/// Builds the web app: respondents' pages under `/s/{token}`, the coordinator's dashboard under
/// `/admin`, assets under `/assets`. The stores and the clock come from the caller, so that
/// `jointtraining serve` runs it on the SQLite files and tests on stores in memory.
public func buildApplication(
    settings: WebSettings, surveys: any SurveyStore, web: any WebStore, clock: WebClock = .system, logger: Logger? = nil
) async throws -> some ApplicationProtocol {
    let sessions = MemoryPersistDriver()
    let router = try await buildRouter(settings: settings, surveys: surveys, web: web, clock: clock, sessions: sessions)
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "JointTraining"),
        logger: logger ?? Logger(label: "jointtraining.web")
    )
    app.addServices(sessions)
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
    router.add(middleware: FormGuardMiddleware(tokens: tokens, formLimit: settings.formBodyLimit, uploadLimit: settings.uploadBodyLimit))
    router.add(middleware: SessionMiddleware(storage: sessions, configuration: .init(
        sessionCookieParameters: .init(name: CookieName.session, path: "/", secure: settings.secureCookies, sameSite: .strict),
        defaultSessionExpiration: settings.sessionLifetime
    )))

    let invitations = InvitationCache(lifetime: settings.invitationCacheLifetime, clock: clock)
    AssetsController().add(to: router)
    RespondentController(
        surveys: surveys, pages: pages, tokens: tokens, guesses: RateLimiter(policy: settings.unknownTokenLimit, clock: clock),
        cache: SurveyCache(), invitations: invitations, form: SurveyFormRenderer(pages: pages, fragments: FragmentCache()),
        clock: clock, trustForwardedFor: settings.trustForwardedFor
    ).add(to: router)
    LoginController(
        accounts: web, pages: pages, tokens: tokens, attempts: RateLimiter(policy: settings.loginLimit, clock: clock),
        clock: clock, trustForwardedFor: settings.trustForwardedFor
    ).add(to: router.group().add(middleware: LanguageCookieMiddleware()))

    let admin = router.group("admin").add(middleware: LanguageCookieMiddleware()).add(middleware: RequireCoordinatorMiddleware())
    DashboardController(surveys: surveys, pages: pages, tokens: tokens).add(to: admin)
    InvitationsController(surveys: surveys, pages: pages, tokens: tokens, invitations: invitations, clock: clock,
                          baseURL: settings.baseURL).add(to: admin)
    PlanningController(surveys: surveys, web: web, pages: pages, tokens: tokens,
                       library: CurriculaLibrary(directory: settings.curriculaDirectory), clock: clock).add(to: admin)
    return router
}
