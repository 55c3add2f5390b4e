import ArgumentParser
import Foundation
import NeedsCSV
import SurveyStore

/// `jointtraining survey import FILE.csv`: needs collected by e-mail or spreadsheet.
struct ImportNeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import needs rows (FORMATS.md section 4) as submitted responses, all or nothing.",
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
        let store = try database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        let receipt = try await storeCall { try await store.importNeeds(csv: bytes, name: file, into: survey, by: database.who) }
        for warning in receipt.warnings { Output.error(warning) }
        Output.text("imported \(receipt.needs) needs from \(receipt.services) services (\(receipt.newServices) new) into survey \(survey)")
    }
}

/// `jointtraining survey needs`: the needs of all submitted responses as CSV.
struct ExportNeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "needs",
        abstract: "Export the needs of all submitted responses (FORMATS.md section 4, UTF-8 with BOM)."
    )

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        let needs = try await storeCall { try await store.exportNeeds(of: survey, by: database.who) }
        try writeResult(NeedsWriter.write(needs), to: out)
        if out != nil { Output.error("\(needs.count) needs written to \(out!)") }
    }
}
