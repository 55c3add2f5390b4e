import ArgumentParser
import Foundation
import NeedsCSV
import SurveyStore

/// `jointtraining survey import FILE.csv`: needs collected by e-mail or spreadsheet.
struct ImportNeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import needs rows (docs/formats.md section 4) as submitted responses, all or nothing.",
        discussion: """
        Each distinct country, service_kind and service becomes a service with a submitted \
        response. Topics must be concepts of the survey's thesaurus when it was published \
        with one. One bad row and nothing is imported: every bad row is reported with its line.
        """
    )

    @Argument(help: "The needs CSV file.")
    var file: String

    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let bytes = try readInput(file)
        let store = try await database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        let receipt = try await storeCall { try await store.importNeeds(csv: bytes, name: file, into: survey, by: database.who) }
        for warning in receipt.warnings { Output.error(warning) }
        Output.text("imported \(receipt.needs) needs from \(receipt.services) services (\(receipt.newServices) new) into survey \(survey)")
    }
}

/// `jointtraining survey needs`: the needs of all submitted responses as CSV or xlsx.
struct ExportNeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "needs",
        abstract: "Export the needs of all submitted responses (docs/formats.md section 4, UTF-8 with BOM), or as an xlsx workbook.",
        discussion: """
        The CSV can be imported again unchanged. The xlsx workbook has the same rows with typed \
        cells (numbers as numbers), a frozen header row and column widths; it is chosen with \
        --format xlsx or an --out file ending in .xlsx.
        """
    )

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Option(help: "csv or xlsx (default: xlsx when --out ends in .xlsx, else csv).")
    var format: SheetFormat?

    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if SheetFormat.chosen(format, out: out) == .xlsx && out == nil {
            throw ValidationError("An xlsx workbook is a binary file: give --out FILE.xlsx.")
        }
    }

    func run() async throws {
        let store = try await database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        let needs = try await storeCall { try await store.exportNeeds(of: survey) }
        try writeTable(NeedsWriter.table(needs), as: SheetFormat.chosen(format, out: out), to: out, what: "\(needs.count) needs")
        // Handing the needs out is worth a line in the audit log; reading them wrote nothing.
        try await storeCall { try await store.recordExport("needs", of: survey, detail: "\(needs.count) needs exported", by: database.who) }
    }
}
