import Foundation
import Hummingbird
import HummingbirdAuth
import NeedsCSV
import Tabular
import NeedsInventory
import SurveyStore
import TrainingModel

/// The coordinator's overview: response rates per country and kind, the inventory heatmap,
/// and the downloads of the needs CSV and of the inventory report in every format.
struct DashboardController: Sendable {
    let surveys: any SurveyStore
    let pages: PageRenderer
    let tokens: CSRFTokens

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("/", use: dashboard)
        group.get("/inventory", use: inventory)
        group.get("/exports/:file", use: export)
    }

    @Sendable func dashboard(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let text = CoordinatorText.for(VisitorLanguage.of(request))
        var content = DashboardContent(survey: nil, problem: nil, versions: [], countries: [], kinds: [], total: nil, downloads: [])
        do {
            content.versions = try await surveys.surveyVersions().map {
                .init(survey: $0.survey, version: $0.version, publishedAt: text.dateTime($0.publishedAt), publishedBy: $0.publishedBy)
            }
            let survey = try await surveys.resolveSurvey(request.uri.queryParameters["survey"].map(String.init))
            let rows = try await surveys.status(of: survey)
            content.survey = survey
            content.countries = Dictionary(grouping: rows, by: \.country).keys.sorted().map { country in
                let lines = rows.filter { $0.country == country }
                return .init(code: country.code, country: text.country(country),
                             lines: lines.map { DashboardContent.line(text.kind($0.kind), [$0], text: text) },
                             total: DashboardContent.line(text[.allServices], lines, text: text))
            }
            content.kinds = Dictionary(grouping: rows, by: \.kind).keys.sorted().map { kind in
                DashboardContent.line(text.kind(kind), rows.filter { $0.kind == kind }, text: text)
            }
            content.total = DashboardContent.line(text[.allKinds], rows, text: text)
            content.downloads = Self.downloads(survey: survey, text: text)
        } catch let error as SurveyStoreError {
            content.problem = text.problem(error)
        }
        return page(request, context, text: text, title: text[.navResponses], current: "/admin", template: "admin-dashboard", content: content)
    }

    @Sendable func inventory(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let text = CoordinatorText.for(VisitorLanguage.of(request))
        let content: InventoryContent
        do {
            let survey = try await surveys.resolveSurvey(request.uri.queryParameters["survey"].map(String.init))
            let inventory = try await surveys.inventory(of: survey)
            content = InventoryContent(inventory: inventory, downloads: Self.downloads(survey: survey, text: text), text: text)
        } catch let error as SurveyStoreError {
            content = InventoryContent(problem: text.problem(error))
        }
        return page(request, context, text: text, title: text[.inventoryTitle], current: "/admin/inventory", template: "admin-inventory", content: content)
    }

    /// `needs.csv`, or the inventory report as `inventory.md`, `.csv`, `.svg` or `.html`.
    @Sendable func export(_ request: Request, context: AppRequestContext) async throws -> Download {
        let file = context.parameters.get("file") ?? ""
        if file == "needs.csv" || file == "needs.xlsx" { return try await needsCSV(request, context: context, xlsx: file == "needs.xlsx") }
        if file == "inventory.xlsx" { return try await inventoryWorkbook(request, context: context) }
        guard file.hasPrefix("inventory."), let format = InventoryReport.Format(rawValue: String(file.dropFirst("inventory.".count))) else {
            throw HTTPError(.notFound)
        }
        return try await inventoryReport(request, context: context, format: format)
    }

    func needsCSV(_ request: Request, context: AppRequestContext, xlsx: Bool = false) async throws -> Download {
        let survey = try await resolved(request)
        let needs = try await surveys.exportNeeds(of: survey)
        let name = "\(survey)-needs.\(xlsx ? "xlsx" : "csv")"
        let bytes = xlsx ? try XLSXWriter.write(NeedsWriter.table(needs)) : Array(NeedsWriter.write(needs).utf8)
        // The needs carry services' names and free text: handing them out is logged, as
        // `survey export-needs` logs it (reading them wrote nothing).
        try await surveys.recordExport("needs", of: survey, detail: "\(needs.count) needs downloaded as \(xlsx ? "xlsx" : "CSV")",
                                       by: coordinator(context))
        return Download(bytes: bytes, filename: name, contentType: Download.contentType(for: name))
    }

    /// The inventory table as an xlsx workbook, with the same rows as `inventory.csv`.
    func inventoryWorkbook(_ request: Request, context: AppRequestContext) async throws -> Download {
        let survey = try await resolved(request)
        let inventory = try await surveys.inventory(of: survey)
        let name = "\(survey)-inventory.xlsx"
        return Download(bytes: try InventoryReport.xlsx(inventory, language: .english), filename: name, contentType: Download.contentType(for: name))
    }

    func inventoryReport(_ request: Request, context: AppRequestContext, format: InventoryReport.Format) async throws -> Download {
        let survey = try await resolved(request)
        let inventory = try await surveys.inventory(of: survey)
        let name = "\(survey)-inventory.\(format.rawValue)"
        // The reports people read follow the coordinator's language; the CSV keeps English labels, as the other CSVs.
        let language = format == .csv ? LanguageCode.english : VisitorLanguage.of(request)
        return Download(bytes: Array(InventoryReport.render(inventory, as: format, language: language).utf8), filename: name,
                        contentType: Download.contentType(for: name))
    }

    private func resolved(_ request: Request) async throws -> String {
        do {
            return try await surveys.resolveSurvey(request.uri.queryParameters["survey"].map(String.init))
        } catch is SurveyStoreError {
            throw HTTPError(.notFound)
        }
    }

    static func downloads(survey: String, text: CoordinatorText) -> [DownloadLink] {
        let query = "?survey=" + (survey.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? survey)
        return [DownloadLink(href: "/admin/exports/needs.csv" + query, label: text[.downloadNeeds]),
                DownloadLink(href: "/admin/exports/needs.xlsx" + query, label: text[.downloadNeeds] + " — xlsx")]
            + (InventoryReport.Format.allCases.map(\.rawValue) + ["xlsx"]).map {
                DownloadLink(href: "/admin/exports/inventory.\($0)" + query, label: text.sentences.downloadInventory(format: $0.uppercased()))
            }
    }

    private func coordinator(_ context: AppRequestContext) -> String {
        context.sessions.session?.name ?? "coordinator"
    }

    private func page<Content>(_ request: Request, _ context: AppRequestContext, text: CoordinatorText, title: String, current: String,
                               template: String, content: Content) -> HTML {
        HTML(html: pages.render(template, AdminPage(request, context: context, tokens: tokens, text: text, title: title,
                                                    address: current, current: current, content: content)))
    }
}
