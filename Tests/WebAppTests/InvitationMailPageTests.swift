import Foundation
import HTTPTypes
import Mail
import SurveyDefinition
import SurveyStore
import TestSupport
import Testing
import TrainingModel
@testable import WebApp

/// Invitations and reminders e-mailed from the invitations page, through a real SMTP server.
@Suite("e-mail from the invitations page", .serialized, .enabled(if: SMTPSink.isAvailable, "aiosmtpd is not installed (pip install aiosmtpd)"))
struct InvitationMailPageTests {
    static func world(sink: SMTPSink) async throws -> TestWorld {
        var settings = WebSettings(baseURL: "https://enquete.example.be")
        settings.mail = MailRelay(settings: SMTPSettings(host: "127.0.0.1", port: sink.port, security: .startTLSIfOffered),
                                  from: MailAddress("coordination@jointtraining.example", name: "JointTraining"))
        return try await TestWorld(settings: settings)
    }

    static func links(in text: String) -> [String] {
        Page.all(#"/s/([A-Za-z0-9_-]{43})"#, in: text)
    }

    @Test("a new link e-mailed in the invitation's language; reminders only to those who have not submitted; each sending logged")
    func inviteAndRemind() async throws {
        let sink = try SMTPSink()
        defer { sink.stop() }
        let world = try await Self.world(sink: sink)
        try await world.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/invitations?lang=fr")
            #expect(form.body.contains("id=\"invite-send\" name=\"send\" value=\"1\" checked"))
            #expect(form.body.contains("id=\"send-reminders\""))
            #expect(!form.body.contains("id=\"mail-not-set-up\""))
            let sent = try await browser.post("/admin/invitations", [
                ("_csrf", form.csrf!), ("country", "BE"), ("kind", "prosecution"), ("service", "Parquet de Namur"),
                ("email", "parquet.namur@example.be"), ("language", "fr"), ("days", "60"), ("send", "1"),
            ])
            #expect(sent.status == .ok)
            #expect(sent.body.contains("<h2 id=\"mail-heading\" tabindex=\"-1\">E-mails d&#39;invitation</h2>"))
            #expect(sent.body.contains("1 envoyé, 0 non distribué, 0 sans adresse e-mail."))
            #expect(sent.body.contains("<td class=\"email\">parquet.namur@example.be</td><td>envoyé</td>"))
            let link = try #require(Self.links(in: sent.body).first)
            let invitations = try sink.messages()
            #expect(invitations.count == 1)
            #expect(invitations.first?.to == ["parquet.namur@example.be"] && invitations.first?.header("Content-Language") == "fr")
            #expect(invitations.first?.body.contains("https://enquete.example.be/s/\(link)") == true)
            #expect(invitations.first?.body.contains("Madame, Monsieur,") == true)

            // A Dutch service invited without sending; then it gets an e-mail address by a second invitation.
            let dutch = try await browser.post("/admin/invitations", [
                ("_csrf", form.csrf!), ("country", "NL"), ("kind", "labour-inspection"), ("service", "Arbeidsinspectie Utrecht"),
                ("email", "ai.utrecht@example.nl"), ("language", "nl"), ("days", "60"),
            ])
            #expect(!dutch.body.contains("id=\"mail-heading\""), "not asked to send")
            #expect(try sink.messages().count == 1)

            // The Belgian service submits its answers; the Dutch one does not.
            let respondent = try await browser.get("/s/\(link)")
            _ = try await browser.post("/s/\(link)", [("_csrf", respondent.csrf!), ("_lang", "fr")] + SampleAnswers.fields(unit: "Parquet de Namur"))
            let list = try await browser.get("/admin/invitations?lang=nl")
            let once = try #require(Page.all(#"name="_once" value="([A-Za-z0-9_-]+)""#, in: list.body).first)
            let reminded = try await browser.post("/admin/invitations/remind", [("_csrf", list.csrf!), ("_once", once), ("who", "not-answered")])
            #expect(reminded.status == .ok)
            #expect(reminded.body.contains("Herinneringsmails"))
            #expect(reminded.body.contains("<td class=\"email\">ai.utrecht@example.nl</td><td>verstuurd</td>"))
            // The services invited without an address are reported as such, not as sent.
            #expect(reminded.body.contains("geen e-mailadres: geef de link met de hand door"))
            #expect(reminded.body.contains("1 verstuurd, 0 niet afgeleverd, 4 zonder e-mailadres."))
            let all = try sink.messages()
            #expect(all.count == 2 && all[1].to == ["ai.utrecht@example.nl"])
            #expect(all[1].header("Content-Language") == "nl" && all[1].body.contains("nog niet ontvangen"))
            let newLink = try #require(Self.links(in: all[1].body).first)
            #expect(try await world.surveys.openInvitation(token: newLink).service.name == "Arbeidsinspectie Utrecht")

            let mails = try await world.surveys.auditLog().filter { $0.action == .mail }
            #expect(mails.count == 2)
            #expect(mails.allSatisfy { $0.actor == TestWorld.coordinatorName && $0.detail.contains("e-mail sent to") })
            #expect(!mails.contains { $0.detail.contains("@example") }, "no address in the audit log")

            // A reload posts the same form again: nobody gets a second reminder, and the page says why.
            let again = try await browser.post("/admin/invitations/remind", [("_csrf", list.csrf!), ("_once", once), ("who", "not-answered")])
            #expect(again.status == .ok)
            #expect(again.body.contains("Dit formulier was al verzonden"))
            #expect(try sink.messages().count == 2)
            #expect(try await world.surveys.auditLog().filter { $0.action == .mail }.count == 2)
        }
    }

