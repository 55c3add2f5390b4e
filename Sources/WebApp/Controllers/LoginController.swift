import Foundation
import SurveyStore
import Hummingbird
import HummingbirdAuth
import HummingbirdBcrypt
import NIOPosix
import TrainingModel

/// Coordinators' sign-in and sign-out. Passwords are checked against bcrypt hashes off the
/// event loop. Failures are counted for each name from each client, with a wait that doubles
/// past the allowance, and per client whatever the names; past either, every attempt gets 429
/// whether the password is right or not. A name is never locked for everyone: someone guessing
/// from one address cannot keep the real coordinator out.
struct LoginController: Sendable {
    let accounts: any WebStore
    let pages: PageRenderer
    let tokens: CSRFTokens
    /// Failures per client and name, with backoff.
    let attempts: RateLimiter
    /// Failures per client, whatever the names.
    let clients: RateLimiter
    let clock: WebClock
    let trustForwardedFor: Bool

    /// Verified when the name is unknown, so that a wrong name takes as long as a wrong password.
    static let decoyHash = Bcrypt.hash("decoy password, never valid", cost: 12)

    /// The sign-in page (`login`), in the language the coordinator chose or the browser prefers.
    struct Page {
        var lang: String
        var pageTitle: String
        var skipText: String
        var text: CoordinatorText
        var languages: [LanguageLink]
        var csrf: String
        var name: String
        var problem: String?

        init(_ request: Request, csrf: String, name: String, problem: CoordinatorWord? = nil) {
            text = CoordinatorText.for(VisitorLanguage.of(request))
            lang = text.language.tag
            pageTitle = text[.signInTitle]
            skipText = text[.skipToForm]
            // A failed sign-in is a POST: the switch leads back to the form.
            languages = LanguageLink.all(current: text.language, base: "/login", saveAction: nil)
            self.csrf = csrf
            self.name = name
            self.problem = problem.map { text[$0] }
        }
    }

    func add(to router: some RouterMethods<AppRequestContext>) {
        router.get("/login", use: show)
        router.post("/login", use: signIn)
        router.post("/logout", use: signOut)
        router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: "/admin"]) }
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        if context.sessions.session != nil { return Response(status: .seeOther, headers: [.location: "/admin"]) }
        var cookie: Cookie?
        let binding: CSRFBinding
        if let existing = context.csrfBinding {
            binding = existing
        } else {
            let visitor = Secrets.randomToken()
            cookie = Cookie(name: CookieName.visitor, value: visitor, path: "/", httpOnly: true, sameSite: .strict)
            binding = .visitor(visitor)
        }
        var response = try HTML(html: pages.render("login", Page(request, csrf: tokens.token(for: binding), name: "")))
            .response(from: request, context: context)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    @Sendable func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let name = (context.form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let password = context.form["password"] ?? ""
        let client = ClientAddress.key(of: request, context: context, trustForwardedFor: trustForwardedFor)
        let account = client + " " + name.lowercased()
        if await clients.isBlocked(client) {
            throw HTTPError(.tooManyRequests, headers: [.retryAfter: String(await clients.retryAfter(client))])
        }
        if await attempts.isBlocked(account) {
            throw HTTPError(.tooManyRequests, headers: [.retryAfter: String(await attempts.retryAfter(account))])
        }
        let hash = try await accounts.passwordHash(of: name)
        let valid = try await NIOThreadPool.singleton.runIfActive {
            Bcrypt.verify(password, hash: hash ?? Self.decoyHash) && hash != nil
        }
        guard valid, !name.isEmpty else {
            await clients.recordFailure(client)
            await attempts.recordFailure(account)
            let page = Page(request, csrf: context.csrfBinding.map { tokens.token(for: $0) } ?? "", name: name, problem: .wrongPassword)
            return try HTML(html: pages.render("login", page), status: .unauthorized).response(from: request, context: context)
        }
        await attempts.reset(account)
        // A new session id at sign-in, so that an id planted before cannot be taken over.
        context.sessions.createSession(CoordinatorSession(name: name, signedInAt: clock.now()))
        return Response(status: .seeOther, headers: [.location: "/admin"])
    }

    @Sendable func signOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        context.sessions.clearSession()
        return Response(status: .seeOther, headers: [.location: "/login"])
    }
}
