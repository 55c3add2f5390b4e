import ArgumentParser
import SurveyStore
import TrainingModel

/// `jointtraining survey status`: how far the survey has come, per country and kind.
struct SurveyStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show invited, draft and submitted responses per country and kind of service."
    )

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try await database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        let rows = try await storeCall { try await store.status(of: survey) }
        switch format {
        case .json:
            try Output.json(StatusDocument(survey: survey, rows: rows))
        case .text:
            let total = rows.reduce(into: (0, 0, 0)) { $0.0 += $1.invited; $0.1 += $1.draft; $0.2 += $1.submitted }
            var lines = rows.map { [$0.country.code, $0.kind.rawValue, String($0.invited), String($0.draft), String($0.submitted)] }
            lines.append(["all", "", String(total.0), String(total.1), String(total.2)])
            Output.text("survey \(survey)")
            Output.text(TextTable(headers: ["country", "kind", "invited", "draft", "submitted"], rows: lines).rendered())
        }
    }
}

/// The JSON document `survey status --format json` prints.
struct StatusDocument: Encodable {
    var survey: String
    var rows: [StatusRow]
}