    @Test("a refused address is reported on the page by address; the others are sent")
    func refusedAddress() async throws {
        let sink = try SMTPSink(refuse: "unknown@example.be")
        defer { sink.stop() }
        let world = try await Self.world(sink: sink)
        let csv = "country,kind,service,email,language\nBE,police,Zone de police Namur,zone.namur@example.be,fr\nBE,police,Zone inconnue,unknown@example.be,fr\n"
        try await world.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/invitations?lang=en")
            let page = try await browser.upload("/admin/invitations/upload", fields: [("_csrf", form.csrf!), ("days", "30"), ("send", "1")],
                                                file: ("file", "services.csv", csv))
            #expect(page.status == .ok)
            #expect(Set(Self.links(in: page.body)).count == 2, "both links are on the page")
            #expect(page.body.contains("1 sent, 1 not delivered, 0 without an e-mail address."))
            let failures = try #require(page.body.range(of: "id=\"mail-failures\"").map { String(page.body[$0.lowerBound...].prefix(600)) })
            #expect(failures.contains("unknown@example.be (Zone inconnue): "))
            #expect(!failures.contains("zone.namur@example.be"))
            #expect(page.body.contains("<tr class=\"mail-failed\">"))
            #expect(try sink.messages().map(\.to) == [["zone.namur@example.be"]])
            let mails = try await world.surveys.auditLog().filter { $0.action == .mail }
            #expect(mails.count == 2 && mails.contains { $0.detail.contains("not delivered") })
        }
    }
}

