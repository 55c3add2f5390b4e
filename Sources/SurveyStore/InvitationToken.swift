import Crypto
import Foundation

/// Invitation tokens: 256 random bits from the system's secure generator, written in
/// URL-safe base64. Only their SHA-256 is stored, so a copy of the database does not
/// let anyone answer in a service's name.
public enum InvitationToken {
    /// Bytes of randomness in a token; at least 16 (128 bits) are required.
    static let byteCount = 32

    /// A new token, e.g. `q0Vh3x...` (43 characters).
    public static func generate() -> String {
        Secrets.randomToken(bytes: byteCount)
    }

    /// The SHA-256 of the token's text, as stored.
    public static func hash(_ token: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(token.utf8)))
    }

    /// Whether `token` looks like one this module makes, checked before any lookup.
    package static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 43 && token.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
        }
    }
}

/// Contribution ids: eight characters of Crockford base32 (40 random bits), short enough
/// to read out on the phone, printed on the respondent's receipt and prefixing need ids.
package enum ContributionID {
    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    package static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bits = generator.next()
        return String((0..<8).map { alphabet[Int((bits >> UInt64($0 * 5)) & 31)] })
    }
}
