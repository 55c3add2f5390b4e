import Mail

/// Why an e-mail was not delivered, in the coordinator's language: one method per case of
/// `MailFailure`, so that a language without a case's sentence does not compile. The relay's
/// reply is the server's own text and is quoted as it came; what the system said about a broken
/// connection is left to the command line and the audit log, being English and technical.
protocol MailFailureSentences: Sendable {
    func unreadableCertificates(_ path: String) -> String
    func relayUnreachable(host: String, port: Int) -> String
    /// `relay` is `host:port` where it is known.
    func connectionFailed(relay: String?) -> String
    func connectionBrokeOff(host: String, port: Int) -> String
    func unexpectedAfterSTARTTLS() -> String
    func noSTARTTLS(host: String) -> String
    func missingPassword(user: String) -> String
    /// The step is named by `smtpStep`.
    func refusedStep(_ step: String, reply: String) -> String
    /// A step of the conversation as `refusedStep` puts it in its sentence (with its article).
    func smtpStep(_ step: SMTPStep) -> String
    func notAnAddress(_ address: String) -> String
    func refusedRecipient(_ address: String, reply: String) -> String
    func connectionClosed(reply: String?) -> String
}

extension MailFailureSentences {
    /// The sentence for one failure; the switch has no default, so a new case must be worded.
    func mailFailure(_ failure: MailFailure) -> String {
        switch failure {
        case .unreadableCertificates(let path, _): unreadableCertificates(path)
        case .relayUnreachable(let host, let port, _): relayUnreachable(host: host, port: port)
        case .connectionFailed(let relay, _): connectionFailed(relay: relay)
        case .connectionBrokeOff(let host, let port): connectionBrokeOff(host: host, port: port)
        case .unexpectedAfterSTARTTLS: unexpectedAfterSTARTTLS()
        case .noSTARTTLS(let host): noSTARTTLS(host: host)
        case .missingPassword(let user): missingPassword(user: user)
        case .refusedStep(let step, let reply): refusedStep(smtpStep(step), reply: reply)
        case .notAnAddress(let address): notAnAddress(address)
        case .refusedRecipient(let address, let reply): refusedRecipient(address, reply: reply)
        case .connectionClosed(let reply): connectionClosed(reply: reply)
        }
    }
}
