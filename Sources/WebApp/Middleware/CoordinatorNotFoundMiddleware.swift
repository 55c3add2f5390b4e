import Hummingbird

/// A page a signed-in coordinator asks for that does not exist (a mistyped address under
/// `/admin`, a plan or invitation number that is not there): the coordinator's own layout, in
/// their language, with the navigation and a way back, instead of the respondents' short
/// "this link is not valid".
struct CoordinatorNotFoundMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let pages: PageRenderer
    let tokens: CSRFTokens

    /// What the page says.
    struct Content {
        var message: String
        var back: String
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let text = CoordinatorText.for(VisitorLanguage.of(request))
            let html = pages.render("admin-not-found", AdminPage(
                request, context: context, tokens: tokens, text: text, title: text[.notFoundTitle],
                address: request.uri.path, current: "", content: Content(message: text[.notFoundText], back: text[.notFoundBack])))
            return try HTML(html: html, status: .notFound).response(from: request, context: context)
        }
    }
}
