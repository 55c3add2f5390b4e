import ArgumentParser
import Foundation
import SurveyStore

/// `jointtraining survey audit`: who published, invited, reopened, saved, submitted, imported and
/// exported what, and when.
struct SurveyAuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the audit log: publish, invite, revoke, reopen, save, submit, import and export, with who and when."
    )

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try await database.open()
        let entries = try await storeCall { try await store.auditLog() }
        switch format {
        case .json:
            try Output.json(entries)
        case .text:
            let rows = entries.map { entry in
                [entry.at.formatted(.iso8601), entry.actor, entry.action.rawValue, entry.survey ?? "", entry.subject, entry.detail]
            }
            Output.text(TextTable(headers: ["when (UTC)", "who", "action", "survey", "what", "detail"], rows: rows).rendered(maxColumnWidth: 70))
        }
    }
}
