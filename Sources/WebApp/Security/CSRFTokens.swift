import Crypto
import Foundation
import SurveyStore

/// Anti-forgery tokens for forms and scripted saves.
///
/// A token is an HMAC of what the request is bound to: the invitation token in the page's
/// address for respondents, the session for signed-in coordinators, a per-browser cookie
/// before sign-in. A forged request from another site knows none of these, and the server
/// keeps no token list: the key is stored once in the database so tokens survive restarts
/// (a respondent's open page keeps saving across a deployment).
struct CSRFTokens: Sendable {
    private let key: SymmetricKey

    init(key: [UInt8]) {
        self.key = SymmetricKey(data: key)
    }

    /// The token for forms of a request bound to `binding`.
    func token(for binding: CSRFBinding) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(binding.value.utf8), using: key)
        return Secrets.base64URL(mac)
    }

    /// Whether `candidate` is the token for `binding`, checked by swift-crypto in constant time.
    func verify(_ candidate: String?, for binding: CSRFBinding) -> Bool {
        guard let candidate, let mac = Secrets.bytes(base64URL: candidate) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Data(binding.value.utf8), using: key)
    }
}

/// What a state-changing request is bound to; see `CSRFTokens`.
struct CSRFBinding: Hashable, Sendable {
    let value: String

    static func invitation(_ token: String) -> CSRFBinding { CSRFBinding(value: "invitation:" + token) }
    static func session(_ id: String) -> CSRFBinding { CSRFBinding(value: "session:" + id) }
    static func visitor(_ id: String) -> CSRFBinding { CSRFBinding(value: "visitor:" + id) }

    /// Bound to a coordinator's session (not to a respondent's link or a visitor).
    var isSession: Bool { value.hasPrefix("session:") }
}
