import Foundation

/// Where and how e-mail is sent: `smtp://[USER@]HOST[:PORT]` (STARTTLS whenever the server
/// offers it, required unless the host is this machine) or `smtps://` (TLS from the first byte,
/// port 465 by default). The password never goes in the URL: it comes from
/// `JOINTTRAINING_SMTP_PASSWORD` (and the user, when the URL has none, from
/// `JOINTTRAINING_SMTP_USER`). `JOINTTRAINING_SMTP_CA` may name a PEM file of certificates
/// to trust, for a relay with a certificate of the organisation's own authority.
public struct SMTPSettings: Hashable, Sendable {
    public enum Security: Hashable, Sendable {
        /// TLS from the start (smtps).
        case implicitTLS
        /// STARTTLS before anything else; sending fails when the server does not offer it.
        case startTLSRequired
        /// STARTTLS when offered: only for a relay on this machine.
        case startTLSIfOffered
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var user: String?
    public var password: String?
    public var trustedCertificates: String?

    /// The settings from `url` and the environment; a message naming the problem otherwise.
    public static func parse(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<SMTPSettings, SMTPSettingsError> {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              ["smtp", "smtps"].contains(scheme), let host = components.host, !host.isEmpty else {
            return .failure(SMTPSettingsError(message: "\"\(url)\" is not an SMTP address; write it as smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT (TLS), e.g. smtp://relay.example.org:587"))
        }
        if components.password != nil {
            return .failure(SMTPSettingsError(message: "the SMTP address holds a password; give it in JOINTTRAINING_SMTP_PASSWORD instead, so that it appears in no command line or log"))
        }
        let port = components.port ?? (scheme == "smtps" ? 465 : 587)
        guard (1...65535).contains(port) else {
            return .failure(SMTPSettingsError(message: "the SMTP port \(port) is not between 1 and 65535"))
        }
        let local = ["localhost", "127.0.0.1", "::1"].contains(host.lowercased())
        let security: Security = scheme == "smtps" ? .implicitTLS : (local ? .startTLSIfOffered : .startTLSRequired)
        let user = components.user?.removingPercentEncoding ?? environment["JOINTTRAINING_SMTP_USER"]
        return .success(SMTPSettings(host: host, port: port, security: security, user: user,
                                     password: environment["JOINTTRAINING_SMTP_PASSWORD"],
                                     trustedCertificates: environment["JOINTTRAINING_SMTP_CA"]))
    }

    /// The URL given by `--smtp`, else by `JOINTTRAINING_SMTP_URL`.
    public static func url(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        option ?? environment["JOINTTRAINING_SMTP_URL"]
    }

    public init(host: String, port: Int, security: Security, user: String? = nil, password: String? = nil, trustedCertificates: String? = nil) {
        self.host = host
        self.port = port
        self.security = security
        self.user = user
        self.password = password
        self.trustedCertificates = trustedCertificates
    }
}

/// Why the SMTP settings cannot be used.
public struct SMTPSettingsError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
