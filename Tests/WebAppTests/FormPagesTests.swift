import Foundation
import HTTPTypes
import SurveyDefinition
import SurveyStore
import Testing
@testable import WebApp
import TrainingModel

/// The survey form in pages, answered with plain form posts as a browser without script sends
/// them: each page saved as a draft when the respondent goes on or back, a redirect after
/// every save, problems on the page that holds them.
@Suite("survey form pages")
struct FormPagesTests {
    static let chosen = ["labour-exploitation", "victim-interviewing", "financial-investigation", "child-trafficking", "digital-evidence"]

    /// The fields of each page of the shipped survey, answered for five topics.
    static func page(_ number: Int) -> [(String, String)] {
        switch number {
        case 1:
            [("q:country", "BE"), ("q:service-kind", "prosecution"), ("q:unit", "Parquet de Liège"), ("q:thb-staff", "25"),
             ("q:working-languages", "fr"), ("q:working-languages", "nl")]
        case 2:
            chosen.map { ("m:needs-matrix:\($0):relevance", $0 == "child-trafficking" ? "medium" : "high") }
                + [("m:needs-matrix:sexual-exploitation:relevance", "none")]
        case 3:
            chosen.enumerated().flatMap { index, topic -> [(String, String)] in
                let row = "m:needs-matrix:\(topic):"
                return [(row + "current-level", "1"), (row + "required-level", "3"), (row + "priority", String(4 - index % 4)),
                        (row + "staff", String(10 + index))]
            }
        case 4:
            [("q:other-needs", "Auditions de mineurs avec interprète"), ("q:other-needs-staff", "8"), ("q:other-needs-priority", "3"),
             ("q:other-needs-current-level", "1"), ("q:other-needs-required-level", "2"),
             ("r:top-priorities:labour-exploitation", "1"), ("r:top-priorities:child-trafficking", "2"),
             ("r:top-priorities:digital-evidence", "3")]
        case 5:
            [("q:delivery-modes", "onsite"), ("q:training-languages", "fr"), ("q:duration", "2-3-days"), ("q:preferred-period", "2027-Q3"),
             ("q:joint-countries", "yes"), ("q:joint-services", "maybe")]
        default:
            [("q:prior-training-kinds", "cepol-elearning"), ("q:prior-courses", "CEPOL 44/2025")]
        }
    }

    /// Posts page `number` with `fields` and the button `go` (next, back, or nil for Save draft).
    static func post(_ browser: inout Browser, token: String, csrf: String, page number: Int, _ fields: [(String, String)],
                     go: String? = "next", language: String = "fr") async throws -> Page {
        try await browser.post("/s/\(token)/save", [("_csrf", csrf), ("_lang", language), ("_page", String(number))]
            + (go.map { [("_go", $0)] } ?? []) + fields)
    }

