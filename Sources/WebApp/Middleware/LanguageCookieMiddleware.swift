import Hummingbird
import TrainingModel

/// Remembers the language a coordinator picks with the switch (`?lang=`) in a cookie, so that
/// the next pages, redirects after a form included, come up in it without `?lang=` in every
/// address. Only on the coordinator's pages: a respondent's page chooses its language itself
/// (`RespondentLanguage`), and a coordinator opening a respondent's link in another language
/// should not change their own pages.
struct LanguageCookieMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    /// A year: a language choice does not go stale like a session.
    static let lifetime = 365 * 24 * 60 * 60

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        let requested = request.uri.queryParameters["lang"].map(String.init)
        if let language = VisitorLanguage.offered(requested),
           request.cookies[CookieName.language]?.value != language.tag {
            // Secure is added behind TLS by `SecurityHeadersMiddleware`, as for every cookie.
            response.setCookie(Cookie(name: CookieName.language, value: language.tag, maxAge: Self.lifetime, path: "/",
                                      httpOnly: true, sameSite: .lax))
        }
        return response
    }
}
