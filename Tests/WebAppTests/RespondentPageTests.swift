import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SurveyDefinition
import SurveyStore
import Testing
@testable import WebApp
import TrainingModel

@Suite("respondent pages")
struct RespondentPageTests {
    @Test("the page opens in the service's language and switches with ?lang=")
    func language() async throws {
        let world = try await TestWorld()
        let tokens = world.tokens
        try await world.run { browser in
            #expect(try await browser.get("/s/\(tokens["Politie Rotterdam"]!)").htmlLang == "nl")
            #expect(try await browser.get("/s/\(tokens["Politiezone Antwerpen"]!)").htmlLang == "nl")
            let french = try await browser.get("/s/\(tokens["Parquet de Liège"]!)", headers: [.acceptLanguage: "fr-BE,fr;q=0.9,en;q=0.5"])
            #expect(french.htmlLang == "fr")
            #expect(french.body.contains("Suivant"))
            #expect(french.body.contains("Étape 1 sur 6"))
            #expect(try await browser.get("/s/\(tokens["Police grand-ducale"]!)").htmlLang == "fr")
            #expect(try await browser.get("/s/\(tokens["Police grand-ducale"]!)", headers: [.acceptLanguage: "de-LU"]).htmlLang == "de")
            let english = try await browser.get("/s/\(tokens["Politie Rotterdam"]!)?lang=en")
            #expect(english.htmlLang == "en")
            #expect(english.body.contains("Training needs on trafficking in human beings 2027"))
            #expect(english.body.contains("aria-current=\"true\">English"))
            // An unknown language falls back to the service's.
            #expect(try await browser.get("/s/\(tokens["Politie Rotterdam"]!)?lang=xx").htmlLang == "nl")
        }
    }

