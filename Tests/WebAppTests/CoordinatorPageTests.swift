import Foundation
import HTTPTypes
import SurveyStore
import Testing
@testable import WebApp

@Suite("coordinator pages")
struct CoordinatorPageTests {
    @Test("the dashboard needs a sign-in; a wrong password is refused; sign-out ends the session")
    func signIn() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            let anonymous = try await browser.get("/admin")
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.location == "/login")
            #expect(try await browser.get("/admin/exports/needs.csv").location == "/login")
            let login = try await browser.get("/login")
            #expect(login.body.contains(#"<label for="password">Password</label>"#))
            let wrong = try await browser.signIn(password: "wrong password!")
            #expect(wrong.status == .unauthorized)
            let signedIn = try await browser.signIn()
            #expect(signedIn.status == .seeOther)
            let dashboard = try await browser.get("/admin")
            #expect(dashboard.status == .ok)
            #expect(dashboard.body.contains("Sign out (anna)"))
            let out = try await browser.post("/logout", [("_csrf", dashboard.csrf!)])
            #expect(out.location == "/login")
            #expect(try await browser.get("/admin").location == "/login")
        }
    }

    @Test("response rates per country and kind follow invitations, drafts and submissions")
    func rates() async throws {
        let world = try await TestWorld()
        let submitter = world.tokens["Politiezone Antwerpen"]!
        let drafter = world.tokens["Politie Rotterdam"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(submitter)")
            _ = try await browser.post("/s/\(submitter)", [("_csrf", form.csrf!), ("_lang", "nl")] + SampleAnswers.fields())
            let draft = try await browser.get("/s/\(drafter)")
            _ = try await browser.post("/s/\(drafter)/save", [("_csrf", draft.csrf!), ("q:unit", "AVIM")])
            _ = try await browser.signIn()
            let page = try await browser.get("/admin")
            let tables = page.body.components(separatedBy: "<table id=\"rates-").dropFirst()
            let be = try #require(tables.first { $0.hasPrefix("BE\"") })
            #expect(be.contains("<caption><h2 id=\"rates-heading-BE\">Belgium</h2></caption>"))
            #expect(be.contains(#"<th scope="row">police</th><td class="n">1</td><td class="n">0</td><td class="n">1</td><td class="n">100%</td>"#))
            #expect(be.contains(#"<th scope="row">prosecution</th><td class="n">1</td><td class="n">0</td><td class="n">0</td><td class="n">0%</td>"#))
            #expect(be.contains(#"<th scope="row">all services</th><td class="n">2</td><td class="n">0</td><td class="n">1</td><td class="n">50%</td>"#))
            let nl = try #require(tables.first { $0.hasPrefix("NL\"") })
            #expect(nl.contains(#"<td class="n">1</td><td class="n">1</td><td class="n">0</td>"#))
            #expect(page.body.contains(#"<th scope="row">all</th><td class="n">4</td><td class="n">1</td><td class="n">1</td><td class="n">25%</td><td class="n">0</td>"#))
        }
    }

    @Test("pages and reports write nothing; a download of the needs is logged with the coordinator's name")
    func readsNeverWrite() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            _ = try await browser.signIn()
            let logged = try await world.surveys.auditLog().count
            for path in ["/admin", "/admin/inventory", "/admin/invitations", "/admin/exports/inventory.md"] {
                #expect(try await browser.get(path).status == .ok, "\(path)")
            }
            #expect(try await world.surveys.auditLog().count == logged, "reading wrote to the audit log")
            #expect(try await browser.get("/admin/exports/needs.csv").status == .ok)
            let line = try #require(try await world.surveys.auditLog().last)
            #expect([line.action.rawValue, line.actor, line.subject, line.detail] == ["export", TestWorld.coordinatorName, "needs", "0 needs downloaded as CSV"])
        }
    }

    @Test("imported responses are shown apart and never raise the response rate")
    func importedApart() async throws {
        let world = try await TestWorld()
        let submitter = world.tokens["Politiezone Antwerpen"]!
        let csv = "id,country,service_kind,service,topic,headcount\nI1,BE,police,Zone Westkust,labour-exploitation,4\n"
            + "I2,BE,police,Zone Brussel-Noord,labour-exploitation,6\nI3,BE,police,Zone Gent,financial-investigation,3\n"
        _ = try await world.surveys.importNeeds(csv: Array(csv.utf8), name: "needs.csv", into: "thb-needs-2027", by: "test")
        try await world.run { browser in
            let form = try await browser.get("/s/\(submitter)")
            _ = try await browser.post("/s/\(submitter)", [("_csrf", form.csrf!), ("_lang", "nl")] + SampleAnswers.fields())
            _ = try await browser.signIn()
            let page = try await browser.get("/admin")
            let be = try #require(page.body.components(separatedBy: "<table id=\"rates-").first { $0.hasPrefix("BE\"") })
            // One invited police service answered; three more were imported: 100 %, not 400 %.
            #expect(be.contains(#"<th scope="row">police</th><td class="n">1</td><td class="n">0</td><td class="n">1</td><td class="n">100%</td><td class="n">3</td>"#))
            #expect(page.body.contains(#"<th scope="row">all</th><td class="n">4</td><td class="n">0</td><td class="n">1</td><td class="n">25%</td><td class="n">3</td>"#))
        }
    }

    @Test("an invitation made on the dashboard in a chosen language opens in it; a bad language or validity is explained")
    func invitationLanguage() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            _ = try await browser.signIn()
            let page = try await browser.get("/admin/invitations")
            #expect(page.body.contains(#"<select id="invite-language" name="language">"#))
            let made = try await browser.post("/admin/invitations", [("_csrf", page.csrf!), ("country", "BE"), ("kind", "prosecution"),
                                                                     ("service", "Parquet de Namur"), ("language", "fr"), ("days", "30")])
            let link = try #require(Page.first(#"<code class="invitation-link">http://127\.0\.0\.1:8080(/s/[A-Za-z0-9_-]+)</code>"#, in: made.body))
            // A Belgian service would open in Dutch; the coordinator chose French.
            #expect(try await browser.get(link).htmlLang == "fr")
            let refused = try await browser.post("/admin/invitations", [("_csrf", page.csrf!), ("country", "BE"), ("kind", "police"),
                                                                        ("service", "Zone X"), ("language", "xx"), ("days", "abc")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Language: choose Dutch, French, German or English"))
            #expect(refused.body.contains("Valid for: give a number of days from 1 to 730."))
            #expect(refused.body.contains(#"name="days" value="abc""#), "what was typed stays in the field")
        }
    }

    @Test("invite one service: the link is shown once and opens the survey")
    func inviteOne() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            _ = try await browser.signIn()
            let page = try await browser.get("/admin/invitations")
            let refused = try await browser.post("/admin/invitations", [("_csrf", page.csrf!), ("country", "BE"), ("kind", "police"), ("service", " "), ("email", "not-an-address")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Service: give the name of the service or unit."))
            #expect(refused.body.contains("E-mail: &quot;not-an-address&quot; is not an e-mail address."))
            let created = try await browser.post("/admin/invitations", [("_csrf", page.csrf!), ("country", "LU"), ("kind", "labour-inspection"),
                                                                        ("service", "ITM <Luxembourg>"), ("email", "itm@example.lu"), ("days", "30")])
            #expect(created.status == .ok)
            #expect(created.body.contains("ITM &lt;Luxembourg&gt;"))
            let link = try #require(Page.first(#"<code class="invitation-link">([^<]+)</code>"#, in: created.body))
            #expect(link.hasPrefix(world.settings.baseURL + "/s/"))
            let path = String(link.dropFirst(world.settings.baseURL.count))
            var respondent = Browser(client: browser.client)
            let survey = try await respondent.get(path)
            #expect(survey.status == .ok)
            #expect(survey.htmlLang == "fr")
            // The link is not shown again.
            #expect(!(try await browser.get("/admin/invitations")).body.contains(link))
        }
    }

    @Test("invite from a CSV: every bad line is listed and nobody is invited; a good file invites all")
    func inviteList() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            _ = try await browser.signIn()
            let page = try await browser.get("/admin/invitations")
            let bad = try await browser.upload("/admin/invitations/upload", fields: [("_csrf", page.csrf!)],
                                               file: ("file", "list.csv", "country,kind,service,email\nBE,police,Zone Gent,\nXX,police,Nowhere,\nNL,baker,Bakery,\n"))
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.contains("list.csv:3:"))
            #expect(bad.body.contains("list.csv:4:"))
            let good = try await browser.upload("/admin/invitations/upload", fields: [("_csrf", page.csrf!), ("days", "60")],
                                                file: ("file", "list.csv", "country,kind,service,email\nBE,police,Zone Gent,gent@example.be\nNL,labour-inspection,Arbeidsinspectie,\n"))
            #expect(good.status == .ok)
            #expect(Page.all(#"<code class="invitation-link">"#, in: good.body).count == 2)
            #expect(good.body.contains("BE,police,Zone Gent,gent@example.be,http"))
        }
        #expect(try await world.surveys.status(of: "thb-needs-2027").reduce(0) { $0 + $1.invited } == 6)
    }

    @Test("withdrawing an invitation closes its link")
    func revoke() async throws {
        let world = try await TestWorld()
        let liege = world.tokens["Parquet de Liège"]!
        let rotterdam = world.tokens["Politie Rotterdam"]!
        try await world.run { browser in
            _ = try await browser.signIn()
            let page = try await browser.get("/admin/invitations")
            for service in ["Parquet de Liège", "Politie Rotterdam"] {
                let withdrawn = try await browser.post("/admin/invitations/\(world.invitationIDs[service]!)/revoke", [("_csrf", page.csrf!)])
                #expect(withdrawn.location == "/admin/invitations?done=revoked")
            }
            #expect(try await browser.get("/admin/invitations?done=revoked").body.contains("The invitation was withdrawn."))
            var respondent = Browser(client: browser.client)
            #expect(try await respondent.get("/s/\(liege)").status == .notFound)
            #expect(try await respondent.get("/s/\(rotterdam)").status == .notFound)
            #expect(try await browser.post("/admin/invitations/99999/revoke", [("_csrf", page.csrf!)]).status == .notFound)
            #expect(try await browser.post("/admin/invitations/abc/revoke", [("_csrf", page.csrf!)]).status == .notFound)
        }
        #expect(try await world.surveys.status(of: "thb-needs-2027").reduce(0) { $0 + $1.invited } == 2)
    }

    @Test("the invitation list shows each state; reopening lets a submitted response be changed and submitted again")
    func reopen() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        let reopenID = world.invitationIDs["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            _ = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "nl")] + SampleAnswers.fields())
            _ = try await browser.signIn()
            let page = try await browser.get("/admin/invitations")
            #expect(page.body.contains("/admin/invitations/\(reopenID)/reopen"))
            #expect(page.body.contains("<td>submitted</td>"))
            #expect(page.body.contains("<td>invited</td>"))
            let reopened = try await browser.post("/admin/invitations/\(reopenID)/reopen", [("_csrf", page.csrf!)])
            #expect(reopened.location == "/admin/invitations?done=reopened")
            var respondent = Browser(client: browser.client)
            let editable = try await respondent.get("/s/\(token)")
            #expect(editable.body.contains("<form id=\"survey\""))
            #expect(editable.body.contains(#"value="Politiezone Antwerpen""#))
            let resubmitted = try await respondent.post("/s/\(token)", [("_csrf", try #require(editable.csrf)), ("_lang", "nl")] + SampleAnswers.fields(staff: "55"))
            #expect(resubmitted.location == "/s/\(token)/receipt?lang=nl")
        }
    }

    @Test("the needs CSV and the inventory reports are downloads; the heatmap shows the topics asked for")
    func exports() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            _ = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "nl")] + SampleAnswers.fields())
            _ = try await browser.signIn()
            let csv = try await browser.get("/admin/exports/needs.csv")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.contains("attachment; filename=\"thb-needs-2027-needs.csv\"") == true)
            #expect(csv.body.hasPrefix("\u{FEFF}id,"))
            #expect(csv.body.contains(",BE,police,Politiezone Antwerpen,"))
            #expect(csv.body.contains("labour-exploitation"))
            #expect(csv.body.contains("Interviewing minors with an interpreter"))
            for format in ["md", "csv", "svg", "html"] {
                let report = try await browser.get("/admin/exports/inventory.\(format)")
                #expect(report.status == .ok, "inventory.\(format)")
                #expect(report.headers[.contentDisposition]?.contains("inventory.\(format)") == true)
            }
            #expect(try await browser.get("/admin/exports/inventory.exe").status == .notFound)
            for file in ["needs.xlsx", "inventory.xlsx"] {
                let workbook = try await browser.get("/admin/exports/\(file)")
                #expect(workbook.status == .ok, "\(file)")
                #expect(workbook.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                #expect(workbook.headers[.contentDisposition]?.contains("thb-needs-2027-\(file)") == true)
                #expect(workbook.body.hasPrefix("PK"), "a zip container")
            }
            #expect(Download.contentType(for: "plan-3-plan.ics") == "text/calendar; charset=utf-8")
            for format in ["md", "html", "svg"] {
                let french = try await browser.get("/admin/exports/inventory.\(format)?lang=fr")
                #expect(french.body.contains("Besoins de formation par thème, pays et type de service"), "inventory.\(format) in French")
                #expect(!french.body.contains("Training needs by topic, country and kind of service"), "inventory.\(format) without the English title")
            }
            #expect(Download.contentType(for: "plan-3-plan.ics") == "text/calendar; charset=utf-8")
            for format in ["md", "html", "svg"] {
                let french = try await browser.get("/admin/exports/inventory.\(format)?lang=fr")
                #expect(french.body.contains("Besoins de formation par thème, pays et type de service"), "inventory.\(format) in French")
                #expect(!french.body.contains("Training needs by topic, country and kind of service"), "inventory.\(format) without the English title")
            }
            let dashboard = try await browser.get("/admin")
            #expect(dashboard.body.contains("/admin/exports/needs.xlsx") && dashboard.body.contains("/admin/exports/inventory.xlsx"))
            let heatmap = try await browser.get("/admin/inventory")
            #expect(heatmap.body.contains("<table class=\"heatmap\">"))
            #expect(heatmap.body.contains("BE police"))
            #expect(heatmap.body.contains("heat-5"))
            #expect(Page.all(#"<th scope="row">"#, in: heatmap.body).count >= 2)
        }
    }
}