@Suite("invitations page without a mail relay, and the coordinator's 404")
struct CoordinatorPageFrameTests {
    @Test("without a relay the page says how to set one up, and a reminder is refused with that message")
    func noRelay() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            _ = try await browser.signIn()
            let page = try await browser.get("/admin/invitations?lang=de")
            #expect(page.body.contains("id=\"mail-not-set-up\""))
            #expect(page.body.contains("Der E-Mail-Versand ist auf diesem Server nicht eingerichtet"))
            #expect(!page.body.contains("name=\"send\""))
            let refused = try await browser.post("/admin/invitations/remind", [("_csrf", page.csrf!), ("who", "open")])
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("--smtp smtp://HOST:PORT"))
            // Asked to send without a relay: the link is made and shown, and the page says why nothing was sent.
            let invited = try await browser.post("/admin/invitations", [
                ("_csrf", page.csrf!), ("country", "LU"), ("kind", "police"), ("service", "Police grand-ducale SREC"),
                ("email", "srec@example.lu"), ("days", "60"), ("send", "1"),
            ])
            #expect(invited.status == .ok)
            #expect(Set(Page.all(#"/s/([A-Za-z0-9_-]{43})"#, in: invited.body)).count == 1)
            #expect(invited.body.contains("Der E-Mail-Versand ist auf diesem Server nicht eingerichtet"))
        }
    }

    @Test("invitation and inventory pages use the full width; their scroll regions take focus and are named")
    func wideAndFocusable() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            _ = try await browser.signIn()
            let invitations = try await browser.get("/admin/invitations")
            #expect(invitations.body.contains("<main id=\"main\" tabindex=\"-1\" class=\"wide\">"))
            #expect(invitations.body.contains("<h2 id=\"all-invitations\">All invitations</h2>"))
            #expect(invitations.body.contains("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"all-invitations\">"))
            let inventory = try await browser.get("/admin/inventory")
            #expect(inventory.body.contains("<main id=\"main\" tabindex=\"-1\" class=\"wide\">"))
            let dashboard = try await browser.get("/admin")
            #expect(dashboard.body.contains("<a href=\"/admin/invitations#remind-heading\" id=\"remind-link\">"))
            #expect(dashboard.body.contains("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"rates-heading-BE\">"))
            #expect(dashboard.body.contains("<h2 id=\"rates-heading-BE\">"))
            let css = try await browser.get("/assets/app.css")
            #expect(css.body.contains("main.wide { max-width: none; }"))
            // No scroll region without a name.
            for page in [invitations, inventory, dashboard] {
                for region in Page.all(#"(<div class="table-wrap"[^>]*>)"#, in: page.body) {
                    #expect(region.contains("tabindex=\"0\"") && (region.contains("aria-label=") || region.contains("aria-labelledby=")), "\(region)")
                }
            }
        }
    }

    @Test("a signed-in coordinator's unknown page: the coordinator's layout in their language, with a way back")
    func notFound() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            // Signed out: sent to sign in, as for any coordinator page.
            #expect(try await browser.get("/admin/invitatons").location == "/login")
            _ = try await browser.signIn()
            let dutch = try await browser.get("/admin/invitatons?lang=nl")
            #expect(dutch.status == .notFound)
            #expect(dutch.htmlLang == "nl")
            #expect(dutch.body.contains("<h1>Pagina niet gevonden</h1>"))
            #expect(dutch.body.contains("id=\"sign-out\""), "the coordinator's header")
            #expect(dutch.body.contains("href=\"/admin/invitations\""), "the navigation")
            #expect(dutch.body.contains("<a href=\"/admin\" id=\"not-found-back\">Terug naar de pagina met de antwoorden</a>"))
            let plan = try await browser.get("/admin/plan/999?lang=fr")
            #expect(plan.status == .notFound && plan.body.contains("<h1>Page introuvable</h1>") && plan.body.contains("id=\"sign-out\""))
            let deep = try await browser.get("/admin/a/b/c?lang=de")
            #expect(deep.status == .notFound && deep.body.contains("<h1>Seite nicht gefunden</h1>"))
            // Pages that exist still answer.
            #expect(try await browser.get("/admin/invitations").status == .ok)
            #expect(try await browser.get("/admin/plan").status == .ok)
            // A respondent's unknown link keeps the short page that says nothing more.
            let respondent = try await browser.get("/s/" + String(repeating: "A", count: 43))
            #expect(respondent.status == .notFound && !respondent.body.contains("id=\"sign-out\""))
        }
    }
}
