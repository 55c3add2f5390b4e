import ArgumentParser
import Foundation
import SurveyStore

/// `jointtraining survey reopen ID`: lets a service change a submitted response.
struct ReopenInvitationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Reopen a submitted response: its link shows the form again, with the submitted answers.",
        discussion: """
        Every earlier revision is kept. The submission keeps counting until the service \
        submits again; the needs of the new submission then replace it. Withdrawn and expired \
        invitations, and responses never submitted, cannot be reopened.
        """
    )

    @Argument(help: "The invitation number, as printed by `survey invite` and `survey invitations`.")
    var invitation: Int64

    @Option(help: "Who reopens, as written in the audit log (default: --actor, else the login name).")
    var by: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try await database.open()
        let receipt = try await storeCall { try await store.reopenInvitation(invitation, by: by ?? database.who) }
        if receipt.alreadyReopened {
            Output.text("invitation \(invitation) was already reopened on \(receipt.reopenedAt.formatted(.iso8601.year().month().day())); nothing changed")
        } else {
            Output.text("invitation \(invitation) reopened: contribution \(receipt.contribution) can be changed and submitted again through the same link")
        }
    }
}
