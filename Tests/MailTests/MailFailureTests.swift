import Mail
import Testing

/// The English sentence of each failure is what the commands print and the audit log keeps; the
/// log already holds these sentences, so a rewording would split it in two.
@Suite("why an e-mail was not delivered, in English")
struct MailFailureTests {
    @Test("each failure reads as the sentence the relay client wrote before failures were values")
    func descriptions() {
        let sentences: [(MailFailure, String)] = [
            (.unreadableCertificates(path: "/etc/ssl/relay.pem", detail: "no such file"), "the certificates in /etc/ssl/relay.pem cannot be read: no such file"),
            (.relayUnreachable(host: "smtp.example.be", port: 587, detail: "connection refused"),
             "the mail relay smtp.example.be:587 could not be reached: connection refused"),
            (.connectionFailed(relay: "smtp.example.be:587", detail: "timeout"), "the connection to the mail relay smtp.example.be:587 failed: timeout"),
            (.connectionFailed(relay: nil, detail: "timeout"), "the connection to the mail relay failed: timeout"),
            (.connectionBrokeOff(host: "smtp.example.be", port: 587), "the connection to the mail relay smtp.example.be:587 broke off"),
            (.unexpectedAfterSTARTTLS, "the mail relay sent more after agreeing to STARTTLS; the connection is not trusted and nothing was sent"),
            (.noSTARTTLS(host: "smtp.example.be"),
             "the mail relay smtp.example.be offers no STARTTLS; links would travel unencrypted, so nothing was sent (use smtps:// or a relay with TLS)"),
            (.missingPassword(user: "coordination"), "a user (coordination) is given for the mail relay but no password: set JOINTTRAINING_SMTP_PASSWORD"),
            (.refusedStep(.hello, reply: "502 not implemented"), "the mail relay refused EHLO: 502 not implemented"),
            (.refusedStep(.greeting, reply: "554 no service"), "the mail relay refused the greeting: 554 no service"),
            (.refusedStep(.startTLS, reply: "454 TLS not available"), "the mail relay refused the STARTTLS: 454 TLS not available"),
            (.refusedStep(.signIn, reply: "535 5.7.8 bad credentials"), "the mail relay refused the sign-in: 535 5.7.8 bad credentials"),
            (.refusedStep(.sender, reply: "553 sender rejected"), "the mail relay refused the sender: 553 sender rejected"),
            (.refusedStep(.message, reply: "552 too big"), "the mail relay refused the message: 552 too big"),
            (.notAnAddress("a b@example.be"), "\"a b@example.be\" is not an address mail can be sent to"),
            (.refusedRecipient("unknown@example.be", reply: "550 5.1.1 mailbox unavailable"),
             "the mail relay refused unknown@example.be: 550 5.1.1 mailbox unavailable"),
            (.connectionClosed(reply: nil), "the mail relay closed the connection"),
            (.connectionClosed(reply: "421 closing"), "the mail relay closed the connection: 421 closing"),
        ]
        for (failure, sentence) in sentences {
            #expect(failure.description == sentence)
            #expect("\(failure)" == sentence, "printed by the commands through interpolation")
        }
    }
}
