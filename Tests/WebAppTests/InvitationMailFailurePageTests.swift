import Foundation
import HTTPTypes
import Mail
import SurveyStore
import TestSupport
import Testing
@testable import WebApp

/// Why an e-mail was not delivered, on the invitations page in the coordinator's language, with
/// the relay's own reply quoted as it came; the audit log keeps the English sentence of before.
@Suite("undelivered e-mail on the invitations page, in the coordinator's language", .serialized,
       .enabled(if: SMTPSink.isAvailable, "aiosmtpd is not installed (pip install aiosmtpd)"))
struct InvitationMailFailurePageTests {
    static func world(port: Int) async throws -> TestWorld {
        var settings = WebSettings(baseURL: "https://enquete.example.be")
        settings.mail = MailRelay(settings: SMTPSettings(host: "127.0.0.1", port: port, security: .startTLSIfOffered),
                                  from: MailAddress("coordination@jointtraining.example", name: "JointTraining"))
        return try await TestWorld(settings: settings)
    }

    /// The list of failures at the top of the page.
    static func failures(in page: String) throws -> String {
        try #require(page.range(of: "id=\"mail-failures\"").map { String(page[$0.lowerBound...].prefix(800)) })
    }

    static func invite(_ browser: inout Browser, language: String, service: String, email: String) async throws -> String {
        let form = try await browser.get("/admin/invitations?lang=\(language)")
        let page = try await browser.post("/admin/invitations", [
            ("_csrf", form.csrf!), ("country", "BE"), ("kind", "police"), ("service", service),
            ("email", email), ("language", "fr"), ("days", "60"), ("send", "1"),
        ])
        #expect(page.status == .ok)
        return page.body
    }

    @Test("a recipient the relay refuses: the reason in Dutch and in French, the relay's reply quoted, the audit log in English as before")
    func refusedRecipient() async throws {
        let sink = try SMTPSink(refuse: "unknown@example.be")
        defer { sink.stop() }
        let world = try await Self.world(port: sink.port)
        try await world.run { browser in
            _ = try await browser.signIn()
            let dutch = try await Self.invite(&browser, language: "nl", service: "Zone inconnue", email: "unknown@example.be")
            let reason = "de mailserver weigerde unknown@example.be met het antwoord ‘550 5.1.1 mailbox unavailable’"
            #expect(dutch.contains("<td>niet afgeleverd: \(reason)</td>"))
            #expect(try Self.failures(in: dutch).contains("<li>unknown@example.be (Zone inconnue): \(reason)</li>"))
            #expect(!dutch.contains("the mail relay"), "no English inside the Dutch page")

            let french = try await Self.invite(&browser, language: "fr", service: "Zone inconnue", email: "unknown@example.be")
            let raison = "le relais de messagerie a refusé unknown@example.be avec la réponse « 550 5.1.1 mailbox unavailable »"
            #expect(french.contains("<td>non distribué : \(raison)</td>"))
            #expect(try Self.failures(in: french).contains("<li>unknown@example.be (Zone inconnue): \(raison)</li>"))
            #expect(!french.contains("the mail relay"))

            let mails = try await world.surveys.auditLog().filter { $0.action == .mail }.map(\.detail)
            #expect(mails == Array(repeating: "invitation e-mail to the invitation's address not delivered: "
                                       + "the mail relay refused unknown@example.be: 550 5.1.1 mailbox unavailable", count: 2))
            #expect(try sink.messages().isEmpty)
        }
    }

    @Test("a relay that cannot be reached: named by host and port in Dutch and in French, the system's English left to the audit log")
    func unreachableRelay() async throws {
        // A port nothing listens on: the sink is started to learn a free port, then stopped.
        let sink = try SMTPSink()
        let port = sink.port
        sink.stop()
        let world = try await Self.world(port: port)
        try await world.run { browser in
            _ = try await browser.signIn()
            let dutch = try await Self.invite(&browser, language: "nl", service: "Zone de police Namur", email: "zone.namur@example.be")
            #expect(dutch.contains("<td>niet afgeleverd: de mailserver 127.0.0.1:\(port) is niet bereikbaar</td>"))
            #expect(try Self.failures(in: dutch).contains("<li>zone.namur@example.be (Zone de police Namur): de mailserver 127.0.0.1:\(port) is niet bereikbaar</li>"))
            #expect(dutch.contains("0 verstuurd, 1 niet afgeleverd, 0 zonder e-mailadres."))

            let french = try await Self.invite(&browser, language: "fr", service: "Zone de police Namur", email: "zone.namur@example.be")
            #expect(french.contains("<td>non distribué : le relais de messagerie 127.0.0.1:\(port) est injoignable</td>"))
            #expect(!french.contains("could not be reached"))

            let mails = try await world.surveys.auditLog().filter { $0.action == .mail }.map(\.detail)
            #expect(mails.count == 2)
            #expect(mails.allSatisfy {
                $0.hasPrefix("invitation e-mail to the invitation's address not delivered: the mail relay 127.0.0.1:\(port) could not be reached: ")
            }, "\(mails)")
        }
    }
}
