import Mail
import Testing
@testable import WebApp

/// Every failure worded in each language of the coordinator's pages: the relay's reply and the
/// values quoted as they came, no English inside the other languages, the system's text left out.
@Suite("why an e-mail was not delivered, in each language")
struct MailFailureSentencesTests {
    static let detail = "connect(descriptor:addr:size:): Connection refused (errno: 111)"
    /// Each failure with the values its sentence must show as they are.
    static let failures: [(MailFailure, [String])] = [
        (.unreadableCertificates(path: "/etc/ssl/relay.pem", detail: detail), ["/etc/ssl/relay.pem"]),
        (.relayUnreachable(host: "smtp.example.be", port: 587, detail: detail), ["smtp.example.be:587"]),
        (.connectionFailed(relay: "smtp.example.be:587", detail: detail), ["smtp.example.be:587"]),
        (.connectionFailed(relay: nil, detail: detail), []),
        (.connectionBrokeOff(host: "smtp.example.be", port: 587), ["smtp.example.be:587"]),
        (.unexpectedAfterSTARTTLS, ["STARTTLS"]),
        (.noSTARTTLS(host: "smtp.example.be"), ["smtp.example.be", "STARTTLS", "smtps://"]),
        (.missingPassword(user: "coordination"), ["coordination", "JOINTTRAINING_SMTP_PASSWORD"]),
        (.refusedStep(.signIn, reply: "535 5.7.8 Authentication credentials invalid"), ["535 5.7.8 Authentication credentials invalid"]),
        (.refusedStep(.hello, reply: "502 5.5.2 Error: command not recognized"), ["EHLO", "502 5.5.2 Error: command not recognized"]),
        (.notAnAddress("a b@example.be"), ["a b@example.be"]),
        (.refusedRecipient("unknown@example.be", reply: "550 5.1.1 mailbox unavailable"), ["unknown@example.be", "550 5.1.1 mailbox unavailable"]),
        (.connectionClosed(reply: "421 4.3.2 Service shutting down"), ["421 4.3.2 Service shutting down"]),
        (.connectionClosed(reply: nil), []),
    ]

    @Test("each failure in nl, fr and de names its values, quotes the relay's reply, and has no English of its own")
    func worded() {
        for (language, table) in [("nl", CoordinatorText.dutch), ("fr", CoordinatorText.french), ("de", CoordinatorText.german)] {
            for (failure, values) in Self.failures {
                let sentence = table.sentences.mailFailure(failure)
                for value in values { #expect(sentence.contains(value), "\(language): \(sentence)") }
                #expect(!sentence.contains("mail relay") && !sentence.contains("refused") && !sentence.contains(Self.detail), "\(language): \(sentence)")
                #expect(sentence != CoordinatorText.english.sentences.mailFailure(failure))
            }
        }
    }

    @Test("the English page words them too, without the system's text the audit log keeps")
    func english() {
        for (failure, values) in Self.failures {
            let sentence = CoordinatorText.english.sentences.mailFailure(failure)
            for value in values { #expect(sentence.contains(value), "\(sentence)") }
            #expect(!sentence.contains(Self.detail))
        }
        #expect(CoordinatorText.english.sentences.mailFailure(.refusedRecipient("unknown@example.be", reply: "550 5.1.1 mailbox unavailable"))
            == "the mail relay refused unknown@example.be with the reply “550 5.1.1 mailbox unavailable”")
        #expect(CoordinatorText.german.sentences.mailFailure(.refusedStep(.sender, reply: "553 5.7.1 Sender address rejected"))
            == "der Mailserver hat den Absender abgelehnt, mit der Antwort „553 5.7.1 Sender address rejected“")
    }
}
