import Foundation
import HTTPTypes
import Hummingbird

/// Adds the headers every response needs, errors included: a Content-Security-Policy that
/// allows only the app's own files (no inline script or style, no framing), `nosniff`, no
/// referrer (respondents' addresses hold their token), no caching of pages; and marks cookies
/// `Secure` when the request came over TLS, directly (`--secure`) or through a proxy that says so.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        [
            "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'",
        ].joined(separator: "; ")
    }

    static var frameOptions: HTTPField.Name { HTTPField.Name("X-Frame-Options")! }
    static var referrerPolicy: HTTPField.Name { HTTPField.Name("Referrer-Policy")! }
    static var openerPolicy: HTTPField.Name { HTTPField.Name("Cross-Origin-Opener-Policy")! }
    static var forwardedProto: HTTPField.Name { HTTPField.Name("X-Forwarded-Proto")! }

    let alwaysSecure: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.referrerPolicy] = "no-referrer"
        response.headers[Self.openerPolicy] = "same-origin"
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        if alwaysSecure || Self.cameOverTLS(request) {
            response.headers[.strictTransportSecurity] = "max-age=31536000"
            let cookies = response.headers[values: .setCookie]
            if !cookies.isEmpty {
                response.headers[values: .setCookie] = cookies.map { cookie in
                    cookie.lowercased().contains("; secure") ? cookie : cookie + "; Secure"
                }
            }
        }
        return response
    }

    static func cameOverTLS(_ request: Request) -> Bool {
        guard let proto = request.headers[forwardedProto] else { return false }
        return proto.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }
}
