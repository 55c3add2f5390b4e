import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth

/// Guards every state-changing request (anything but GET, HEAD, OPTIONS): caps the body,
/// parses the form once into the context, and refuses with 403 a request whose anti-forgery
/// token does not match what it is bound to (see `CSRFTokens`).
///
/// Scripts send the token in the `X-CSRF-Token` header, forms in the `_csrf` field. Uploads
/// (multipart) get the large limit only once a signed-in coordinator's token has been checked,
/// before their body is read, so upload forms carry it in their address (`?_csrf=`); any other
/// request is read up to the small form limit first. Runs after the session middleware.
struct FormGuardMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    static let headerName = HTTPField.Name("X-CSRF-Token")!
    static let fieldName = "_csrf"

    let tokens: CSRFTokens
    let formLimit: Int
    let uploadLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.csrfBinding = Self.binding(of: request)
        switch request.method {
        case .get, .head, .options:
            return try await next(request, context)
        default:
            break
        }
        var request = request
        let contentType = request.headers[.contentType]
        let isUpload = contentType.map { MediaType($0).essence == "multipart/form-data" } ?? false
        let early = request.headers[Self.headerName] ?? request.uri.queryParameters.get(Self.fieldName)
        let mayUpload = isUpload && context.sessions.session != nil
            && context.csrfBinding.map { $0.isSession && tokens.verify(early, for: $0) } == true
        let body = try await request.collectBody(upTo: mayUpload ? uploadLimit : formLimit)
        let form: FormBody
        do {
            form = try FormBody.parse(body, contentType: contentType)
        } catch {
            throw HTTPError(.badRequest)
        }
        let candidate = early ?? form[Self.fieldName]
        guard let binding = context.csrfBinding, tokens.verify(candidate, for: binding) else {
            throw HTTPError(.forbidden)
        }
        context.form = form
        return try await next(request, context)
    }

    /// What a request's token must be bound to: the invitation in a respondent's address, the
    /// coordinator's session, or the browser's visitor cookie before sign-in.
    static func binding(of request: Request) -> CSRFBinding? {
        if let token = RespondentPath.token(in: request.uri.path) { return .invitation(token) }
        if let session = request.cookies[CookieName.session]?.value, !session.isEmpty { return .session(String(session)) }
        if let visitor = request.cookies[CookieName.visitor]?.value, !visitor.isEmpty { return .visitor(String(visitor)) }
        return nil
    }
}

/// The respondent's pages live under `/s/{token}`.
enum RespondentPath {
    static func token(in path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0] == "s" else { return nil }
        return String(parts[1])
    }

    /// `path` with a respondent's token replaced by `…`, for logs: a log line must never hold
    /// a link that answers in a service's name.
    static func redacted(_ path: String) -> String {
        guard let token = token(in: path) else { return path }
        return path.replacingOccurrences(of: token, with: "…")
    }
}
