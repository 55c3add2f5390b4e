import Foundation
import HTTPTypes
import SurveyDefinition
import SurveyStore
import Testing
@testable import WebApp

/// The checks across fields the server makes on a submission: one rank per topic, levels that
/// make a need, and a free-text need that carries its own staff, priority and levels.
@Suite("answer checks across fields")
struct AnswerChecksTests {
    /// The sample answers without the fields named in `dropping`, plus `extra`.
    static func fields(dropping: Set<String> = [], _ extra: [(String, String)]) -> [(String, String)] {
        SampleAnswers.fields().filter { !dropping.contains($0.0) } + extra
    }

    static let ranks: Set<String> = ["r:top-priorities:labour-exploitation", "r:top-priorities:financial-investigation"]

    @Test("three topics all ranked 1 are refused next to the ranking, in the respondent's language, and nothing is submitted")
    func ranksGivenTwice() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Parquet de Liège"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)?lang=fr")
            let fields = Self.fields(dropping: Self.ranks, [
                ("r:top-priorities:labour-exploitation", "1"), ("r:top-priorities:financial-investigation", "1"),
                ("r:top-priorities:child-trafficking", "1"),
            ])
            let page = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "fr")] + fields)
            #expect(page.status == .unprocessableContent)
            let message = "Le rang 1 est attribué à plusieurs thèmes. Donnez à chaque thème un rang différent."
            // top-priorities is question 13 of the form.
            #expect(page.block(around: "q13-error", length: 400).contains(message))
            #expect(page.body.contains(##"<a href="#q13-c1">"##), "the summary links to the ranking")
            #expect(page.body.contains(#"<div class="error-summary" id="error-summary" role="alert""#))

            // Distinct ranks go through, in rank order.
            let fixed = Self.fields(dropping: Self.ranks, [
                ("r:top-priorities:labour-exploitation", "2"), ("r:top-priorities:financial-investigation", "1"),
                ("r:top-priorities:child-trafficking", "3"),
            ])
            let submitted = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "fr")] + fixed)
            #expect(submitted.status == .seeOther)
        }
        let revisions = try await world.surveys.revisions(ofInvitation: world.invitationIDs["Parquet de Liège"]!)
        #expect(revisions.filter { $0.state == .submitted }.count == 1)
        let submitted = try #require(revisions.last { $0.state == .submitted })
        #expect(submitted.answers["top-priorities"] == .list(["financial-investigation", "labour-exploitation", "child-trafficking"]))
    }

    @Test("a current level above the required level is refused next to the required level unless the row says no gap; equal levels are a need")
    func levelsAcrossFields() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Police grand-ducale"]!
        let row = "m:needs-matrix:labour-exploitation:"
        let levels: Set<String> = [row + "current-level", row + "required-level"]
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)?lang=de")
            let above = Self.fields(dropping: levels, [(row + "current-level", "3"), (row + "required-level", "1")])
            let refused = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "de")] + above)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.htmlLang == "de")
            let field = refused.block(around: "q6-r6-required-level-error", length: 600)
            #expect(field.contains("Das aktuelle Niveau liegt über dem erforderlichen Niveau."), "\(field)")
            #expect(refused.body.contains(#"aria-describedby="q6-r6-required-level-error""#))

            // "No gap" the wrong way round is refused too.
            let denied = Self.fields(dropping: levels, [(row + "current-level", "1"), (row + "required-level", "3"), (row + "no-gap", "1")])
            let deniedPage = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "de")] + denied)
            #expect(deniedPage.status == .unprocessableContent)
            #expect(deniedPage.block(around: "q6-r6-no-gap-error", length: 600).contains("Sie haben „Kein Defizit“ angekreuzt"))
            #expect(deniedPage.body.contains(#"id="q6-r6-no-gap" name="m:needs-matrix:labour-exploitation:no-gap" value="1" checked"#))

            let noGap = above + [(row + "no-gap", "1")]
            let accepted = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "de")] + noGap)
            #expect(accepted.status == .seeOther)
            _ = try await browser.signIn()
            let needs = try await browser.get("/admin/exports/needs.csv").body
            let rows = needs.split(separator: "\n").filter { $0.contains("Police grand-ducale") }
            #expect(!rows.contains { $0.contains(",labour-exploitation,") }, "no gap: no need")
            #expect(rows.contains { $0.contains(",financial-investigation,") })
        }
    }

    @Test("equal current and required levels are accepted")
    func equalLevels() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Politie Rotterdam"]!
        let row = "m:needs-matrix:labour-exploitation:"
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            let equal = Self.fields(dropping: [row + "current-level", row + "required-level"],
                                    [(row + "current-level", "2"), (row + "required-level", "2")])
            let page = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "nl")] + equal)
            #expect(page.status == .seeOther)
        }
    }

    @Test("a free-text need asks its staff, priority and levels, and they reach the needs export instead of a headcount of 1")
    func freeTextNeedDetails() async throws {
        let world = try await TestWorld()
        let token = world.tokens["Parquet de Liège"]!
        let text = "Auditions de mineurs avec interprète"
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)?lang=fr")
            #expect(form.body.contains("Combien de collaborateurs ont besoin de cette formation ?"))
            #expect(form.body.contains(#"name="q:other-needs-staff""#))
            #expect(form.body.contains(#"name="q:other-needs-priority""#))
            // Levels the wrong way round are refused next to the required level.
            let wrong = Self.fields(dropping: ["q:other-needs"], [
                ("q:other-needs", text), ("q:other-needs-staff", "8"), ("q:other-needs-priority", "3"),
                ("q:other-needs-current-level", "3"), ("q:other-needs-required-level", "1"),
            ])
            let refused = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "fr")] + wrong)
            #expect(refused.status == .unprocessableContent)
            // other-needs-required-level is question 11 of the form.
            #expect(refused.block(around: "q11-error", length: 300).contains("Le niveau actuel dépasse le niveau requis : il n&#39;y a alors pas de besoin de formation."))

            let right = Self.fields(dropping: ["q:other-needs"], [
                ("q:other-needs", text), ("q:other-needs-staff", "8"), ("q:other-needs-priority", "3"),
                ("q:other-needs-current-level", "1"), ("q:other-needs-required-level", "3"),
            ])
            let submitted = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "fr")] + right)
            #expect(submitted.status == .seeOther)
            _ = try await browser.signIn()
            let needs = try await browser.get("/admin/exports/needs.csv").body
            let line = needs.split(separator: "\n").first { $0.contains(text) }.map(String.init) ?? ""
            // … topic (empty), text, priority, current_level, required_level, headcount …
            #expect(line.contains(",,\(text),3,1,3,8,"), "\(line)")
        }
    }
}
