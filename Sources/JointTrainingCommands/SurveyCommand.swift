import ArgumentParser

/// `jointtraining survey`: publish the needs survey, invite services, follow the answers
/// and turn them into the needs inventory.
struct SurveyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Publish the training-needs survey, invite services, follow and reopen their responses, import and export needs, report the inventory.",
        subcommands: [
            PublishSurveyCommand.self, InviteCommand.self, SurveyInvitationsCommand.self, RevokeInvitationCommand.self,
            ReopenInvitationCommand.self, ImportNeedsCommand.self,
            ExportNeedsCommand.self, SurveyStatusCommand.self, SurveyReportCommand.self, SurveyAuditCommand.self,
            RemindCommand.self, ExportServiceCommand.self, EraseServiceCommand.self, RetentionCommand.self,
        ]
    )
}