    @Test("each page is saved as a draft when the respondent goes on, merged into what the other pages hold; every move is a redirect")
    func pagesSavedAsDrafts() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Parquet de Liège"]!
        let id = world.invitationIDs["Parquet de Liège"]!
        try await world.run { browser in
            let csrf = try #require(try await browser.get("/s/\(token)?lang=fr").csrf)
            let first = try await Self.post(&browser, token: token, csrf: csrf, page: 1, Self.page(1))
            #expect(first.status == .seeOther)
            #expect(first.location == "/s/\(token)?lang=fr&page=2#main")
            let second = try await Self.post(&browser, token: token, csrf: csrf, page: 2, Self.page(2))
            #expect(second.location == "/s/\(token)?lang=fr&page=3#main")

            // The details page has one row per chosen topic, and only those.
            let details = try await browser.get("/s/\(token)?lang=fr&page=3")
            #expect(details.body.contains("Étape 3 sur 6"))
            #expect(Page.all(#"<fieldset class="topic" id="q6-r\d+" data-topic>"#, in: details.body).count == 5)
            #expect(!details.body.contains("m:needs-matrix:sexual-exploitation:"))
            #expect(!details.body.contains("m:needs-matrix:labour-exploitation:relevance"), "the relevance was asked on the page before")
            // The "no gap" box waits until the levels call for it.
            #expect(details.body.contains(#"<div class="field field-check" data-no-gap hidden>"#))

            let third = try await Self.post(&browser, token: token, csrf: csrf, page: 3, Self.page(3))
            #expect(third.location == "/s/\(token)?lang=fr&page=4#main")
            // Back saves too, and goes back.
            let back = try await Self.post(&browser, token: token, csrf: csrf, page: 4, Self.page(4), go: "back")
            #expect(back.location == "/s/\(token)?lang=fr&page=3#main")
            #expect(try await browser.get("/s/\(token)?lang=fr&page=4").body.contains(#"<option value="3" selected>"#))
        }
        let revisions = try await world.surveys.revisions(ofInvitation: id)
        #expect(revisions.count == 4)
        #expect(revisions.allSatisfy { $0.state == .draft })
        let latest = try #require(revisions.last).answers
        // Every page's answers are in the latest draft, in the format drafts always had.
        #expect(latest["unit"] == .text("Parquet de Liège"))
        #expect(latest["thb-staff"] == .number(25))
        #expect(latest["top-priorities"] == .list(["labour-exploitation", "child-trafficking", "digital-evidence"]))
        guard case .matrix(let rows) = latest["needs-matrix"] else { Issue.record("no matrix"); return }
        #expect(rows["labour-exploitation"] == TopicAnswer(relevance: .high, currentLevel: 1, requiredLevel: 3, priority: 4, staff: 10))
        #expect(rows["child-trafficking"]?.relevance == .medium)
        #expect(rows["sexual-exploitation"] == TopicAnswer(relevance: Relevance.none))
        #expect(Set(rows.keys) == Set(Self.chosen + ["sexual-exploitation"]))
    }

    @Test("a reload or the back button never posts again: pages are shown by GET, and showing adds no draft")
    func backButtonSafe() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Parquet de Liège"]!
        let id = world.invitationIDs["Parquet de Liège"]!
        try await world.run { browser in
            let csrf = try #require(try await browser.get("/s/\(token)?lang=fr").csrf)
            let moved = try await Self.post(&browser, token: token, csrf: csrf, page: 1, Self.page(1))
            #expect(moved.status == .seeOther)
            // What the browser does after the redirect, after a reload, and after Back.
            for address in ["/s/\(token)?lang=fr&page=2", "/s/\(token)?lang=fr&page=2", "/s/\(token)?lang=fr"] {
                let page = try await browser.get(address)
                #expect(page.status == .ok)
            }
            #expect(try await browser.get("/s/\(token)?lang=fr").body.contains(#"name="q:thb-staff" value="25""#))
        }
        #expect(try await world.surveys.revisions(ofInvitation: id).count == 1)
    }

    @Test("a topic no longer chosen loses its details, so that a hidden row never becomes a need")
    func untickedTopicDropped() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Parquet de Liège"]!
        let id = world.invitationIDs["Parquet de Liège"]!
        try await world.run { browser in
            let csrf = try #require(try await browser.get("/s/\(token)?lang=fr").csrf)
            _ = try await Self.post(&browser, token: token, csrf: csrf, page: 2, Self.page(2))
            _ = try await Self.post(&browser, token: token, csrf: csrf, page: 3, Self.page(3))
            let fewer = Self.page(2).filter { !$0.0.contains(":digital-evidence:") }
            _ = try await Self.post(&browser, token: token, csrf: csrf, page: 2, fewer)
            let details = try await browser.get("/s/\(token)?lang=fr&page=3").body
            #expect(Page.all(#"<fieldset class="topic" id="q6-r\d+" data-topic>"#, in: details).count == 4)
        }
        let latest = try #require(try await world.surveys.revisions(ofInvitation: id).last).answers
        guard case .matrix(let rows) = latest["needs-matrix"] else { Issue.record("no matrix"); return }
        #expect(rows["digital-evidence"] == nil)
        #expect(rows["labour-exploitation"]?.staff == 10, "the other topics keep their details")
    }

    @Test("the whole survey without script: plain posts page by page, submitted on the last page, reach the receipt and the needs export")
    func wholeSurveyWithoutScript() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Parquet de Liège"]!
        try await world.run { browser in
            var page = try await browser.get("/s/\(token)?lang=fr")
            let csrf = try #require(page.csrf)
            for number in 1...5 {
                let moved = try await Self.post(&browser, token: token, csrf: csrf, page: number, Self.page(number))
                #expect(moved.status == .seeOther, "page \(number)")
                page = try await browser.get(String(moved.location!.prefix { $0 != "#" }))
                #expect(page.body.contains("Étape \(number + 1) sur 6"))
            }
            #expect(page.body.contains(#"<button type="submit" class="primary" id="submit" data-once>Envoyer les réponses</button>"#))
            let submitted = try await browser.post("/s/\(token)", [("_csrf", csrf), ("_lang", "fr"), ("_page", "6")] + Self.page(6))
            #expect(submitted.status == .seeOther)
            #expect(submitted.location == "/s/\(token)/receipt?lang=fr")
            let receipt = try await browser.get(submitted.location!)
            #expect(receipt.body.contains("Merci, vos réponses ont été envoyées"))
            #expect(receipt.body.contains("CEPOL 44/2025"))
            _ = try await browser.signIn()
            let needs = try await browser.get("/admin/exports/needs.csv").body
            let mine = needs.split(whereSeparator: \.isNewline).filter { $0.contains("Parquet de Liège") }
            // Five topics and the free-text need.
            #expect(mine.count == 6, "\(needs)")
            #expect(mine.contains { $0.contains(",labour-exploitation,") && $0.contains(",4,1,3,10,") })
        }
    }

    @Test("a current level above the required one keeps the respondent on the details page, explained next to the field, with what was typed")
    func crossFieldRefusalOnItsPage() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Police grand-ducale"]!
        let id = world.invitationIDs["Police grand-ducale"]!
        try await world.run { browser in
            let csrf = try #require(try await browser.get("/s/\(token)?lang=de").csrf)
            _ = try await Self.post(&browser, token: token, csrf: csrf, page: 2, Self.page(2), language: "de")
            let row = "m:needs-matrix:labour-exploitation:"
            let above = Self.page(3).filter { ![row + "current-level", row + "required-level", row + "staff"].contains($0.0) }
                + [(row + "current-level", "3"), (row + "required-level", "1"), (row + "staff", "zwölf")]
            let refused = try await Self.post(&browser, token: token, csrf: csrf, page: 3, above, language: "de")
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Schritt 3 von 6"))
            #expect(refused.body.contains("Bitte prüfen Sie die folgenden Antworten, bevor Sie fortfahren:"))
            #expect(refused.block(around: "q6-r6-required-level-error", length: 600).contains("Das aktuelle Niveau liegt über dem erforderlichen Niveau."))
            // The "no gap" box is offered next to it, and what was typed is there.
            #expect(refused.body.contains(#"<div class="field field-check" data-no-gap>"#))
            #expect(refused.body.contains(#"name="m:needs-matrix:labour-exploitation:staff" value="zwölf""#))
            #expect(refused.block(around: "q6-r6-current-level", length: 900).contains(#"<option value="3" selected>"#))
            #expect(refused.body.contains(##"<a href="#q6-r6-required-level">"##))

            // Ticking "no gap" lets the respondent go on.
            let noGap = above.filter { $0.0 != row + "staff" } + [(row + "staff", "12"), (row + "no-gap", "1")]
            let accepted = try await Self.post(&browser, token: token, csrf: csrf, page: 3, noGap, language: "de")
            #expect(accepted.location == "/s/\(token)?lang=de&page=4#main")
        }
        // The refused page was kept as a draft too (what could be kept of it).
        let revisions = try await world.surveys.revisions(ofInvitation: id)
        #expect(revisions.count == 3)
    }

    @Test("a ranking clash keeps the respondent on its page with the ranks as typed; Back with it does not lose them either")
    func rankingClashKeptAsTyped() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Parquet de Liège"]!
        let id = world.invitationIDs["Parquet de Liège"]!
        try await world.run { browser in
            let csrf = try #require(try await browser.get("/s/\(token)?lang=fr").csrf)
            _ = try await Self.post(&browser, token: token, csrf: csrf, page: 2, Self.page(2))
            _ = try await Self.post(&browser, token: token, csrf: csrf, page: 4, Self.page(4))
            let clash = Self.page(4).filter { !$0.0.hasPrefix("r:") }
                + [("r:top-priorities:labour-exploitation", "1"), ("r:top-priorities:child-trafficking", "1"), ("r:top-priorities:digital-evidence", "2")]
            for go in ["next", "back"] {
                let refused = try await Self.post(&browser, token: token, csrf: csrf, page: 4, clash, go: go)
                #expect(refused.status == .unprocessableContent, "\(go)")
                #expect(refused.body.contains("Étape 4 sur 6"))
                #expect(refused.block(around: "q13-error", length: 300).contains("Le rang 1 est attribué à plusieurs thèmes."))
                let ranking = refused.block(around: "q13-error", length: 8_000)
                #expect(ranking.contains(#"name="r:top-priorities:labour-exploitation"><option value="">— aucun —</option><option value="1" selected>"#))
                #expect(ranking.contains(#"name="r:top-priorities:child-trafficking"><option value="">— aucun —</option><option value="1" selected>"#))
                #expect(ranking.contains(#"name="r:top-priorities:digital-evidence"><option value="">— aucun —</option><option value="1">1</option><option value="2" selected>"#))
                // Only the five chosen topics are offered.
                #expect(Page.all(#"name="r:top-priorities:"#, in: refused.body).count == 5)
            }
        }
        // The clash is not stored as a ranking: the last settled one stays.
        let latest = try #require(try await world.surveys.revisions(ofInvitation: id).last).answers
        #expect(latest["top-priorities"] == nil || latest["top-priorities"] == .list(["labour-exploitation", "child-trafficking", "digital-evidence"]))
    }

    @Test("submitting on the last page checks the whole answer set: the respondent is brought to the first page holding a problem, the others linked")
    func submitBringsToProblemPage() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Parquet de Liège"]!
        try await world.run { browser in
            let csrf = try #require(try await browser.get("/s/\(token)?lang=fr").csrf)
            for number in [2, 3, 4] {
                _ = try await Self.post(&browser, token: token, csrf: csrf, page: number, Self.page(number))
            }
            // Page 1 (staff number) and page 5 (joint training) were never answered; country,
            // kind and unit come from the invitation.
            let refused = try await browser.post("/s/\(token)", [("_csrf", csrf), ("_lang", "fr"), ("_page", "6")] + Self.page(6))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Étape 1 sur 6"))
            #expect(refused.body.contains("Veuillez vérifier les réponses suivantes avant l&#39;envoi :"))
            #expect(refused.block(around: "q4", length: 800).contains("Veuillez répondre à cette question."))
            #expect(refused.body.contains(##"<a href="#q4-input">"##))
            let joint = try #require(Page.first(#"<a href="(/s/[^"]+&amp;page=5&amp;check=1#q18-c1)">"#, in: refused.body))
            let fifth = try await browser.get(joint.replacingOccurrences(of: "&amp;", with: "&"))
            #expect(fifth.body.contains("Étape 5 sur 6"))
            #expect(fifth.block(around: "q18", length: 1_500).contains("Veuillez répondre à cette question."))
            // The last page's answers were kept.
            #expect(try await browser.get("/s/\(token)?lang=fr&page=6").body.contains(">CEPOL 44/2025</textarea>"))
        }
        let revisions = try await world.surveys.revisions(ofInvitation: world.invitationIDs["Parquet de Liège"]!)
        #expect(!revisions.contains { $0.state == .submitted })
    }

    @Test("autosave of a page merges that page's fields only, and the language switch keeps the page")
    func autosaveAndSwitchPerPage() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Parquet de Liège"]!
        let id = world.invitationIDs["Parquet de Liège"]!
        try await world.run { browser in
            let csrf = try #require(try await browser.get("/s/\(token)?lang=fr").csrf)
            _ = try await Self.post(&browser, token: token, csrf: csrf, page: 1, Self.page(1))
            let headers: HTTPFields = [HTTPField.Name("X-CSRF-Token")!: csrf, .accept: "application/json"]
            let auto = try await browser.post("/s/\(token)/save", [("_lang", "fr"), ("_page", "5"), ("_autosave", "1"), ("q:duration", "1-day")],
                                              headers: headers)
            #expect(auto.body == #"{"revision":2}"#)
            let switched = try await browser.post("/s/\(token)/save", [("_csrf", csrf), ("_lang", "fr"), ("_page", "5"), ("_switch", "nl"),
                                                                      ("q:duration", "1-day")])
            #expect(switched.location == "/s/\(token)?lang=nl&page=5&saved=1")
            let dutch = try await browser.get(switched.location!)
            #expect(dutch.body.contains("Stap 5 van 6"))
            #expect(dutch.body.contains("Concept opgeslagen."))
        }
        let latest = try #require(try await world.surveys.revisions(ofInvitation: id).last).answers
        #expect(latest["duration"] == .text("1-day"))
        #expect(latest["thb-staff"] == .number(25), "the other pages' answers stay")
        #expect(latest.language == .dutch)
    }
}
