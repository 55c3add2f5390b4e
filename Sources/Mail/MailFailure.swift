/// Why a message was not delivered, as a value: the command line and the audit log print its
/// English `description`, and the web app words each case in the coordinator's language. What
/// the relay itself replied (`reply`) and what the system said (`detail`) are kept as they came.
public enum MailFailure: Hashable, Sendable, CustomStringConvertible {
    /// The file of trusted certificates (`JOINTTRAINING_SMTP_CA`) could not be read.
    case unreadableCertificates(path: String, detail: String)
    /// No connection to the relay could be opened.
    case relayUnreachable(host: String, port: Int, detail: String)
    /// The connection failed on the way; `relay` is `host:port` where it is known.
    case connectionFailed(relay: String?, detail: String)
    /// The connection ended before this message's turn came.
    case connectionBrokeOff(host: String, port: Int)
    /// The relay (or someone on the path) sent lines after its yes to STARTTLS.
    case unexpectedAfterSTARTTLS
    /// STARTTLS was required and the relay does not offer it.
    case noSTARTTLS(host: String)
    /// A user is set for the relay without a password.
    case missingPassword(user: String)
    /// The relay answered a step of the conversation with a refusal.
    case refusedStep(SMTPStep, reply: String)
    /// The address cannot go into an SMTP command.
    case notAnAddress(String)
    /// The relay refused the recipient.
    case refusedRecipient(String, reply: String)
    /// The relay closed the connection, after `reply` when it said something.
    case connectionClosed(reply: String?)

    // The audit log keeps these sentences and earlier entries have them: do not reword them.
    public var description: String {
        switch self {
        case .unreadableCertificates(let path, let detail): "the certificates in \(path) cannot be read: \(detail)"
        case .relayUnreachable(let host, let port, let detail): "the mail relay \(host):\(port) could not be reached: \(detail)"
        case .connectionFailed(let relay, let detail): "the connection to the mail relay\(relay.map { " " + $0 } ?? "") failed: \(detail)"
        case .connectionBrokeOff(let host, let port): "the connection to the mail relay \(host):\(port) broke off"
        case .unexpectedAfterSTARTTLS: "the mail relay sent more after agreeing to STARTTLS; the connection is not trusted and nothing was sent"
        case .noSTARTTLS(let host):
            "the mail relay \(host) offers no STARTTLS; links would travel unencrypted, so nothing was sent (use smtps:// or a relay with TLS)"
        case .missingPassword(let user): "a user (\(user)) is given for the mail relay but no password: set JOINTTRAINING_SMTP_PASSWORD"
        case .refusedStep(.hello, let reply): "the mail relay refused EHLO: \(reply)"
        case .refusedStep(let step, let reply): "the mail relay refused the \(step.rawValue): \(reply)"
        case .notAnAddress(let address): "\"\(address)\" is not an address mail can be sent to"
        case .refusedRecipient(let address, let reply): "the mail relay refused \(address): \(reply)"
        case .connectionClosed(let reply): "the mail relay closed the connection" + (reply.map { ": " + $0 } ?? "")
        }
    }
}

/// A step of the SMTP conversation the relay can refuse; the raw value is its English name.
public enum SMTPStep: String, Hashable, Sendable, CaseIterable {
    /// The relay's first reply (220).
    case greeting
    /// EHLO.
    case hello = "EHLO"
    case startTLS = "STARTTLS"
    /// AUTH PLAIN.
    case signIn = "sign-in"
    /// MAIL FROM.
    case sender
    /// DATA and the message itself.
    case message
}
