import CurriculumExport
import CurriculumFormats
import Diagnostics
import Foundation
import Hummingbird
import NeedsCSV
import NIOPosix
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
    let clock: WebClock

    static let exportLanguages = ["en", "fr", "nl", "de"]

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("/plan", use: form)
        group.post("/plan", use: run)
        group.post("/plan/catalogues", use: upload)
        group.get("/plan/:id", use: show)
        group.get("/plan/:id/:file", use: download)
    }

    @Sendable func form(_ request: Request, context: AppRequestContext) async throws -> HTML {
        try await page(context, content: try await baseContent(request))
    }

    @Sendable func run(_ request: Request, context: AppRequestContext) async throws -> Response {
        let form = context.form
        var content = try await baseContent(request, chosen: Set(form.values("catalogue")))
        content.budget = form["budget"] ?? content.budget
        content.start = form["start"] ?? ""
        let language = Self.exportLanguages.contains(form["lang"] ?? "") ? form["lang"]! : "en"
        content.languages = Self.languageOptions(chosen: language)
        guard let survey = content.survey else { return try await page(context, content: content, status: .conflict).response(from: request, context: context) }

        let budget = Double((form["budget"] ?? "").replacingOccurrences(of: ",", with: "."))
        if budget == nil || !(budget!.isFinite) || budget! < 0 { content.problems.append("Budget: give the training days available, a number of 0 or more (e.g. 60).") }
        let start = content.start.trimmingCharacters(in: .whitespaces)
        if !start.isEmpty && CivilDate(start) == nil { content.problems.append("First day: write it as YYYY-MM-DD, e.g. 2027-01-11, or leave it empty.") }
        var catalogues: [Catalogue] = []
        var names: [String] = []
        for key in form.values("catalogue") {
            do {
                if let path = library.catalogueFile(forKey: key) {
                    catalogues.append(try CurriculumReader.catalogue(file: path).value)
                    names.append(URL(fileURLWithPath: path).lastPathComponent)
                } else if key.hasPrefix("upload:"), let id = Int64(key.dropFirst(7)), let stored = try await web.catalogue(id: id) {
                    guard case .catalogue(let catalogue) = try CurriculumReader.read(bytes: stored.content, name: stored.filename).value else { continue }
                    catalogues.append(catalogue)
                    names.append(stored.filename)
                }
            } catch let error as InputProblems {
                content.problems += error.diagnostics.map(\.description)
            }
        }
        if catalogues.isEmpty { content.problems.append("Catalogues: tick at least one catalogue to plan with.") }
        guard content.problems.isEmpty, let budget else {
            return try await page(context, content: content, status: .unprocessableContent).response(from: request, context: context)
        }
        let thesaurus: Thesaurus?
        let legalBase: LegalBase?
        do {
            thesaurus = try library.thesaurus()
            legalBase = try library.legalBase()
        } catch {
            content.problems += error.diagnostics.map(\.description)
            return try await page(context, content: content, status: .unprocessableContent).response(from: request, context: context)
        }
        let needs = try await surveys.exportNeeds(of: survey, by: coordinator(context))
        let planRun = PlanRun(needs: needs, catalogues: catalogues, thesaurus: thesaurus, legalBase: legalBase, budgetDays: budget,
                              options: ExportOptions(language: LanguageCode(language), start: CivilDate(start), generated: clock.now()))
        let duplicates = planRun.duplicateModuleIDs
        guard duplicates.isEmpty else {
            content.problems.append("The chosen catalogues share module ids (\(duplicates.prefix(10).joined(separator: ", "))): choose one of the catalogues that define them.")
            return try await page(context, content: content, status: .unprocessableContent).response(from: request, context: context)
        }
        // Matching and planning take seconds of CPU on large inventories: off the request threads.
        let output = try await NIOThreadPool.singleton.runIfActive { try planRun.run() }
        var files = output.files
        files["needs.csv"] = Array(NeedsWriter.write(needs).utf8)
        files[Self.viewFile] = try Array(JSONEncoder().encode(output.view))
        let summary = "\(needs.count) needs of survey \(survey); catalogues \(names.joined(separator: ", ")); budget \(PlanView.number(budget)) days"
        let id = try await web.savePlanRun(StoredPlanRun(createdBy: coordinator(context), createdAt: clock.now(), summary: summary, files: files))
        return Response(status: .seeOther, headers: [.location: "/admin/plan/\(id)"])
    }

    @Sendable func upload(_ request: Request, context: AppRequestContext) async throws -> HTML {
        var content = try await baseContent(request)
        guard let file = context.form.files["file"], !file.bytes.isEmpty else {
            content.uploadProblems = ["Choose a catalogue file (XML, FORMATS.md section 1)."]
            return try await page(context, content: content, status: .unprocessableContent)
        }
        let name = file.filename.isEmpty ? "catalogue.xml" : file.filename
        let references = try knownReferences()
        do {
            let read = try CurriculumReader.read(bytes: file.bytes, name: name, references: references)
            guard case .catalogue(let catalogue) = read.value else {
                content.uploadProblems = ["\(name): this is a \(read.value.kind.rawValue) file, not a catalogue."]
                return try await page(context, content: content, status: .unprocessableContent)
            }
            _ = try await web.saveCatalogue(StoredCatalogue(catalogueID: catalogue.id, provider: catalogue.provider, year: catalogue.year,
                                                            filename: name, uploadedBy: coordinator(context), uploadedAt: clock.now(), content: file.bytes))
            content = try await baseContent(request)
            content.uploadNotice = "\(name): catalogue \"\(catalogue.id)\" of \(catalogue.provider) with \(catalogue.modules.count) modules is ready to plan with"
                + (read.warnings.isEmpty ? "." : "; \(read.warnings.count) warning(s): " + read.warnings.map(\.description).joined(separator: " "))
            return try await page(context, content: content)
        } catch let error as InputProblems {
            content.uploadProblems = error.diagnostics.map(\.description)
            return try await page(context, content: content, status: .unprocessableContent)
        }
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> HTML {
        guard let id = context.parameters.get("id", as: Int64.self), let run = try await web.planRun(id: id),
              let viewData = run.files[Self.viewFile] else { throw HTTPError(.notFound) }
        let view = try JSONDecoder().decode(PlanView.self, from: Data(viewData))
        let downloads = run.files.keys.filter { $0 != Self.viewFile }.sorted().map {
            DownloadLink(href: "/admin/plan/\(id)/\($0)", label: $0 + " — " + Self.describe($0))
        }
        let content = PlanRunContent(id: id, created: DateText.dateTime(run.createdAt, language: .english), by: run.createdBy,
                                     summary: run.summary, plan: view, downloads: downloads)
        return HTML(html: pages.render("admin-plan-run", AdminPage(
            pageTitle: "Plan \(id)", coordinator: coordinator(context), csrf: context.csrfBinding.map { tokens.token(for: $0) } ?? "",
            nav: AdminPage<PlanRunContent>.navigation(current: "/admin/plan"), content: content)))
    }

    @Sendable func download(_ request: Request, context: AppRequestContext) async throws -> Download {
        guard let id = context.parameters.get("id", as: Int64.self), let name = context.parameters.get("file"), name != Self.viewFile,
              let run = try await web.planRun(id: id), let bytes = run.files[name] else { throw HTTPError(.notFound) }
        return Download(bytes: bytes, filename: "plan-\(id)-\(name)", contentType: Download.contentType(for: name))
    }

    // MARK: Steps

    static let viewFile = "view.json"

    static func describe(_ file: String) -> String {
        switch file {
        case "curriculum.xml": "the joint curriculum (XML with its schema)"
        case "plan.csv": "one line per session, for a spreadsheet"
        case "plan.md": "the plan as a report (Markdown)"
        case "plan.html": "the plan as a page to print or mail"
        case "plan.json": "the plan as FORMATS.md section 5 describes it"
        case "plan.ics": "the proposed calendar"
        case "matches.json": "the ranked modules of every need, with reasons"
        case "needs.csv": "the needs the plan was made from"
        default: "export"
        }
    }

    private func knownReferences() throws -> KnownReferences {
        let thesaurus = try? library.thesaurus()
        let legal = try? library.legalBase()
        return KnownReferences(concepts: thesaurus.map { Set($0.concepts.map(\.id)) },
                               legalTopics: legal.map { Set($0.topics.map(\.id)) })
    }

    private func baseContent(_ request: Request, chosen: Set<String>? = nil) async throws -> PlanFormContent {
        var content = PlanFormContent()
        do {
            let survey = try await surveys.resolveSurvey(request.uri.queryParameters["survey"].map(String.init))
            content.survey = survey
            content.needs = try await surveys.status(of: survey).reduce(0) { $0 + $1.submitted }
        } catch let error as SurveyStoreError {
            content.problem = error.description
        }
        let uploaded = try await web.catalogues()
        content.catalogues = library.choices(uploaded: uploaded).enumerated().map { index, choice in
            PlanFormContent.Option(id: "catalogue-\(index + 1)", value: choice.key, label: choice.label,
                                   checked: chosen?.contains(choice.key) ?? choice.key.hasPrefix("file:"))
        }
        content.hasCatalogues = !content.catalogues.isEmpty
        content.languages = Self.languageOptions(chosen: "en")
        content.thesaurus = library.thesaurusFile.map { URL(fileURLWithPath: $0).lastPathComponent }
        content.legalBase = library.legalBaseFile.map { URL(fileURLWithPath: $0).lastPathComponent }
        content.runs = try await web.planRuns().map {
            PlanFormContent.Run(href: "/admin/plan/\($0.id ?? 0)", created: DateText.dateTime($0.createdAt, language: .english),
                                by: $0.createdBy, summary: $0.summary)
        }
        return content
    }

    static func languageOptions(chosen: String) -> [PlanFormContent.Option] {
        zip(exportLanguages, ["English", "Français", "Nederlands", "Deutsch"]).map {
            PlanFormContent.Option(id: "lang-" + $0.0, value: $0.0, label: $0.1, checked: $0.0 == chosen)
        }
    }

    private func coordinator(_ context: AppRequestContext) -> String {
        context.sessions.session?.name ?? "coordinator"
    }

    private func page(_ context: AppRequestContext, content: PlanFormContent, status: HTTPResponse.Status = .ok) async throws -> HTML {
        HTML(html: pages.render("admin-plan", AdminPage(
            pageTitle: "Match and plan", coordinator: coordinator(context), csrf: context.csrfBinding.map { tokens.token(for: $0) } ?? "",
            nav: AdminPage<PlanFormContent>.navigation(current: "/admin/plan"), content: content)), status: status)
    }
}
