import Hummingbird
import HummingbirdAuth

/// Lets only signed-in coordinators through to the dashboard; others are sent to sign in
/// (pages) or refused (anything that would change data).
struct RequireCoordinatorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.sessions.session != nil else {
            if request.method == .get || request.method == .head {
                return Response(status: .seeOther, headers: [.location: "/login"])
            }
            throw HTTPError(.forbidden)
        }
        return try await next(request, context)
    }
}
