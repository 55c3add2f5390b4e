import Foundation
import Mail
import TestSupport
import Testing

@Suite("e-mail")
struct MailTests {
    static let sender = MailAddress("coordination@jointtraining.example", name: "JointTraining")

    static func message(to address: String, name: String = "Parquet de Liège", subject: String = "Enquête sur la formation commune : votre lien personnel") -> MailMessage {
        MailMessage(from: sender, to: MailAddress(address, name: name), subject: subject,
                    body: "Madame, Monsieur,\n\n.Une ligne qui commence par un point.\nhttp://127.0.0.1:8080/s/abc\n", language: "fr",
                    date: Date(timeIntervalSince1970: 1_800_000_000), id: "test-\(UUID().uuidString)")
    }

    @Test("a message is UTF-8 MIME: encoded subject and name, base64 body, language")
    func rendering() {
        let text = Self.message(to: "parquet@example.be").rendered()
        #expect(text.contains("Subject: =?utf-8?B?"))
        #expect(text.contains("To: =?utf-8?B?") && text.contains("<parquet@example.be>"))
        #expect(text.contains("\r\nContent-Language: fr\r\n"))
        #expect(text.contains("Date: Fri, 15 Jan 2027 08:00:00 +0000"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CR LF")
        #expect(MailAddress("a@b.example\r\nRCPT TO:<x@y>").isSendable == false)
        #expect(MailAddress("a b@c.example").isSendable == false)
        #expect(MailAddress("m.dupont@emploi.belgique.be").isSendable)
    }

    @Test("the relay's address: STARTTLS required off this machine, the password only from the environment")
    func settings() throws {
        let environment = ["JOINTTRAINING_SMTP_PASSWORD": "secret", "JOINTTRAINING_SMTP_USER": "coordination"]
        let relay = try SMTPSettings.parse("smtp://relay.example.org", environment: environment).get()
        #expect(relay.port == 587 && relay.security == .startTLSRequired && relay.user == "coordination" && relay.password == "secret")
        #expect(try SMTPSettings.parse("smtps://mail.example.org", environment: [:]).get().port == 465)
        #expect(try SMTPSettings.parse("smtp://localhost:2525", environment: [:]).get().security == .startTLSIfOffered)
        if case .failure(let error) = SMTPSettings.parse("smtp://u:pw@relay.example.org", environment: [:]) {
            #expect(error.message.contains("JOINTTRAINING_SMTP_PASSWORD"))
        } else { Issue.record("a password in the URL must be refused") }
        if case .failure(let error) = SMTPSettings.parse("http://relay.example.org", environment: [:]) {
            #expect(error.message.contains("smtp://HOST:PORT"))
        } else { Issue.record("another scheme must be refused") }
    }

    @Test("messages reach a real SMTP server; a refused address fails alone, the others go", .enabled(if: SMTPSink.isAvailable, "aiosmtpd is not installed (pip install aiosmtpd)"))
    func delivery() async throws {
        let sink = try SMTPSink(refuse: "unknown@example.be")
        defer { sink.stop() }
        let client = SMTPClient(settings: SMTPSettings(host: "127.0.0.1", port: sink.port, security: .startTLSIfOffered))
        let outcomes = await client.send([Self.message(to: "parquet@example.be"), Self.message(to: "unknown@example.be"),
                                          Self.message(to: "avim@example.nl", name: "AVIM")])
        #expect(outcomes.map(\.isSent) == [true, false, true])
        if case .failed(let reason) = outcomes[1].result { #expect(reason.description.contains("unknown@example.be") && reason.description.contains("550")) }
        // The refusal as a value, the relay's reply as it sent it, and the English sentence of before.
        #expect(outcomes[1].result == .failed(.refusedRecipient("unknown@example.be", reply: "550 5.1.1 mailbox unavailable")))
        #expect("\(MailFailure.refusedRecipient("unknown@example.be", reply: "550 5.1.1 mailbox unavailable"))"
                == "the mail relay refused unknown@example.be: 550 5.1.1 mailbox unavailable")
        let received = try sink.messages()
        #expect(received.map(\.to) == [["parquet@example.be"], ["avim@example.nl"]])
        #expect(received[0].body.contains(".Une ligne qui commence par un point."))
        #expect(received[0].body.hasPrefix("Madame, Monsieur,\r\n\r\n"), "the text travels with CR LF line ends")
    }

    @Test("STARTTLS with the organisation's certificate and AUTH PLAIN", .enabled(if: SMTPSink.isAvailable, "aiosmtpd is not installed (pip install aiosmtpd)"))
    func startTLS() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jt-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let certificate = try SMTPSink.certificate(in: folder)
        let sink = try SMTPSink(tls: certificate, auth: (user: "coordination", password: "correct horse"))
        defer { sink.stop() }
        let trusted = SMTPSettings(host: "localhost", port: sink.port, security: .startTLSRequired, user: "coordination",
                                   password: "correct horse", trustedCertificates: certificate.certificate)
        #expect(await SMTPClient(settings: trusted).send([Self.message(to: "parquet@example.be")]).map(\.isSent) == [true])
        let received = try sink.messages()
        #expect(received.count == 1 && received[0].tls && received[0].authenticated)

        var wrongPassword = trusted
        wrongPassword.password = "guess"
        let refused = await SMTPClient(settings: wrongPassword).send([Self.message(to: "parquet@example.be")])
        if case .failed(let reason) = refused[0].result { #expect(reason.description.contains("sign-in"))
            if case .refusedStep(.signIn, let reply) = reason { #expect(reply.hasPrefix("535")) } else { Issue.record("refused at sign-in: \(reason)") } } else { Issue.record("a wrong password must fail") }
        var untrusted = trusted
        untrusted.trustedCertificates = nil
        #expect(await SMTPClient(settings: untrusted).send([Self.message(to: "parquet@example.be")]).map(\.isSent) == [false],
                "a certificate nobody trusts is refused")
        #expect(try sink.messages().count == 1)
    }

    @Test("a relay without STARTTLS gets nothing when TLS is required", .enabled(if: SMTPSink.isAvailable, "aiosmtpd is not installed (pip install aiosmtpd)"))
    func tlsRequired() async throws {
        let sink = try SMTPSink()
        defer { sink.stop() }
        let outcomes = await SMTPClient(settings: SMTPSettings(host: "127.0.0.1", port: sink.port, security: .startTLSRequired))
            .send([Self.message(to: "parquet@example.be")])
        if case .failed(let reason) = outcomes[0].result { #expect(reason == .noSTARTTLS(host: "127.0.0.1") && reason.description.contains("offers no STARTTLS")) } else { Issue.record("must not send in clear") }
        #expect(try sink.messages().isEmpty)
        let unreachable = await SMTPClient(settings: SMTPSettings(host: "127.0.0.1", port: 1, security: .startTLSIfOffered))
            .send([Self.message(to: "parquet@example.be"), Self.message(to: "avim@example.nl")])
        #expect(unreachable.allSatisfy { if case .failed(let reason) = $0.result { reason.description.contains("could not be reached") } else { false } })
        #expect(unreachable.allSatisfy { if case .failed(.relayUnreachable("127.0.0.1", 1, _)) = $0.result { true } else { false } })
    }
}
