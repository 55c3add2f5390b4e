import ArgumentParser
import Foundation
import Mail
import SurveyDefinition
import SurveyMail
import SurveyStore
import TrainingModel

/// The options of commands that send e-mail: the relay and the sender.
struct MailOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The mail relay: smtp://[USER@]HOST[:PORT] (STARTTLS) or smtps://HOST[:PORT] (TLS); default JOINTTRAINING_SMTP_URL. The password comes from JOINTTRAINING_SMTP_PASSWORD.", valueName: "url"))
    var smtp: String?

    @Option(help: ArgumentHelp("The sender's address; default JOINTTRAINING_MAIL_FROM.", valueName: "address"))
    var from: String?

    /// The relay's settings and the sender, or a usage error that says what is missing.
    func settings() throws -> (SMTPSettings, MailAddress) {
        let environment = ProcessInfo.processInfo.environment
        guard let url = SMTPSettings.url(option: smtp, environment: environment) else {
            throw ValidationError("--send needs a mail relay: give --smtp smtp://HOST:PORT or set JOINTTRAINING_SMTP_URL")
        }
        let settings: SMTPSettings
        switch SMTPSettings.parse(url, environment: environment) {
        case .success(let parsed): settings = parsed
        case .failure(let error): throw ValidationError("--smtp: \(error.message)")
        }
        guard let sender = from ?? environment["JOINTTRAINING_MAIL_FROM"] else {
            throw ValidationError("--send needs a sender: give --from ADDRESS or set JOINTTRAINING_MAIL_FROM")
        }
        let address = MailAddress(sender, name: "JointTraining")
        guard address.isSendable else { throw ValidationError("--from \"\(sender)\" is not an e-mail address") }
        return (settings, address)
    }

    func mailer(store: any SurveyStore, baseURL: String) throws -> InvitationMailer {
        let (settings, sender) = try settings()
        return InvitationMailer(store: store, client: SMTPClient(settings: settings), from: sender, baseURL: baseURL)
    }

    /// Prints one line per invitation and fails (exit 3) when a delivery failed.
    static func report(_ reports: [MailReport], kind: String) throws {
        for report in reports {
            let who = "invitation \(report.invitation) (\(report.service.country) \(report.service.kind.rawValue) \"\(report.service.name)\")"
            switch report.outcome {
            case .sent: Output.error("\(kind) e-mail sent to \(report.address ?? "") for \(who)")
            case .noAddress: Output.error("no e-mail address for \(who): pass its link on by hand")
            case .failed(let reason): Output.error("error: \(kind) e-mail to \(report.address ?? "") for \(who) not delivered: \(reason)")
            }
        }
        let failed = reports.filter { if case .failed = $0.outcome { true } else { false } }.count
        let sent = reports.filter { $0.outcome == .sent }.count
        Output.error("\(sent) \(kind) e-mail(s) sent, \(failed) not delivered, \(reports.count - sent - failed) without an address")
        if failed > 0 { throw CommandFailure(message: "error: \(failed) e-mail(s) could not be delivered; the lines above name each address") }
    }
}
