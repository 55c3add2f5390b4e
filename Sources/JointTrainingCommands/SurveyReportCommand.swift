import ArgumentParser
import Foundation
import NeedsInventory
import SurveyStore
import TrainingModel

/// The `--format` values of `survey report`: the inventory's renderings, and the xlsx workbook.
enum ReportFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    case md, csv, svg, html, xlsx
}

/// `jointtraining survey report`: the needs inventory per topic, country and kind.
struct SurveyReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The needs inventory per topic, country and kind: services asking, staff to train, mean gap, mean priority.",
        discussion: """
        md and csv give the table, xlsx the same table as a workbook with typed cells; svg and \
        html give a heatmap of staff to train (topics × country and kind of service) with text \
        in every cell, ready to paste into a report.
        """
    )

    @Option(help: "Output format: md, csv, svg, html or xlsx (default: from the --out file's extension, else md).")
    var format: ReportFormat?

    @Option(help: "Language of topic names and headings: nl, fr, de or en.")
    var lang: String = "en"

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    /// `--format`, or the format the `--out` file's extension names, or Markdown.
    var chosenFormat: ReportFormat {
        format ?? out.flatMap { ReportFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .md
    }

    func validate() throws {
        if chosenFormat == .xlsx && out == nil {
            throw ValidationError("An xlsx workbook is a binary file: give --out FILE.xlsx.")
        }
    }

    func run() async throws {
        let store = try await database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        let inventory = try await storeCall { try await store.inventory(of: survey) }
        let language = LanguageCode(lang)
        let rendering: InventoryReport.Format
        switch chosenFormat {
        case .xlsx:
            try writeTable(InventoryReport.table(inventory, language: language), as: .xlsx, to: out, what: "the needs inventory")
            try await recordExport(inventory, store: store)
            return
        case .md: rendering = .md
        case .csv: rendering = .csv
        case .svg: rendering = .svg
        case .html: rendering = .html
        }
        try writeResult(InventoryReport.render(inventory, as: rendering, language: language), to: out)
        if let out { Output.error("the needs inventory (\(rendering.rawValue)) written to \(out)") }
        try await recordExport(inventory, store: store)
    }

    /// Handing the inventory out is worth a line in the audit log; reading it wrote nothing.
    private func recordExport(_ inventory: Inventory, store: any SurveyStore) async throws {
        try await storeCall {
            try await store.recordExport("inventory", of: inventory.survey,
                                         detail: "inventory of \(inventory.rows.count) topic, country and kind lines", by: database.who)
        }
    }
}
