import ArgumentParser
import NeedsInventory
import SurveyStore
import TrainingModel

extension InventoryReport.Format: ExpressibleByArgument {}

/// `jointtraining survey report`: the needs inventory per topic, country and kind.
struct SurveyReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The needs inventory per topic, country and kind: services asking, staff to train, mean gap, mean priority.",
        discussion: """
        md and csv give the table; svg and html give a heatmap of staff to train (topics × \
        country and kind of service) with text in every cell, ready to paste into a report.
        """
    )

    @Option(help: "Output format: md, csv, svg or html.")
    var format: InventoryReport.Format = .md

    @Option(help: "Language of topic names and headings: nl, fr, de or en.")
    var lang: String = "en"

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        let inventory = try await storeCall { try await store.inventory(of: survey, by: database.who) }
        try writeResult(InventoryReport.render(inventory, as: format, language: LanguageCode(lang)), to: out)
    }
}
