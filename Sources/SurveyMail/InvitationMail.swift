import Foundation
import Mail
import SurveyDefinition
import SurveyStore
import TrainingModel
import Wording

/// The e-mail that carries an invitation link, or a reminder with a new link, in the
/// invitation's language (else the first language of the service's country).
public struct InvitationMail: Sendable {
    public enum Kind: String, Sendable {
        case invitation
        case reminder
    }

    public var kind: Kind
    public var invitation: Int64
    public var message: MailMessage

    /// The mail for `service`'s link; nil when the invitation has no e-mail address.
    public static func compose(_ kind: Kind, invitation: Int64, service: ServiceIdentity, email: String?, language: LanguageCode?,
                               link: String, expiresAt: Date, submitted: Bool = false, survey: Survey, from: MailAddress,
                               at date: Date) -> InvitationMail? {
        guard let email, !email.isEmpty else { return nil }
        let reader = ReaderLanguage(language ?? service.country.answerLanguages[0])
        let words = reader.mailWords
        let title = survey.title(for: reader.code)
        let lead = switch kind {
        case .invitation: words.invitationLead(service: service.name, survey: title)
        case .reminder: submitted ? words.reminderSubmitted(service: service.name, survey: title)
                                  : words.reminderLead(service: service.name, survey: title)
        }
        var paragraphs = [words.greeting, lead, words.linkIntro + "\n" + link]
        if !submitted { paragraphs.append(words.draftHint) }
        paragraphs.append(words.validUntil(reader.date(expiresAt)))
        if kind == .reminder { paragraphs.append(words.replacesEarlier) }
        paragraphs.append(words.closing)
        let message = MailMessage(
            from: from, to: MailAddress(email, name: service.name),
            subject: kind == .invitation ? words.invitationSubject : words.reminderSubject,
            body: paragraphs.joined(separator: "\n\n") + "\n", language: reader.rawValue, date: date,
            id: "\(kind.rawValue)-\(invitation)-\(Int(date.timeIntervalSince1970))-\(UUID().uuidString.prefix(8))")
        return InvitationMail(kind: kind, invitation: invitation, message: message)
    }

}
