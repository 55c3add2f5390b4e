import Foundation
import HTTPTypes
import HummingbirdTesting
import PlanPipeline
import SurveyStore
import SafeXML
import Testing
import TrainingModel
@testable import WebApp

@Suite("coordinator pages in four languages")
struct CoordinatorPageLanguageTests {
    static let languages: [LanguageCode] = [.dutch, .french, .german, .english]

    /// English words of the coordinator's table that a page in `language` still shows: every
    /// word or phrase of five letters or more that the language says otherwise, found as whole
    /// words ("export" is not left over in "exportbestanden"). English itself is left out: the
    /// language switch names each language in that language, and it is not in this table.
    static func englishLeftovers(in page: Page, language: LanguageCode) -> [String] {
        let text = CoordinatorText.for(language)
        return CoordinatorWord.allCases.compactMap { word in
            let english = CoordinatorText.english[word]
            guard english.count >= 5, text[word] != english else { return nil }
            let pattern = #"(?<!\p{L})"# + NSRegularExpression.escapedPattern(for: MarkupText.escape(english)) + #"(?!\p{L})"#
            return Page.first("(" + pattern + ")", in: page.body) == nil ? nil : english
        }
    }

    /// The page shows each of `words` as `text` says it.
    static func expectWords(_ words: [CoordinatorWord], on page: Page, _ text: CoordinatorText, _ path: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        for word in words {
            #expect(page.body.contains(MarkupText.escape(text[word])), "\(path) in \(text.language): \(word.rawValue)", sourceLocation: sourceLocation)
        }
    }

    /// A world with the shipped curricula, one submitted response (Politiezone Antwerpen, BE
    /// police) and one plan made from it, signed in; `test` gets the plan page's address.
    static func withPlan(_ test: @escaping @Sendable (inout Browser, String) async throws -> Void) async throws {
        var settings = WebSettings()
        settings.curriculaDirectory = TestWorld.shipped("Curricula")
        settings.semanticModel = CountingModel.quick
        let world = try await TestWorld(settings: settings)
        let token = world.tokens["Politiezone Antwerpen"]!
        try await world.run { browser in
            let form = try await browser.get("/s/\(token)")
            _ = try await browser.post("/s/\(token)", [("_csrf", form.csrf!), ("_lang", "nl")] + SampleAnswers.fields())
            _ = try await browser.signIn()
            let planForm = try await browser.get("/admin/plan")
            let run = try await browser.post("/admin/plan", [("_csrf", planForm.csrf!), ("catalogue", "file:cepol-thb-2027.xml"),
                                                             ("catalogue", "file:igo-ifj-2027.xml"), ("budget", "60"), ("lang", "en")])
            try await test(&browser, try #require(run.location))
        }
    }

    @Test("every coordinator page comes in nl, fr, de and en: <html lang>, navigation, headings, table headers and buttons, no English left")
    func everyPage() async throws {
        try await Self.withPlan { browser, plan in
            let frame: [CoordinatorWord] = [.brand, .navLabel, .navResponses, .navInvitations, .navInventory, .navPlan, .signOut,
                                            .skipToContent, .languageLabel]
            let pages: [(String, [CoordinatorWord])] = [
                ("/admin", [.survey, .responsesIntro, .serviceKind, .invited, .draft, .responseRate, .allServices, .byKindHeading,
                            .downloads, .downloadNeeds, .publishedVersions, .publishedBy]),
                ("/admin/invitations", [.inviteOne, .serviceOrUnit, .emailOptional, .validDays, .createLink, .inviteList, .csvHint,
                                        .csvHintAll, .csvFile, .inviteFile, .allInvitations, .state, .validUntil, .submittedOn,
                                        .reopen, .withdraw, .stateSubmitted, .stateInvited]),
                ("/admin/inventory", [.inventoryTitle, .inventoryIntro, .shades, .heatmapCaption, .topic, .total]),
                ("/admin/plan", [.catalogues, .thesaurus, .legalBase, .budget, .start, .exportLanguage, .uploadCatalogue,
                                 .uploadHint, .catalogueFile, .uploadAndCheck, .plansMade]),
                (plan, [.sessions, .needsCovered, .trainingDays, .flaggedSessions, .downloads, .fileCurriculum, .filePlanCSV,
                        .languageAndMode, .participants, .needsSeated]),
            ]
            for language in Self.languages {
                let text = CoordinatorText.for(language)
                for (path, words) in pages {
                    let page = try await browser.get(path + "?lang=" + language.tag)
                    #expect(page.status == .ok, "\(path)")
                    #expect(page.htmlLang == language.tag, "\(path)")
                    Self.expectWords(frame + words, on: page, text, path)
                    if language != .english {
                        #expect(Self.englishLeftovers(in: page, language: language).isEmpty,
                                "\(path) in \(language): \(Self.englishLeftovers(in: page, language: language))")
                    }
                }
            }
        }
    }

