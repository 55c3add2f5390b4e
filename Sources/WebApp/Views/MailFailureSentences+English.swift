import Mail

/// Why an e-mail was not delivered, in English.
extension EnglishCoordinatorWords {
    func unreadableCertificates(_ path: String) -> String { "the certificates in \(path) cannot be read" }
    func relayUnreachable(host: String, port: Int) -> String { "the mail relay \(host):\(port) could not be reached" }
    func connectionFailed(relay: String?) -> String { "the connection to the mail relay\(relay.map { " " + $0 } ?? "") failed" }
    func connectionBrokeOff(host: String, port: Int) -> String { "the connection to the mail relay \(host):\(port) broke off" }
    func unexpectedAfterSTARTTLS() -> String { "the mail relay sent more after agreeing to STARTTLS; the connection is not trusted and nothing was sent" }
    func noSTARTTLS(host: String) -> String { "the mail relay \(host) offers no STARTTLS; links would travel unencrypted, so nothing was sent (use smtps:// or a relay with TLS)" }
    func missingPassword(user: String) -> String { "a user (\(user)) is given for the mail relay but no password: set JOINTTRAINING_SMTP_PASSWORD" }
    func refusedStep(_ step: String, reply: String) -> String { "the mail relay refused \(step) with the reply “\(reply)”" }
    func smtpStep(_ step: SMTPStep) -> String {
        switch step {
        case .greeting: "the greeting"
        case .hello: "EHLO"
        case .startTLS: "STARTTLS"
        case .signIn: "the sign-in"
        case .sender: "the sender"
        case .message: "the message"
        }
    }
    func notAnAddress(_ address: String) -> String { "“\(address)” is not an address mail can be sent to" }
    func refusedRecipient(_ address: String, reply: String) -> String { "the mail relay refused \(address) with the reply “\(reply)”" }
    func connectionClosed(reply: String?) -> String { "the mail relay closed the connection" + (reply.map { " after replying “\($0)”" } ?? "") }
}
