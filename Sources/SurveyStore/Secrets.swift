import Foundation

/// Random secrets for the whole product: invitation tokens, session and visitor ids, signing
/// keys. One generator (the system's cryptographic one: getrandom on Linux) and one spelling
/// (URL- and cookie-safe base64 without padding). Comparisons of secrets use swift-crypto
/// (`HMAC.isValidAuthenticationCode`), never a loop of our own.
public enum Secrets {
    /// `count` bytes from the system's cryptographic generator.
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// A random token of `count` bytes as URL-safe base64 without padding (43 characters for 32).
    public static func randomToken(bytes count: Int = 32) -> String {
        base64URL(randomBytes(count))
    }

    public static func base64URL<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The bytes of URL-safe base64 without padding; nil when `text` is not that.
    public static func bytes(base64URL text: String) -> [UInt8]? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.utf8.count % 4) % 4)
        return Data(base64Encoded: base64).map(Array.init)
    }
}