    @Test("what a reader of each language expects: the domain's own terms, names of countries and kinds, dates and numbers")
    func wording() async throws {
        try await Self.withPlan { browser, plan in
            let french = try await browser.get("/admin?lang=fr")
            #expect(french.body.contains("<caption><h2 id=\"rates-heading-BE\">Belgique</h2></caption>"))
            #expect(french.body.contains(#"<th scope="row">police</th>"#) && french.body.contains(#"<th scope="row">parquet</th>"#))
            #expect(french.body.contains("Se déconnecter (anna)"))
            #expect(french.body.contains("janvier 2027"), "publication date in French")
            // Response rates as each language writes a percentage: "50 %" (no break) in French, "50%" in English.
            #expect(french.body.contains("\u{A0}%</td>") && !french.body.contains(" %</td>"))
            let english = try await browser.get("/admin?lang=en")
            #expect(english.body.contains("%</td>") && !english.body.contains(" %</td>") && !english.body.contains("\u{A0}%</td>"))
            let dutch = try await browser.get("/admin/inventory?lang=nl")
            #expect(dutch.body.contains("<h1>Inventaris van de opleidingsbehoeften</h1>"))
            #expect(dutch.body.contains(#"<th scope="col" class="n">BE politie</th>"#))
            #expect(dutch.body.contains("1 dienst, gemiddelde kloof 2, gemiddelde prioriteit 4"))
            let german = try await browser.get("/admin/invitations?lang=de")
            #expect(german.body.contains(#"<option value="labour-inspection">Arbeitsinspektion</option>"#))
            #expect(german.body.contains(#"<option value="BE" selected>Belgien</option>"#))
            #expect(german.body.contains("<td>übermittelt</td>") && german.body.contains("<td>eingeladen</td>"))
            #expect(german.body.contains(#"Wieder öffnen<span class="visually-hidden"> die Antwort von Politiezone Antwerpen</span>"#))
            let planPage = try await browser.get(plan + "?lang=fr")
            #expect(planPage.body.contains("<h2 id=\"needs-left-out\">Besoins non couverts</h2>") || planPage.body.contains("Aucun : tous les besoins sont couverts."))
            #expect(planPage.body.contains("besoins de l&#39;enquête thb-needs-2027 ; catalogues cepol-thb-2027.xml, igo-ifj-2027.xml ; budget de 60 jours"))
            #expect(planPage.body.contains("(pays : Belgique ; services : police)"))
            let planForm = try await browser.get("/admin/plan?lang=de")
            #expect(planForm.body.contains("cepol-thb-2027.xml (mitgeliefert)"))
            #expect(planForm.body.contains("Rechtsgrundlagen: benelux-thb.xml"))
            #expect(planForm.body.contains(#"<label for="lang-fr" lang="fr">Français</label>"#), "export languages named in themselves")
            #expect(planForm.body.contains(#"id="lang-de" name="lang" value="de" checked>"#), "the exports in the coordinator's language unless chosen otherwise")
            // The exports keep their machine-readable content whatever the page's language.
            let csv = try await browser.get("/admin/exports/needs.csv?lang=fr")
            #expect(csv.body.contains(",BE,police,Politiezone Antwerpen,"))
            let planCSV = try await browser.get(plan + "/plan.csv")
            #expect(planCSV.status == .ok && !planCSV.body.contains("Belgique"))
        }
    }

