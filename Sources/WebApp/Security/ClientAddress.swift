import Foundation
import HTTPTypes
import Hummingbird

/// The client a rate limit counts against: the peer's IP address, or behind a trusted reverse
/// proxy the address it reports in `X-Forwarded-For` (the last hop, the one the proxy added).
enum ClientAddress {
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    static func key(of request: Request, context: AppRequestContext, trustForwardedFor: Bool) -> String {
        if trustForwardedFor, let header = request.headers[forwardedFor],
           let last = header.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return context.remoteAddress?.ipAddress ?? "local"
    }
}
