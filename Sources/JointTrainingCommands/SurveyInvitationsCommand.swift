import ArgumentParser
import Foundation
import NeedsCSV
import SurveyStore

/// `jointtraining survey invitations`: every invitation with its service and state.
struct SurveyInvitationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invitations",
        abstract: "List the invitations: number, service, e-mail, state, expiry and submission date.",
        discussion: """
        The state is one of invited, draft, submitted, reopened (submitted, then reopened with \
        `survey reopen`, and not submitted again yet), revoked and expired. A submission stays \
        submitted after its link expires.
        """
    )

    /// The output formats of the list.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, csv
    }

    @Option(help: "Output format: text or csv.")
    var format: Format = .text

    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    static let headers = ["id", "country", "kind", "service", "email", "state", "expires", "submitted"]

    func run() async throws {
        let store = try database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        let invitations = try await storeCall { try await store.invitations(of: survey) }
        let now = Date()
        let rows = invitations.map { invitation in
            [String(invitation.id), invitation.service.country.code, invitation.service.kind.rawValue, invitation.service.name,
             invitation.email ?? "", invitation.state(at: now).rawValue, Self.day(invitation.expiresAt),
             invitation.submittedAt.map(Self.day) ?? ""]
        }
        switch format {
        case .csv:
            // With a byte-order mark and CRLF, as the other CSV files, so that Excel opens it as UTF-8.
            let lines = ([Self.headers] + rows).map { $0.map(CSVField.escape).joined(separator: ",") + "\r\n" }
            try writeResult("\u{FEFF}" + lines.joined(), to: nil)
        case .text:
            Output.text("survey \(survey)")
            Output.text(TextTable(headers: Self.headers, rows: rows).rendered())
        }
    }

    private static func day(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day())
    }
}
