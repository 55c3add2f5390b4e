import Foundation
import HTTPTypes
import SurveyStore
import Testing
@testable import WebApp

@Suite("confirming sessions on the plan page and replanning around them")
struct PlanConfirmTests {
    typealias Course = [String: Any]

    static func courses(_ browser: inout Browser, run location: String) async throws -> [String: Course] {
        let json = try await browser.get("\(location)/plan.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any])
        let courses = try #require(document["courses"] as? [Course])
        return Dictionary(uniqueKeysWithValues: courses.map { ($0["id"] as! String, $0) })
    }

    /// What makes a session what it is: module, language, mode, dates and seats.
    static func identity(_ course: Course) -> String {
        let placements = (course["placements"] as? [String: Int] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return [course["module"], course["language"], course["mode"], course["quarter"], course["start"], course["end"]]
            .map { "\($0 ?? "-")" }.joined(separator: "|") + "|" + placements.joined(separator: ",")
    }

    static func plan(_ browser: inout Browser, csrf: String, catalogues: [String], extra: [(String, String)] = []) async throws -> String {
        let run = try await browser.post("/admin/plan", [("_csrf", csrf)] + catalogues.map { ("catalogue", "file:" + $0) }
            + [("budget", "60"), ("lang", "fr"), ("start", "2027-03-01")] + extra)
        #expect(run.status == .seeOther, "\(run.body.prefix(2000))")
        return try #require(run.location)
    }

    @Test("confirmed sessions are kept exactly when replanning with a new need, and stay confirmed in the new run")
    func confirmAndReplan() async throws {
        let world = try await PlanningPageTests.world()
        try await world.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/plan")
            let csrf = try #require(form.csrf)
            let first = try await Self.plan(&browser, csrf: csrf, catalogues: ["cepol-thb-2027.xml", "igo-ifj-2027.xml"])
            let before = try await Self.courses(&browser, run: first)
            #expect(before.values.allSatisfy { $0["confirmed"] as? Bool != true })
            let page = try await browser.get(first + "?lang=fr")
            #expect(page.body.contains("name=\"session\" value=\"C2\""))
            #expect(page.body.contains("Confirmée : maintenir cette session lors d&#39;une nouvelle planification"))
            #expect(!page.body.contains("value=\"C2\" checked"))

            // Confirm two sessions; an id the run does not have is ignored.
            let confirm = try await browser.post(first + "/confirm", [("_csrf", csrf), ("session", "C2"), ("session", "C5"), ("session", "C999")])
            #expect(confirm.status == .seeOther)
            let runID = try #require(Int64(first.split(separator: "/").last!))
            #expect(try await world.web.planRun(id: runID)?.confirmed == ["C2", "C5"])
            let confirmed = try await browser.get(try #require(confirm.location?.split(separator: "#").first.map(String.init)) + "&lang=en")
            #expect(confirmed.body.contains("value=\"C2\" checked") && confirmed.body.contains("value=\"C5\" checked"))
            #expect(!confirmed.body.contains("value=\"C3\" checked"))
            #expect(confirmed.body.contains("Confirmed sessions saved (2)."))

            // A late answer: a new need arrives in the survey.
            let late = "id,country,service_kind,service,language,topic,priority,current_level,required_level,headcount,languages,modes,period\n"
                + "N900,LU,police,Police grand-ducale,fr,financial-investigation,4,1,3,9,fr de,onsite,2027-Q2\n"
            _ = try await world.surveys.importNeeds(csv: Array(late.utf8), name: "late.csv", into: "thb-needs-2027", by: "test")

            let replanForm = try await browser.get("/admin/plan?keep=\(runID)&lang=en")
            #expect(replanForm.body.contains("name=\"keep\" value=\"\(runID)\""))
            #expect(replanForm.body.contains("its confirmed sessions C2, C5 are kept exactly as they are"))
            // The form is filled in as the run was made.
            #expect(replanForm.body.contains("value=\"file:igo-ifj-2027.xml\" checked"))
            #expect(replanForm.body.contains("id=\"plan-start\" name=\"start\" value=\"2027-03-01\""))
            #expect(replanForm.body.contains("value=\"fr\" checked"))

            let second = try await Self.plan(&browser, csrf: csrf, catalogues: ["cepol-thb-2027.xml", "igo-ifj-2027.xml"],
                                             extra: [("keep", String(runID))])
            let after = try await Self.courses(&browser, run: second)
            for id in ["C2", "C5"] {
                let old = try #require(before[id]), new = try #require(after[id], "\(id) kept")
                #expect(Self.identity(new) == Self.identity(old), "\(id)")
                #expect(new["confirmed"] as? Bool == true)
            }
            #expect(after.values.filter { $0["confirmed"] as? Bool == true }.count == 2)
            // The new need was planned with the others.
            let matches = try await browser.get("\(second)/matches.json")
            #expect(matches.body.contains("\"N900\""))
            let secondID = try #require(Int64(second.split(separator: "/").last!))
            #expect(try await world.web.planRun(id: secondID)?.confirmed == ["C2", "C5"])
            #expect(try await world.web.planRun(id: secondID)?.facts?.keptFrom == runID)
            let shown = try await browser.get(second + "?lang=nl")
            #expect(shown.body.contains("Opgesteld op basis van plan \(runID)"))
            #expect(shown.body.contains("value=\"C2\" checked"))
            #expect(shown.body.contains("bevestigd, overgenomen uit het vorige plan"))
            #expect(!shown.body.contains("id=\"not-kept\""))
        }
    }

    @Test("a confirmed session that no longer fits is reported on the new run's page in its reader's language")
    func notKept() async throws {
        let world = try await PlanningPageTests.world()
        try await world.run { browser in
            _ = try await browser.signIn()
            let csrf = try #require(try await browser.get("/admin/plan").csrf)
            let first = try await Self.plan(&browser, csrf: csrf, catalogues: ["cepol-thb-2027.xml", "igo-ifj-2027.xml"])
            let courses = try await Self.courses(&browser, run: first)
            let igo = try #require(courses.values.first { ($0["module"] as? String)?.hasPrefix("IGO-") == true })
            let id = igo["id"] as! String
            _ = try await browser.post(first + "/confirm", [("_csrf", csrf), ("session", id)])
            let runID = first.split(separator: "/").last!
            // Replanned without the catalogue that has the module.
            let second = try await Self.plan(&browser, csrf: csrf, catalogues: ["cepol-thb-2027.xml"], extra: [("keep", String(runID))])
            let page = try await browser.get(second + "?lang=fr")
            #expect(page.body.contains("id=\"not-kept\""))
            #expect(page.body.contains("Sessions confirmées qui n&#39;ont pas pu être maintenues"))
            #expect(page.body.contains("\(id) (\(igo["module"] as! String))"))
            #expect(page.body.contains("le module ne figure plus dans les catalogues"))
            #expect(try await Self.courses(&browser, run: second).values.allSatisfy { $0["module"] as? String != igo["module"] as? String })
        }
    }

    @Test("legal flags in the reader's language: reform flags worded, value codes never shown, dates given")
    func legalWording() async throws {
        let world = try await PlanningPageTests.world()
        let legal = try String(contentsOfFile: TestWorld.shipped("Curricula/legal/benelux-thb.xml"), encoding: .utf8)
        // The legal base's value codes; the short ones ("no", "nl") are ordinary words too.
        let codes = Set(Page.all(#"value="([^"]+)""#, in: legal).filter { $0.contains("-") || $0.contains("+") })
        #expect(codes.contains("police-only"))
        try await world.run { browser in
            _ = try await browser.signIn()
            let csrf = try #require(try await browser.get("/admin/plan").csrf)
            // Exports in English: the page still speaks its reader's language.
            let run = try await browser.post("/admin/plan", [("_csrf", csrf), ("catalogue", "file:cepol-thb-2027.xml"),
                                                             ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "60"), ("lang", "en"),
                                                             ("start", "2027-03-01")])
            let location = try #require(run.location)
            let french = try await browser.get(location + "?lang=fr")
            #expect(french.body.contains("class=\"flag-reform\">réforme</span>"))
            #expect(french.body.contains("Législation en mutation"))
            #expect(french.body.contains("réforme en BE (") || french.body.contains("la législation de BE a changé"))
            #expect(!french.body.contains("Law in flux") && !french.body.contains("reform in BE"))
            #expect(french.body.contains("<dt>Période</dt><dd>du 2027-0"))
            // Services by name, with their country and kind in the reader's words.
            #expect(french.body.contains("Parket Antwerpen (BE, parquet, "))
            #expect(try await browser.get(location + "?lang=de").body.contains("Parket Antwerpen (BE, Staatsanwaltschaft, "))
            for language in ["fr", "nl", "de"] {
                let page = try await browser.get(location + "?lang=" + language)
                #expect(page.htmlLang == language)
                for code in codes { #expect(!page.body.contains(code), "\(language): \(code)") }
            }
            let dutch = try await browser.get(location + "?lang=nl")
            #expect(dutch.body.contains("class=\"flag-reform\">hervorming</span>"))
            #expect(dutch.body.contains("Wetgeving in beweging"))
            let german = try await browser.get(location + "?lang=de")
            #expect(german.body.contains("class=\"flag-reform\">Reform</span>"))
            #expect(german.body.contains("Recht im Wandel"))
        }
    }
}
