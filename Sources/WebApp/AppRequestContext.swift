import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore

/// What a request carries through the middleware to a controller: the coordinator's session,
/// the client's address (for rate limits) and the form, parsed once and checked for forgery.
public struct AppRequestContext: RequestContext, SessionRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let sessions: SessionContext<CoordinatorSession>
    public let remoteAddress: SocketAddress?
    /// The form of a state-changing request; set by `FormGuardMiddleware` once its token passed.
    var form = FormBody()
    /// What this request's anti-forgery tokens are bound to; set by `FormGuardMiddleware`.
    var csrfBinding: CSRFBinding?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
        remoteAddress = source.channel.remoteAddress
    }

    /// Bodies are collected by `FormGuardMiddleware` with its own limits.
    public var maxUploadSize: Int { 512 * 1024 }
}

/// What the server remembers about a signed-in coordinator.
public struct CoordinatorSession: Codable, Sendable {
    public var name: String
    public var signedInAt: Date
    /// The one-time values of the last forms handled (inviting, sending reminders), so that a
    /// form posted again by a reload does nothing twice; absent in sessions made before.
    public var usedForms: [String]?

    public init(name: String, signedInAt: Date, usedForms: [String]? = nil) {
        self.name = name
        self.signedInAt = signedInAt
        self.usedForms = usedForms
    }
}

/// Names of the cookies the app sets; all are HttpOnly, and SameSite=Strict but the language's.
enum CookieName {
    static let session = "jt_session"
    /// A random id given to browsers before sign-in, which the sign-in form's token is bound to.
    static let visitor = "jt_visitor"
    /// The language a coordinator chose with the switch; SameSite=Lax, since it grants nothing
    /// and a link followed from a mail should open in that language too.
    static let language = "jt_lang"
}