    @Test("every section is a page of the form, the topics a table of their own; labels tied to their fields on every page")
    func formStructure() async throws {
        let world = try await TestWorld()
        let decoded = try await world.surveys.latestVersion(of: "thb-needs-2027").decoded()
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            var titles: [String] = []
            for number in 1...6 {
                let page = try await browser.get("/s/\(token)?lang=fr&page=\(number)")
                #expect(page.status == .ok)
                #expect(page.body.contains("Étape \(number) sur 6"))
                #expect(page.body.contains(#"<input type="hidden" name="_page" value="\#(number)">"#))
                // One step of the progress list is the current one.
                #expect(Page.all(#"<li aria-current="step">"#, in: page.body).count == 1)
                #expect(Page.all(#"<ol class="steps"[^>]*>(?:\s*<li[^>]*>.*?</li>)+"#, in: page.body).count == 1)
                titles += Page.all(#"<h2 id="s\d+">([^<]+)</h2>"#, in: page.body)
                // Every visible field has a label (or a name from the table) pointing at it.
                let fieldIDs = Page.all(#"<(?:input|select|textarea)(?![^>]*type="hidden")[^>]*\sid="([^"]+)""#, in: page.body)
                let labelTargets = Set(Page.all(#"<label for="([^"]+)""#, in: page.body))
                // The topic table's radio buttons sit inside their label and are named by the row and the column.
                let named = Set(Page.all(#"<label class="cell"><input type="radio" id="([^"]+)"[^>]* aria-labelledby="q6-r\d+-topic q6-col-[a-z]+""#, in: page.body))
                #expect(fieldIDs.allSatisfy { labelTargets.contains($0) || named.contains($0) },
                        "page \(number), fields without label: \(fieldIDs.filter { !labelTargets.contains($0) && !named.contains($0) })")
                #expect(labelTargets.allSatisfy(Set(fieldIDs).contains))
                #expect(Set(fieldIDs).count == fieldIDs.count, "ids are unique")
                // Next on every page but the last, which submits; Back on every page but the first.
                #expect(page.body.contains(#"name="_go" value="next" class="primary""#) == (number < 6))
                #expect(page.body.contains(#"id="submit" data-once>Envoyer les réponses</button>"#) == (number == 6))
                #expect(page.body.contains(#"name="_go" value="back""#) == (number > 1))
            }
            for section in decoded.sections {
                #expect(titles.contains(section.titles[.french]!), "section \(section.id)")
            }
            #expect(titles.contains("Précisions par thème choisi"))
            // The topics: one table row per topic, four relevance choices each.
            let topics = try await browser.get("/s/\(token)?lang=fr&page=2").body
            let rows = decoded.questions.first { $0.kind == .matrix }!.rows
            #expect(Page.all(#"<tr id="q6-r\d+">"#, in: topics).count == rows.count)
            #expect(Page.all(#"<label class="cell"><input type="radio" id="q6-r\d+-relevance[^"]*" name="m:needs-matrix:[a-z-]+:relevance""#, in: topics).count == rows.count * 4)
            #expect(topics.contains(#"aria-labelledby="q6-r1-topic q6-col-high""#))
            // Nothing chosen yet: the details page says so and has no row.
            let details = try await browser.get("/s/\(token)?lang=fr&page=3").body
            #expect(details.contains("Vous n&#39;avez encore choisi aucun thème."))
            #expect(!details.contains("<fieldset class=\"topic"))
            let first = try await browser.get("/s/\(token)?lang=fr").body
            // The service is filled in from the invitation.
            #expect(first.contains(#"value="Politiezone Antwerpen""#))
            // Enter in a text field goes on: the form's first submit button is a hidden Next.
            #expect(first.range(of: #"class="default-action""#)!.lowerBound < first.range(of: #"name="_switch""#)!.lowerBound)
            // The conditional question says when it applies.
            #expect(try await browser.get("/s/\(token)?lang=fr&page=5").body.contains("data-show-if=\"q:joint-countries\" data-show-value=\"no\""))
        }
    }

    @Test("the language switch on the form keeps what was typed: it saves the draft, then opens the page in the new language")
    func switchKeepsAnswers() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            #expect(form.body.contains(#"<button type="submit" form="survey" formaction="/s/\#(token)/save" name="_switch" value="de" lang="de""#))
            let switched = try await browser.post("/s/\(token)/save", [("_csrf", form.csrf!), ("_lang", "nl"), ("_switch", "de"), ("q:unit", "Zone Antwerpen")])
            #expect(switched.location == "/s/\(token)?lang=de&saved=1")
            // Coming back without ?lang= opens in the language of the saved draft.
            let again = try await browser.get("/s/\(token)")
            #expect(again.htmlLang == "de")
            #expect(again.body.contains(#"value="Zone Antwerpen""#))
            #expect(again.body.contains("Entwurf speichern"))
        }
    }

    @Test("a draft saved with the button is there when the link is opened again")
    func draftWithoutScript() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        let id = world.invitationIDs["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            let saved = try await browser.post("/s/\(token)/save", [("_csrf", form.csrf!), ("_lang", "nl")] + SampleAnswers.fields(unit: "Zone Antwerpen – cel mensenhandel"))
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/s/\(token)?lang=nl&saved=1")
            let again = try await browser.get(saved.location!)
            #expect(again.body.contains("Concept opgeslagen."))
            #expect(again.body.contains(#"value="Zone Antwerpen – cel mensenhandel""#))
            #expect(try await browser.get("/s/\(token)?page=2").body.contains(#"name="m:needs-matrix:labour-exploitation:relevance" value="high" checked"#))
            #expect(try await browser.get("/s/\(token)?page=3").body.contains(#"name="m:needs-matrix:labour-exploitation:staff" value="12""#))
            #expect(try await browser.get("/s/\(token)?page=5").body.contains(#"value="2027-Q2""#))
            // A fresh visit (another browser) finds the same answers.
            var other = Browser(client: browser.client)
            let fresh = try await other.get("/s/\(token)")
            #expect(fresh.body.contains(#"value="Zone Antwerpen – cel mensenhandel""#))
        }
        let revisions = try await world.surveys.revisions(ofInvitation: id)
        #expect(revisions.count == 1)
        #expect(revisions[0].state == .draft)
    }

    @Test("a save posts with the token in a header and answers JSON; an unchanged save adds nothing and names the revision that holds it")
    func autosave() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politie Rotterdam"]!
        let id = world.invitationIDs["Politie Rotterdam"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            let csrf = form.csrf!
            let headers: HTTPFields = [HTTPField.Name("X-CSRF-Token")!: csrf, .accept: "application/json"]
            let first = try await browser.post("/s/\(token)/save", [("_lang", "nl"), ("q:unit", "AVIM Rotterdam")], headers: headers)
            #expect(first.status == .ok)
            #expect(first.body == #"{"revision":1}"#)
            let second = try await browser.post("/s/\(token)/save", [("_lang", "nl"), ("q:unit", "AVIM Rotterdam")], headers: headers)
            #expect(second.body == #"{"revision":1}"#)
            let third = try await browser.post("/s/\(token)/save", [("_lang", "nl"), ("q:unit", "AVIM Rotterdam-Rijnmond")], headers: headers)
            #expect(third.body == #"{"revision":2}"#)
        }
        #expect(try await world.surveys.revisions(ofInvitation: id).count == 2)
    }

