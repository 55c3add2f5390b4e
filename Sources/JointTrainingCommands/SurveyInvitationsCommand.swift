import ArgumentParser
import Foundation
import SurveyDefinition
import Tabular
import SurveyStore
import TrainingModel

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
        case text, csv, xlsx
    }

    @Option(help: "Output format: text, csv or xlsx (default: xlsx when --out ends in .xlsx, csv with another --out, else text).")
    var format: Format?

    @Option(help: "Write the list (csv or xlsx) to this file instead of standard output.")
    var out: String?

    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    static let headers = ["id", "country", "kind", "service", "email", "state", "expires", "submitted"]

    func run() async throws {
        let store = try await database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        let invitations = try await storeCall { try await store.invitations(of: survey) }
        let now = Date()
        let rows: [[Cell]] = invitations.map { invitation in
            [.integer(Int(invitation.id)), .text(invitation.service.country.code), .text(invitation.service.kind.rawValue),
             .text(invitation.service.name), .text(invitation.email), .text(invitation.state(at: now).rawValue),
             .date(Day(invitation.expiresAt)), .date(invitation.submittedAt.map(Day.init))]
        }
        let table = Table(name: "invitations", header: Self.headers, rows: rows)
        let what = "\(invitations.count) invitations"
        switch format ?? (out == nil ? .text : SheetFormat.chosen(nil, out: out) == .xlsx ? .xlsx : .csv) {
        case .csv: try writeTable(table, as: .csv, to: out, what: what)
        case .xlsx: try writeTable(table, as: .xlsx, to: out, what: what)
        case .text:
            Output.text("survey \(survey)")
            Output.text(TextTable(headers: Self.headers, rows: rows.map { $0.map(\.plainText) }).rendered())
        }
    }
}
