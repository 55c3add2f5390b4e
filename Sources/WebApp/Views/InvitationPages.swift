import Foundation
import Mail
import SurveyDefinition
import SurveyMail
import SurveyStore
import Tabular
import TrainingModel

/// The invitations page (`admin-invitations`): invite one service, invite a list from CSV, the
/// links just issued (shown once: only their hashes are kept), and every invitation with its
/// state and the actions it allows. Countries and kinds are named in the coordinator's
/// language; the CSV of the new links keeps the codes, for spreadsheets and mail merges.
struct InvitationsContent {
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Issued {
        var id: Int64
        var service: String
        var country: String
        var kind: String
        var email: String
        var link: String
    }

    struct Line {
        var id: Int64
        var service: String
        var country: String
        var kind: String
        var email: String
        var state: String
        var expires: String
        var submitted: String
        var canRevoke: Bool
        var canReopen: Bool
        var revokeAction: String
        var reopenAction: String
        /// What the buttons say to screen readers after "Reopen" and "Withdraw": whose.
        var reopenWhose: String
        var withdrawWhose: String

        init(_ invitation: InvitationOverview, at now: Date, text: CoordinatorText) {
            id = invitation.id
            service = invitation.service.name
            country = text.country(invitation.service.country)
            kind = text.kind(invitation.service.kind)
            email = invitation.email ?? ""
            state = switch invitation.state(at: now) {
            case .invited: text[.stateInvited]
            case .draft: text[.stateDraft]
            case .submitted: text[.stateSubmitted]
            case .reopened: text[.stateReopened]
            case .revoked: text.sentences.stateWithdrawn(on: invitation.revokedAt.map(DateText.day) ?? "")
            case .expired: text[.stateExpired]
            }
            expires = DateText.day(invitation.expiresAt)
            submitted = invitation.submittedAt.map(DateText.day) ?? ""
            canRevoke = invitation.revokedAt == nil
            // The store refuses to reopen an expired invitation's response: no button for it.
            canReopen = invitation.revokedAt == nil && invitation.submittedAt != nil && now < invitation.expiresAt
            revokeAction = "/admin/invitations/\(invitation.id)/revoke"
            reopenAction = "/admin/invitations/\(invitation.id)/reopen"
            reopenWhose = text.sentences.reopenWhose(service)
            withdrawWhose = text.sentences.withdrawWhose(service)
        }
    }

    var survey: String?
    var problem: String?
    var countries: [Option]
    var kinds: [Option]
    var languages: [Option]
    var service: String = ""
    var email: String = ""
    var days = String(InvitationsController.defaultValidityDays)
    var formProblems: [String] = []
    var uploadProblems: [String] = []
    var issued: [Issued] = []
    var issuedCSV: String = ""
    var hasIssued: Bool = false
    var lines: [Line] = []
    /// What the last action did, after its redirect.
    var notice: String?
    /// Why the last action was refused.
    var refusal: String?
    /// The one-time value of this rendering's forms (see `InvitationsController.firstSubmission`).
    var formOnce = Secrets.randomToken()
    /// Whether a mail relay is set up: the page offers to send links and reminders.
    var canMail = false
    var remindNotAnswered = true
    /// What became of each e-mail just sent.
    var mailHeading: String?
    var mailSummary: String = ""
    var mailLines: [MailLine] = []
    var mailFailures: [String] = []
    var mailFailed: Bool { !mailFailures.isEmpty }

    /// One e-mail's delivery, by address.
    struct MailLine {
        var id: Int64
        var service: String
        var address: String
        var outcome: String
        /// `sent`, `failed` or `none`, for the page's style.
        var status: String
    }

    init(survey: String?, problem: String? = nil, country: String = "BE", kind: String = "police", language: String = "",
         text: CoordinatorText) {
        self.survey = survey
        self.problem = problem
        countries = [CountryCode.belgium, .netherlands, .luxembourg].map {
            Option(value: $0.code, label: text.country($0), selected: $0.code == country)
        }
        kinds = ServiceKind.allCases.map { Option(value: $0.rawValue, label: text.kind($0), selected: $0.rawValue == kind) }
        languages = [Option(value: "", label: text[.languageFromCountry], selected: language.isEmpty)]
            + InvitationList.invitationLanguages.map { Option(value: $0.tag, label: text.languageName($0), selected: $0.tag == language) }
    }

    /// The deliveries of one sending, each address with its outcome, the failures again at the
    /// top: nothing half-sent without saying so.
    mutating func showMail(_ reports: [MailReport], heading: String, text: CoordinatorText) {
        mailHeading = heading
        mailLines = reports.map { report in
            let (outcome, status): (String, String) = switch report.outcome {
            case .sent: (text[.mailSent], "sent")
            case .failed(let failure): (text.sentences.mailFailed(text.sentences.mailFailure(failure)), "failed")
            case .noAddress: (text[.mailNoAddress], "none")
            }
            return MailLine(id: report.invitation, service: report.service.name, address: report.address ?? "", outcome: outcome, status: status)
        }
        mailFailures = reports.compactMap { report in
            guard case .failed(let failure) = report.outcome else { return nil }
            return "\(report.address ?? "") (\(report.service.name)): \(text.sentences.mailFailure(failure))"
        }
        let sent = reports.filter { $0.outcome == .sent }.count
        mailSummary = text.sentences.mailSummary(sent: sent, failed: mailFailures.count, withoutAddress: reports.count - sent - mailFailures.count)
    }

    mutating func show(_ issued: [IssuedInvitation], base: String, text: CoordinatorText) {
        self.issued = issued.map {
            Issued(id: $0.id, service: $0.request.service.name, country: text.country($0.request.service.country),
                   kind: text.kind($0.request.service.kind), email: $0.request.email ?? "", link: $0.link(base: base))
        }
        hasIssued = !issued.isEmpty
        issuedCSV = CSVWriter.write(Table(name: "invitations", header: ["country", "kind", "service", "email", "link"], rows: issued.map {
            let service = $0.request.service
            return [.text(service.country.code), .text(service.kind.rawValue), .text(service.name), .text($0.request.email), .text($0.link(base: base))]
        }), byteOrderMark: false)
    }
}
