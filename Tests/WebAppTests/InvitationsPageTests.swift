import Foundation
import HTTPTypes
import SurveyStore
import Testing
@testable import WebApp

@Suite("invitations page")
struct InvitationsPageTests {
    /// The table row of the invitation numbered `id` on the invitations page.
    static func row(_ id: Int64, in page: Page) -> String {
        Page.first(#"(<tr><td class="n">\#(id)</td>.*?</tr>)"#, in: page.body.replacingOccurrences(of: "\n", with: " ")) ?? ""
    }

    @Test("each invitation is listed with its state; only submitted responses offer Reopen, only live invitations Withdraw")
    func states() async throws {
        let world = try await TestWorld()
        let ids = world.invitationIDs
        try await world.run { browser in
            let antwerpen = world.tokens["Politiezone Antwerpen"]!, rotterdam = world.tokens["Politie Rotterdam"]!
            let form = try await browser.get("/s/\(antwerpen)")
            _ = try await browser.post("/s/\(antwerpen)", [("_csrf", form.csrf!), ("_lang", "nl")] + SampleAnswers.fields())
            let draft = try await browser.get("/s/\(rotterdam)")
            _ = try await browser.post("/s/\(rotterdam)/save", [("_csrf", draft.csrf!), ("q:unit", "AVIM")])
            _ = try await browser.signIn()
            let before = try await browser.get("/admin/invitations")
            _ = try await browser.post("/admin/invitations/\(ids["Parquet de Liège"]!)/revoke", [("_csrf", before.csrf!)])

            let page = try await browser.get("/admin/invitations")
            let submitted = Self.row(ids["Politiezone Antwerpen"]!, in: page)
            #expect(submitted.contains("<td>submitted</td>") && submitted.contains("<td class=\"date\">2027-01-15</td>"))
            #expect(submitted.contains("/reopen\"") && submitted.contains("/revoke\""))
            let drafted = Self.row(ids["Politie Rotterdam"]!, in: page)
            #expect(drafted.contains("<td>draft saved</td>") && !drafted.contains("/reopen\"") && drafted.contains("/revoke\""))
            let withdrawn = Self.row(ids["Parquet de Liège"]!, in: page)
            #expect(withdrawn.contains("<td>withdrawn on 2027-01-15</td>") && !withdrawn.contains("<form"))
            #expect(Self.row(ids["Police grand-ducale"]!, in: page).contains("<td>invited</td>"))

            world.clock.advance(by: 91 * 86_400)
            // Three months on, the coordinator's session has long expired.
            #expect(try await browser.get("/admin/invitations").location == "/login")
            _ = try await browser.signIn()
            let later = try await browser.get("/admin/invitations")
            #expect(Self.row(ids["Police grand-ducale"]!, in: later).contains("<td>expired</td>"))
            // A submission stands after expiry, but the store would refuse to reopen it: no button.
            let stillSubmitted = Self.row(ids["Politiezone Antwerpen"]!, in: later)
            #expect(stillSubmitted.contains("<td>submitted</td>") && !stillSubmitted.contains("/reopen\""))
        }
    }

    @Test("the CSV of new links neutralises a service name a spreadsheet would run as a formula")
    func issuedCSVIsGuarded() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            _ = try await browser.signIn()
            let page = try await browser.get("/admin/invitations")
            let issued = try await browser.post("/admin/invitations", [("_csrf", page.csrf!), ("country", "BE"), ("kind", "police"),
                                                                      ("service", "=HYPERLINK(\"http://x\",\"y\")"), ("email", ""), ("days", "30")])
            #expect(issued.status == .ok)
            let box = try #require(Page.first(#"<textarea id="issued-csv"[^>]*>(.*?)</textarea>"#, in: issued.body.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "\u{1}")))
            let csv = box.replacingOccurrences(of: "\u{1}", with: "\n").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#34;", with: "\"")
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            #expect(csv.hasPrefix("country,kind,service,email,link"))
            #expect(csv.contains("BE,police,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), "\(csv)")
        }
    }

    @Test("reopening needs the anti-forgery token; then the link is editable with the submitted answers and a resubmission gives a new receipt")
    func reopenAndResubmit() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        let id = world.invitationIDs["Politiezone Antwerpen"]!
        try await world.run { browser in
            var respondent = Browser(client: browser.client)
            let form = try await respondent.get("/s/\(token)")
            _ = try await respondent.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "nl")] + SampleAnswers.fields())
            let firstReceipt = try await respondent.get("/s/\(token)/receipt?lang=nl")
            let contribution = try #require(Page.first(#"<dd id="contribution-id">([A-Z0-9]+)</dd>"#, in: firstReceipt.body))

            _ = try await browser.signIn()
            #expect(try await browser.post("/admin/invitations/\(id)/reopen", []).status == .forbidden)
            #expect(try await browser.post("/admin/invitations/\(id)/reopen", [("_csrf", "forged")]).status == .forbidden)
            #expect(try await respondent.get("/s/\(token)").body.contains(#"<dd id="contribution-id">"#), "still read-only")
            #expect(try await world.surveys.auditLog().filter { $0.action == .reopen }.isEmpty)

            let page = try await browser.get("/admin/invitations")
            let reopened = try await browser.post("/admin/invitations/\(id)/reopen", [("_csrf", page.csrf!)])
            #expect(reopened.location == "/admin/invitations?done=reopened")
            let list = try await browser.get(reopened.location!)
            #expect(list.body.contains("The response was reopened"))
            #expect(Self.row(id, in: list).contains("<td>reopened</td>"))
            #expect(try await world.surveys.auditLog().last?.actor == TestWorld.coordinatorName)

            let editable = try await respondent.get("/s/\(token)")
            #expect(editable.body.contains(#"<form id="survey""#))
            #expect(editable.body.contains(#"name="q:thb-staff" value="40""#))
            let saved = try await respondent.post("/s/\(token)/save", [("_csrf", editable.csrf!), ("_lang", "nl")] + SampleAnswers.fields(staff: "55"))
            #expect(saved.location == "/s/\(token)?lang=nl&saved=1")
            #expect(try await respondent.get("/s/\(token)").body.contains(#"name="q:thb-staff" value="55""#))

            world.clock.advance(by: 86_400)
            let resubmitted = try await respondent.post("/s/\(token)", [("_csrf", editable.csrf!), ("_lang", "nl")] + SampleAnswers.fields(staff: "55"))
            #expect(resubmitted.location == "/s/\(token)/receipt?lang=nl")
            let receipt = try await respondent.get(resubmitted.location!)
            #expect(receipt.body.contains(#"<dd id="contribution-id">\#(contribution)</dd>"#))
            #expect(receipt.body.contains("16 januari 2027"), "the date of the new submission")
            #expect(try await respondent.get("/s/\(token)").body.contains(#"<dd id="contribution-id">"#), "read-only again")
            _ = try await browser.signIn()
            let needs = try await browser.get("/admin/exports/needs.csv")
            #expect(needs.body.contains("\(contribution)-2-01,") && !needs.body.contains("\(contribution)-01,"))
        }
    }

    @Test("a refused reopening is explained in the coordinator's language; an unknown number is not found")
    func refusals() async throws {
        let world = try await TestWorld()
        let ids = world.invitationIDs
        try await world.run { browser in
            _ = try await browser.signIn()
            let page = try await browser.get("/admin/invitations")
            let french: HTTPFields = [.acceptLanguage: "fr-BE,fr;q=0.9,en;q=0.5"]
            let notSubmitted = try await browser.post("/admin/invitations/\(ids["Police grand-ducale"]!)/reopen", [("_csrf", page.csrf!)], headers: french)
            #expect(notSubmitted.status == .conflict)
            #expect(notSubmitted.htmlLang == "fr")
            #expect(notSubmitted.body.contains(#"role="alert"><p>L&#39;invitation \#(ids["Police grand-ducale"]!) n&#39;a pas encore de réponse envoyée"#))
            #expect(notSubmitted.body.contains("<h2 id=\"all-invitations\">Toutes les invitations</h2>"), "the list stays in view")

            _ = try await browser.post("/admin/invitations/\(ids["Parquet de Liège"]!)/revoke", [("_csrf", page.csrf!)])
            let withdrawn = try await browser.post("/admin/invitations/\(ids["Parquet de Liège"]!)/reopen", [("_csrf", page.csrf!)],
                                                   headers: [.acceptLanguage: "de"])
            #expect(withdrawn.status == .conflict)
            #expect(withdrawn.body.contains("Die Einladung \(ids["Parquet de Liège"]!) wurde am 2027-01-15 zurückgezogen"))

            world.clock.advance(by: 91 * 86_400)
            _ = try await browser.signIn()
            let again = try await browser.get("/admin/invitations")
            let expired = try await browser.post("/admin/invitations/\(ids["Politie Rotterdam"]!)/reopen", [("_csrf", again.csrf!)],
                                                 headers: [.acceptLanguage: "nl"])
            #expect(expired.body.contains("Uitnodiging \(ids["Politie Rotterdam"]!) is op 2027-04-15 verlopen"))
            #expect(try await browser.post("/admin/invitations/99999/reopen", [("_csrf", again.csrf!)]).status == .notFound)

            let notice = try await browser.get("/admin/invitations?done=revoked", headers: [.acceptLanguage: "nl-BE"])
            #expect(notice.htmlLang == "nl")
            #expect(notice.body.contains(#"role="status">De uitnodiging is ingetrokken.</p>"#))
        }
    }
}