    @Test("form problems and refusals on the coordinator's pages are in the page's language")
    func problems() async throws {
        var settings = WebSettings()
        settings.curriculaDirectory = TestWorld.shipped("Curricula")
        settings.semanticModel = CountingModel.quick
        let world = try await TestWorld(settings: settings)
        try await world.run { browser in
            for language in Self.languages {
                let text = CoordinatorText.for(language)
                var visitor = Browser(client: browser.client)
                let login = try await visitor.get("/login?lang=\(language.tag)")
                Self.expectWords([.signInTitle, .name, .password, .signIn, .accountsHint], on: login, text, "/login")
                let wrong = try await visitor.post("/login", [("_csrf", login.csrf!), ("name", "anna"), ("password", "not the password")])
                #expect(wrong.status == .unauthorized && wrong.htmlLang == language.tag)
                Self.expectWords([.wrongPassword], on: wrong, text, "/login")
            }
            _ = try await browser.signIn()
            for language in Self.languages {
                let text = CoordinatorText.for(language)
                let page = try await browser.get("/admin/invitations?lang=\(language.tag)")
                let refused = try await browser.post("/admin/invitations", [("_csrf", page.csrf!), ("country", "XX"), ("kind", "baker"),
                                                                            ("service", " "), ("email", "nobody"), ("days", "0")])
                #expect(refused.status == .unprocessableContent && refused.htmlLang == language.tag)
                Self.expectWords([.problemCountry, .problemKind, .problemService, .problemDays], on: refused, text, "invite one")
                #expect(refused.body.contains(MarkupText.escape(text.sentences.problemEmail("nobody"))))
                let noFile = try await browser.upload("/admin/invitations/upload", fields: [("_csrf", page.csrf!)], file: ("file", "list.csv", ""))
                Self.expectWords([.problemNoCSV, .listNotUsed], on: noFile, text, "invite a list")

                let form = try await browser.get("/admin/plan")
                let noPlan = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("budget", "lots"), ("start", "soon")])
                #expect(noPlan.status == .unprocessableContent && noPlan.htmlLang == language.tag)
                Self.expectWords([.planNotMade, .problemBudget, .problemStart, .problemCatalogues], on: noPlan, text, "plan")
                let thesaurus = try String(contentsOfFile: TestWorld.shipped("Curricula/thesaurus/thb-topics.xml"), encoding: .utf8)
                let notCatalogue = try await browser.upload("/admin/plan/catalogues", fields: [("_csrf", form.csrf!)], file: ("file", "topics.xml", thesaurus))
                #expect(notCatalogue.body.contains(MarkupText.escape(text.sentences.notCatalogueThesaurus("topics.xml"))))
                if language != .english {
                    for page in [refused, noFile, noPlan, notCatalogue] {
                        #expect(Self.englishLeftovers(in: page, language: language).isEmpty, "\(Self.englishLeftovers(in: page, language: language))")
                    }
                }
            }
        }
    }

    @Test("a store without a published survey is explained on every page in the page's language")
    func noSurvey() async throws {
        let surveys = try GRDBSurveyStore.inMemory()
        let web = try SQLiteWebStore(database: surveys.database)
        try await web.addCoordinator(name: TestWorld.coordinatorName, passwordHash: TestWorld.passwordHash, replace: false, at: Date())
        let app = try await buildApplication(settings: WebSettings(), surveys: surveys, web: web)
        try await app.test(.router) { client in
            var browser = Browser(client: client)
            _ = try await browser.signIn()
            for path in ["/admin", "/admin/invitations", "/admin/inventory", "/admin/plan"] {
                let page = try await browser.get(path + "?lang=nl")
                #expect(page.body.contains("Er is nog geen vragenlijst gepubliceerd."), "\(path)")
                #expect(!page.body.contains("publish one first"), "\(path)")
            }
        }
    }
}