    @Test("the page's own saves are compacted to the latest; every save the respondent made is kept")
    func autosavesCompacted() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politie Rotterdam"]!
        let id = world.invitationIDs["Politie Rotterdam"]!
        try await world.run { browser in
            let csrf = try await browser.get("/s/\(token)").csrf!
            let headers: HTTPFields = [HTTPField.Name("X-CSRF-Token")!: csrf, .accept: "application/json"]
            func save(_ unit: String, auto: Bool) async throws -> String {
                try await browser.post("/s/\(token)/save", [("_lang", "nl"), ("q:unit", unit)] + (auto ? [("_autosave", "1")] : []),
                                       headers: headers).body
            }
            #expect(try await save("A", auto: false) == #"{"revision":1}"#)
            #expect(try await save("AB", auto: true) == #"{"revision":2}"#)
            #expect(try await save("ABC", auto: true) == #"{"revision":3}"#)
            #expect(try await world.surveys.revisions(ofInvitation: id).map(\.number) == [1, 3])
            // The Save button on what autosave already stored keeps it for good.
            #expect(try await save("ABC", auto: false) == #"{"revision":4}"#)
            #expect(try await save("ABCD", auto: true) == #"{"revision":5}"#)
            #expect(try await save("ABCD", auto: true) == #"{"revision":5}"#)
            #expect(try await world.surveys.revisions(ofInvitation: id).map(\.number) == [1, 4, 5])
            // What the page shows next is the last acknowledged save.
            #expect(try await browser.get("/s/\(token)").body.contains(#"value="ABCD""#))
        }
    }

    @Test("one link cannot flood the store: saves past the rate get 429, and the answers kept stay readable")
    func saveRateLimited() async throws {
        var settings = WebSettings()
        settings.draftSaveLimit = .init(failures: 5, window: 60)
        let world = try await TestWorld(settings: settings)
        let token = world.tokens["Politie Rotterdam"]!
        try await world.run { browser in
            let csrf = try await browser.get("/s/\(token)").csrf!
            let headers: HTTPFields = [HTTPField.Name("X-CSRF-Token")!: csrf, .accept: "application/json"]
            for index in 1...5 {
                let saved = try await browser.post("/s/\(token)/save", [("q:unit", "unit \(index)")], headers: headers)
                #expect(saved.status == .ok)
            }
            let refused = try await browser.post("/s/\(token)/save", [("q:unit", "unit 6")], headers: headers)
            #expect(refused.status == .tooManyRequests)
            #expect(Int(refused.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(try await browser.get("/s/\(token)").body.contains(#"value="unit 5""#))
            world.clock.advance(by: 61)
            #expect(try await browser.post("/s/\(token)/save", [("q:unit", "unit 7")], headers: headers).status == .ok)
        }
    }

    @Test("required answers, constraints and formats are explained next to their fields, and the answers are kept")
    func problemsNextToFields() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)?lang=fr")
            var fields = SampleAnswers.fields().filter { !["q:joint-services", "q:thb-staff", "q:preferred-period", "m:needs-matrix:labour-exploitation:staff"].contains($0.0) }
            fields += [("q:thb-staff", "-3"), ("q:preferred-period", "printemps 2027"),
                       ("m:needs-matrix:child-trafficking:staff", "beaucoup"),
                       ("m:needs-matrix:labour-exploitation:staff", "9223372036854775807")]
            let page = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "fr")] + fields)
            #expect(page.status == .unprocessableContent)
            #expect(page.htmlLang == "fr")
            #expect(page.body.contains(#"<div class="error-summary" id="error-summary" role="alert""#))
            // The first page holding a problem is shown, its problem next to the field.
            #expect(page.body.contains("Étape 1 sur 6"))
            let staff = page.block(around: "q4")
            #expect(staff.contains("Le nombre doit être au moins égal à 0."))
            #expect(staff.contains(#"aria-invalid="true""#))
            #expect(page.body.contains(##"<a href="#q4-input">"##))
            #expect(page.body.contains(#"value="-3""#), "nothing typed is lost")
            // The summary names every problem and links to the page holding it.
            #expect(page.body.contains("Veuillez répondre à cette question."))
            #expect(page.body.contains("Indiquez la période sous la forme année et trimestre, par exemple 2027-Q2."))
            #expect(page.body.contains("Le nombre de collaborateurs à former doit être un nombre entier de 0 à 1\u{202F}000\u{202F}000."))
            let period = try #require(Page.first(#"<a href="(/s/[^"]+page=5&amp;check=1#q17-input)">"#, in: page.body))
            #expect(page.body.contains("(étape 5) — Indiquez la période"))
            // That page shows the problems next to their fields, with what was typed.
            let fifth = try await browser.get(period.replacingOccurrences(of: "&amp;", with: "&"))
            #expect(fifth.body.contains("Étape 5 sur 6"))
            #expect(fifth.block(around: "q17").contains("Indiquez la période sous la forme année et trimestre"))
            #expect(fifth.body.contains(#"value="printemps 2027""#))
            let services = fifth.body.components(separatedBy: "class=\"question has-error\"").dropFirst().map { String($0.prefix(3_000)) }
            #expect(services.contains { $0.contains("Veuillez répondre à cette question.") && $0.contains("q:joint-services") })
            let third = try await browser.get("/s/\(token)?lang=fr&page=3&check=1")
            #expect(third.block(around: "q6-r6-staff-error", length: 300).contains("un nombre entier de 0 à 1\u{202F}000\u{202F}000."))
        }
        let revisions = try await world.surveys.revisions(ofInvitation: world.invitationIDs["Politiezone Antwerpen"]!)
        #expect(revisions.map(\.state) == [.draft])
    }

    @Test("an answer to a question whose condition does not hold is ignored")
    func conditions() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            let fields = SampleAnswers.fields() + [("q:joint-countries-why", "Not asked: joint-countries is yes")]
            let submitted = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "nl")] + fields)
            #expect(submitted.status == .seeOther)
            let receipt = try await browser.get(submitted.location!)
            #expect(!receipt.body.contains("Not asked: joint-countries is yes"))
        }
    }

    @Test("submitting twice is one submission; the receipt has the contribution id and a copy; the form is read-only after")
    func submitOnce() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politiezone Antwerpen"]!
        let id = world.invitationIDs["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            let fields = [("_csrf", form.csrf!), ("_lang", "nl")] + SampleAnswers.fields(unit: "Zone <b>Antwerpen</b>")
            let client = browser.client
            async let first = client.execute(uri: "/s/\(token)", method: .post,
                                                     headers: [.contentType: "application/x-www-form-urlencoded"],
                                                     body: .init(string: Browser.encode(fields)))
            async let second = client.execute(uri: "/s/\(token)", method: .post,
                                                      headers: [.contentType: "application/x-www-form-urlencoded"],
                                                      body: .init(string: Browser.encode(fields)))
            let responses = try await [first, second]
            #expect(responses.map(\.status) == [.seeOther, .seeOther])
            #expect(responses.allSatisfy { $0.headers[.location] == "/s/\(token)/receipt?lang=nl" })
            let receipt = try await browser.get("/s/\(token)/receipt?lang=nl")
            let contribution = Page.first(#"<dd id="contribution-id">([A-Z0-9]+)</dd>"#, in: receipt.body)
            #expect(contribution?.count == 8)
            #expect(receipt.body.contains("Bedankt, uw antwoorden zijn verzonden"))
            #expect(receipt.body.contains("data-print"))
            #expect(receipt.body.contains("Zone &lt;b&gt;Antwerpen&lt;/b&gt;"))
            #expect(receipt.body.contains("<th scope=\"row\">"), "the topic matrix as a table")
            // Read-only afterwards: no form, and saving changes nothing.
            let again = try await browser.get("/s/\(token)")
            #expect(!again.body.contains("<form id=\"survey\""))
            #expect(again.body.contains(contribution ?? "-"))
            let late = try await browser.post("/s/\(token)/save", [("_csrf", form.csrf!), ("_lang", "nl"), ("q:unit", "changed")])
            #expect(late.status == .seeOther)
            let lateSubmit = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "nl"), ("q:unit", "changed")])
            #expect(lateSubmit.location == "/s/\(token)/receipt?lang=nl")
        }
        let revisions = try await world.surveys.revisions(ofInvitation: id)
        #expect(revisions.filter { $0.state == .submitted }.count == 1)
        #expect(revisions.allSatisfy { $0.answers["unit"] != .text("changed") })
    }

    @Test("what a respondent typed is escaped wherever it is shown")
    func escaping() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politie Rotterdam"]!
        let hostile = #"<script>alert("x")</script>' onmouseover='alert(1)"#
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            _ = try await browser.post("/s/\(token)/save", [("_csrf", form.csrf!), ("_lang", "nl"), ("q:unit", hostile), ("q:other-needs", hostile)])
            let page = try await browser.get("/s/\(token)")
            #expect(!page.body.contains("<script>alert"))
            #expect(!page.body.contains("' onmouseover='"))
            #expect(page.body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;alert(1)"))
            let refused = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "nl"), ("q:unit", hostile), ("q:thb-staff", hostile)])
            #expect(refused.status == .unprocessableContent)
            #expect(!refused.body.contains("<script>alert"))
        }
    }
}
