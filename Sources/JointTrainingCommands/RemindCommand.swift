import ArgumentParser
import Foundation
import SurveyDefinition
import SurveyMail
import SurveyStore
import TrainingModel

/// `jointtraining survey remind [--not-answered] [--send]`: reminders with a new link.
struct RemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "List (and with --send, e-mail) reminders to the services whose invitation is still open.",
        discussion: """
        A reminder goes to every invitation that is not withdrawn or expired and has an e-mail \
        address; with --not-answered only to those that have not submitted. Each reminder \
        carries a new link in the invitation's language (the database keeps only hashes of \
        links, so the first cannot be sent again); earlier links keep working. Without --send \
        the command only lists who would get one. Every e-mail sent or not delivered is \
        written to the audit log.
        """
    )

    @Flag(name: .customLong("not-answered"), help: "Only services that have not submitted their answers.")
    var notAnswered = false

    @Flag(help: "Send the reminders (otherwise they are only listed).")
    var send = false

    @OptionGroup var site: SiteAddress
    var baseURL: String { site.resolved() }

    @OptionGroup var mail: MailOptions
    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if send { _ = try mail.settings() }
    }

    func run() async throws {
        let store = try await database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        guard send else {
            let due = try await storeCall { try await InvitationMailer.remindable(store: store, survey: survey, notAnswered: notAnswered, at: Date()) }
            for invitation in due {
                Output.text("\(invitation.id)\t\(invitation.service.country)\t\(invitation.service.kind.rawValue)\t\(invitation.service.name)\t"
                      + (invitation.email ?? "(no e-mail address)"))
            }
            Output.error("\(due.count) invitation(s) would get a reminder; give --send to e-mail them")
            return
        }
        let mailer = try mail.mailer(store: store, baseURL: baseURL)
        try MailOptions.report(try await storeCall { try await mailer.sendReminders(of: survey, notAnswered: notAnswered, by: database.who) },
                               kind: "reminder")
    }
}
