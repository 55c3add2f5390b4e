import CurriculumExport
import CurriculumFormats
import Diagnostics
import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import NeedsCSV
import NIOPosix
import PlanPipeline
import Planning
import SurveyStore
import TrainingModel

/// Match and plan from the dashboard: choose shipped or uploaded catalogues, run the matcher
/// and the planner on the submitted needs, look at the plan with its legal flags, download
/// every export. Runs are kept, with their exports, in the web store.
struct PlanningController: Sendable {
    let surveys: any SurveyStore
    let web: any WebStore
    let pages: PageRenderer
    let tokens: CSRFTokens
    let library: CurriculaLibrary
    /// Computes the embedding vectors of the needs and catalogues ahead of the plan.
    let warmer: VectorWarmer
    let clock: WebClock

    static let exportLanguages = ["en", "fr", "nl", "de"]

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("/plan", use: form)
        group.post("/plan", use: run)
        group.post("/plan/catalogues", use: upload)
        group.get("/plan/:id", use: show)
        group.post("/plan/:id/confirm", use: confirm)
        group.get("/plan/:id/:file", use: download)
    }

    /// The form; with `?keep=ID`, filled in as run ID was, to replan around its confirmed sessions.
    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let text = Self.text(request)
        guard let keep = request.uri.queryParameters["keep"].flatMap({ Int64(String($0)) }) else {
            return page(request, context, content: try await warmedContent(request, text: text), text: text)
        }
        guard let earlier = try await web.planRun(id: keep) else { throw HTTPError(.notFound) }
        let facts = earlier.facts
        var content = try await warmedContent(request, text: text, chosen: facts?.catalogueKeys.map(Set.init))
        content.budget = facts.map { PlanView.number($0.budgetDays) } ?? content.budget
        content.start = facts?.start ?? ""
        if let language = facts?.language { content.exportLanguages = Self.languageOptions(chosen: language) }
        content.keep = keep
        content.keepNotice = Self.keepNotice(earlier, id: keep, text: text)
        return page(request, context, content: content, text: text)
    }

    /// What a replan keeps, said above the form.
    private static func keepNotice(_ earlier: StoredPlanRun, id: Int64, text: CoordinatorText) -> String {
        earlier.confirmed.isEmpty ? text.sentences.replanNothingConfirmed(plan: id)
            : text.sentences.replanKeeps(plan: id, confirmed: earlier.confirmed.sorted { $0.localizedStandardCompare($1) == .orderedAscending }.joined(separator: ", "))
    }

    /// Ticks and unticks the sessions of a run a coordinator confirmed; a replan keeps them.
    @Sendable func confirm(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let run = try await web.planRun(id: id),
              let view = try Self.view(of: run, language: "en") else { throw HTTPError(.notFound) }
        let known = Set(view.sessions.map(\.id))
        let chosen = Set(context.form.values("session")).intersection(known)
        try await web.setConfirmedSessions(runID: id, sessions: chosen)
        return Response(status: .seeOther, headers: [.location: "/admin/plan/\(id)?confirmed=\(chosen.count)#confirm"])
    }

    @Sendable func run(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = context.form
        let text = Self.text(request)
        var content = try await baseContent(request, text: text, chosen: Set(form.values("catalogue")))
        content.budget = form["budget"] ?? content.budget
        content.start = form["start"] ?? ""
        let language = Self.exportLanguages.contains(form["lang"] ?? "") ? form["lang"]! : "en"
        content.exportLanguages = Self.languageOptions(chosen: language)
        // A replan: the confirmed sessions of the earlier run, read from its plan.json as
        // `plan --keep` reads a file.
        var kept: [KeptSession] = []
        let keep = form["keep"].flatMap { Int64($0) }
        if let keep {
            guard let earlier = try await web.planRun(id: keep), let planJSON = earlier.files["plan.json"] else { throw HTTPError(.notFound) }
            content.keep = keep
            content.keepNotice = Self.keepNotice(earlier, id: keep, text: text)
            do {
                kept = try KeptPlanReader.read(bytes: planJSON, name: "plan-\(keep)-plan.json", ids: earlier.confirmed)
            } catch {
                // The file is the app's own: its reader's English details go to the log, the
                // coordinator reads what happened in their language.
                context.logger.error("plan \(keep): its plan.json could not be read for a replan: \(error.diagnostics.map(\.description).joined(separator: "; "))")
                content.problems.append(text.sentences.keptUnreadable(plan: keep))
            }
        }
        guard let survey = content.survey else {
            return try page(request, context, content: content, text: text, status: .conflict).response(from: request, context: context)
        }

        let budget = Self.budget(form["budget"])
        if budget == nil { content.problems.append(text[.problemBudget]) }
        let start = content.start.trimmingCharacters(in: .whitespaces)
        if !start.isEmpty && CivilDate(start) == nil { content.problems.append(text[.problemStart]) }
        var catalogues: [(name: String, catalogue: Catalogue, bytes: [UInt8]?)] = []
        var names: [String] = []
        let library = library
        for key in form.values("catalogue") {
            do {
                // The shipped catalogues were read at start-up; an upload is parsed on the thread
                // pool, never on the request's event loop.
                if let path = library.catalogueFile(forKey: key) {
                    guard let catalogue = library.curricula.catalogues[path] else {
                        content.problems += (library.curricula.problems[path] ?? []).map(\.description)
                        continue
                    }
                    catalogues.append((path, catalogue, nil))
                    names.append(URL(fileURLWithPath: path).lastPathComponent)
                } else if key.hasPrefix("upload:"), let id = Int64(key.dropFirst(7)), let stored = try await web.catalogue(id: id) {
                    let read = try await NIOThreadPool.singleton.runIfActive { try CurriculumReader.read(bytes: stored.content, name: stored.filename).value }
                    guard case .catalogue(let catalogue) = read else { continue }
                    catalogues.append((stored.filename, catalogue, stored.content))
                    names.append(stored.filename)
                }
            } catch let error as InputProblems {
                content.problems += error.diagnostics.map(\.description)
            }
        }
        if catalogues.isEmpty { content.problems.append(text[.problemCatalogues]) }
        guard content.problems.isEmpty, let budget else {
            return try page(request, context, content: content, text: text, status: .unprocessableContent).response(from: request, context: context)
        }
        let curricula = library.curricula
        guard curricula.referenceProblems.isEmpty else {
            content.problems += curricula.referenceProblems.map(\.description)
            return try page(request, context, content: content, text: text, status: .unprocessableContent).response(from: request, context: context)
        }
        // The pipeline's duplicate check; the page names the ids.
        let duplicates = Set(PlanPipeline.duplicates(catalogues).map(\.id)).sorted()
        guard duplicates.isEmpty else {
            content.problems.append(text.sentences.problemDuplicates(duplicates.prefix(10).joined(separator: ", ")))
            return try page(request, context, content: content, text: text, status: .unprocessableContent).response(from: request, context: context)
        }
        let needs = try await surveys.exportNeeds(of: survey)
        let planRun = PlanRun(pipeline: PlanPipeline(
            needs: needs, catalogues: catalogues.map(\.catalogue), thesaurus: curricula.thesaurus, legalBase: curricula.legalBase,
            budgetDays: budget, options: ExportOptions(language: LanguageCode(language), start: CivilDate(start), generated: clock.now()),
            kept: kept))
        // The vectors computed ahead are read from the store (once those under way are in), and
        // what is still missing is kept there. Matching and planning take seconds of CPU on
        // large inventories: off the request threads.
        await warmer.caughtUp()
        let output = try await StoredVectors.run(library.model, in: web, logger: context.logger) { try planRun.run(model: $0) }
        var files = output.files
        files["needs.csv"] = Array(NeedsWriter.write(needs).utf8)
        for (language, view) in output.views { files[Self.viewFile(language)] = try Array(JSONEncoder().encode(view)) }
        let facts = PlanRunFacts(survey: survey, needs: needs.count, catalogues: names, budgetDays: budget,
                                 catalogueKeys: form.values("catalogue"), language: language,
                                 start: CivilDate(start)?.description, keptFrom: keep)
        let summary = CoordinatorText.english.sentences.runSummary(needs: needs.count, survey: survey, catalogues: names.joined(separator: ", "), budget: PlanView.number(budget))
        // The sessions kept stay confirmed in the new run.
        let id = try await web.savePlanRun(StoredPlanRun(createdBy: coordinator(context), createdAt: clock.now(), summary: summary,
                                                         facts: facts, files: files,
                                                         confirmed: Set(output.plan.sessions.filter(\.confirmed).map(\.id))))
        return Response(status: .seeOther, headers: [.location: "/admin/plan/\(id)"])
    }

    @Sendable func upload(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let text = Self.text(request)
        var content = try await baseContent(request, text: text)
        guard let file = context.form.files["file"], !file.bytes.isEmpty else {
            content.uploadProblems = [text[.problemNoCatalogueFile]]
            return page(request, context, content: content, text: text, status: .unprocessableContent)
        }
        let name = file.filename.isEmpty ? "catalogue.xml" : file.filename
        let references = ShippedCurricula.references(thesaurus: library.curricula.thesaurus, legalBase: library.curricula.legalBase)
        do {
            // Parsed on the thread pool: a large or hostile upload never holds up other requests.
            let read = try await NIOThreadPool.singleton.runIfActive {
                try CurriculumReader.read(bytes: file.bytes, name: name, references: references)
            }
            let catalogue: Catalogue
            switch read.value {
            case .catalogue(let found): catalogue = found
            case .thesaurus:
                content.uploadProblems = [text.sentences.notCatalogueThesaurus(name)]
                return page(request, context, content: content, text: text, status: .unprocessableContent)
            case .legalBase:
                content.uploadProblems = [text.sentences.notCatalogueLegalBase(name)]
                return page(request, context, content: content, text: text, status: .unprocessableContent)
            }
            let id = try await web.saveCatalogue(StoredCatalogue(catalogueID: catalogue.id, provider: catalogue.provider, year: catalogue.year,
                                                                 filename: name, uploadedBy: coordinator(context), uploadedAt: clock.now(), content: file.bytes))
            warmer.ask(.upload(id))
            content = try await baseContent(request, text: text)
            // The reader's warnings are its own diagnostics, in English like every file check.
            content.uploadNotice = text.sentences.catalogueReady(name, catalogue: catalogue.id, provider: catalogue.provider, modules: catalogue.modules.count)
                + (read.warnings.isEmpty ? "" : " " + text.sentences.catalogueWarnings(read.warnings.count) + " "
                    + read.warnings.map(\.description).joined(separator: " "))
            return page(request, context, content: content, text: text)
        } catch let error as InputProblems {
            content.uploadProblems = error.diagnostics.map(\.description)
            return page(request, context, content: content, text: text, status: .unprocessableContent)
        }
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let text = Self.text(request)
        guard let id = context.parameters.get("id", as: Int64.self), let run = try await web.planRun(id: id),
              let view = try Self.view(of: run, language: text.language.primary.tag) else { throw HTTPError(.notFound) }
        let downloads = run.files.keys.filter { !Self.isView($0) }.sorted().map {
            DownloadLink(href: "/admin/plan/\(id)/\($0)", label: $0 + " — " + text[Self.describe($0)])
        }
        var content = PlanRunContent(id: id, run: run, plan: view, downloads: downloads, text: text)
        if let count = request.uri.queryParameters["confirmed"].flatMap({ Int(String($0)) }) {
            content.confirmNotice = text.sentences.confirmedSaved(count)
        }
        return HTML(html: pages.render("admin-plan-run", AdminPage(
            request, context: context, tokens: tokens, text: text, title: content.title,
            address: "/admin/plan/\(id)", current: "/admin/plan", content: content)))
    }

    @Sendable func download(_ request: Request, context: AppRequestContext) async throws -> Download {
        guard let id = context.parameters.get("id", as: Int64.self), let name = context.parameters.get("file"), !Self.isView(name),
              let bytes = try await web.planRunFile(id: id, name: name) else { throw HTTPError(.notFound) }
        return Download(bytes: bytes, filename: "plan-\(id)-\(name)", contentType: Download.contentType(for: name))
    }

    // MARK: Steps

    /// The largest budget a coordinator may give: far above any round of joint training, and
    /// small enough that nothing downstream overflows.
    static let maximumBudgetDays = 10_000.0

    /// The budget typed in the form (decimal point or comma), when it is a number of days in range.
    static func budget(_ typed: String?) -> Double? {
        guard let typed, let days = Double(typed.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")),
              days.isFinite, (0...maximumBudgetDays).contains(days) else { return nil }
        return days
    }

    /// The page's view of a run in a language; runs kept before the views per language have one.
    static func viewFile(_ language: String) -> String { "view-\(language).json" }

    static func isView(_ name: String) -> Bool { name.hasPrefix("view") && name.hasSuffix(".json") }

    /// The run's view for readers of `language`: the one in that language, else the run's only one.
    static func view(of run: StoredPlanRun, language: String) throws -> PlanView? {
        guard let data = run.files[viewFile(language)] ?? run.files["view.json"] else { return nil }
        return try JSONDecoder().decode(PlanView.self, from: Data(data))
    }

    /// What an export file holds, for its link on the plan page.
    static func describe(_ file: String) -> CoordinatorWord {
        switch file {
        case "curriculum.xml": .fileCurriculum
        case "curriculum-elm.xml": .fileCurriculumELM
        case "plan.csv", "plan.xlsx": .filePlanCSV
        case "plan.md": .filePlanMarkdown
        case "plan.html": .filePlanHTML
        case "plan.json": .filePlanJSON
        case "plan.ics": .filePlanICS
        case "matches.json": .fileMatches
        case "needs.csv": .fileNeeds
        default: .fileOther
        }
    }

    private static func text(_ request: Request) -> CoordinatorText {
        CoordinatorText.for(VisitorLanguage.of(request))
    }

    /// The form's content, with the survey's needs embedded meanwhile: while the coordinator
    /// fills in the form, the model reads the needs (`VectorWarmer`).
    private func warmedContent(_ request: Request, text: CoordinatorText, chosen: Set<String>? = nil) async throws -> PlanFormContent {
        let content = try await baseContent(request, text: text, chosen: chosen)
        if let survey = content.survey { warmer.ask(.needs(survey: survey)) }
        return content
    }

    private func baseContent(_ request: Request, text: CoordinatorText, chosen: Set<String>? = nil) async throws -> PlanFormContent {
        var content = PlanFormContent()
        do {
            let survey = try await surveys.resolveSurvey(request.uri.queryParameters["survey"].map(String.init))
            content.survey = survey
            content.needs = try await surveys.status(of: survey).reduce(0) { $0 + $1.submitted }
            content.intro = text.sentences.planIntro(submitted: content.needs)
        } catch let error as SurveyStoreError {
            content.problem = text.problem(error)
        }
        let uploaded = try await web.catalogues()
        content.catalogues = library.choices(uploaded: uploaded, text: text).enumerated().map { index, choice in
            PlanFormContent.Option(id: "catalogue-\(index + 1)", value: choice.key, label: choice.label,
                                   checked: chosen?.contains(choice.key) ?? choice.key.hasPrefix("file:"))
        }
        content.hasCatalogues = !content.catalogues.isEmpty
        // The exports' readers are most likely the coordinator's: their language comes first.
        content.exportLanguages = Self.languageOptions(chosen: text.language.tag)
        content.thesaurus = library.files.thesaurusFile.map { URL(fileURLWithPath: $0).lastPathComponent }
        content.legalBase = library.files.legalBaseFile.map { URL(fileURLWithPath: $0).lastPathComponent }
        content.runs = try await web.planRuns().map {
            PlanFormContent.Run(href: "/admin/plan/\($0.id ?? 0)", created: text.dateTime($0.createdAt),
                                by: $0.createdBy, summary: PlanRunContent.summary(of: $0, text: text))
        }
        return content
    }

    /// The export languages, each named in itself: the exports are for readers of that language.
    static func languageOptions(chosen: String) -> [PlanFormContent.Option] {
        zip(exportLanguages, ["English", "Français", "Nederlands", "Deutsch"]).map {
            PlanFormContent.Option(id: "lang-" + $0.0, value: $0.0, label: $0.1, checked: $0.0 == chosen)
        }
    }

    private func coordinator(_ context: AppRequestContext) -> String {
        context.sessions.session?.name ?? "coordinator"
    }

    /// The form posts elsewhere; the language switch leads back to the form.
    private func page(_ request: Request, _ context: AppRequestContext, content: PlanFormContent, text: CoordinatorText,
                      status: HTTPResponse.Status = .ok) -> HTML {
        HTML(html: pages.render("admin-plan", AdminPage(
            request, context: context, tokens: tokens, text: text, title: text[.navPlan],
            address: "/admin/plan", current: "/admin/plan", content: content)), status: status)
    }
}
