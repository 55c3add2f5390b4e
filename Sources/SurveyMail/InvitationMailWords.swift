import TrainingModel
import Wording

/// The fixed words of invitation and reminder e-mails in one language. One type per language
/// conforms: a language that lacks a word does not compile. The service's name, the survey's
/// title and the last day are values the sentences place where their grammar wants them.
protocol InvitationMailWords: Sendable {
    var invitationSubject: String { get }
    var reminderSubject: String { get }
    var greeting: String { get }
    func invitationLead(service: String, survey: String) -> String
    func reminderLead(service: String, survey: String) -> String
    func reminderSubmitted(service: String, survey: String) -> String
    var linkIntro: String { get }
    var draftHint: String { get }
    /// `day`: the last day the link works, as the language writes a date.
    func validUntil(_ day: String) -> String
    var replacesEarlier: String { get }
    var closing: String { get }
}

extension ReaderLanguage {
    /// The e-mails' words in this language.
    var mailWords: any InvitationMailWords {
        pick(dutch: DutchMailWords(), french: FrenchMailWords(), german: GermanMailWords(), english: EnglishMailWords())
    }
}

struct DutchMailWords: InvitationMailWords {
    let invitationSubject = "Vragenlijst gezamenlijke opleiding: uw persoonlijke link"
    let reminderSubject = "Herinnering: vragenlijst gezamenlijke opleiding"
    let greeting = "Geachte mevrouw, geachte heer,"
    func invitationLead(service: String, survey: String) -> String {
        "De coördinator nodigt u uit om voor \(service) de vragenlijst „\(survey)” in te vullen."
    }
    func reminderLead(service: String, survey: String) -> String {
        "Wij hebben de antwoorden van \(service) op de vragenlijst „\(survey)” nog niet ontvangen."
    }
    func reminderSubmitted(service: String, survey: String) -> String {
        "Hartelijk dank: de antwoorden van \(service) op de vragenlijst „\(survey)” zijn ontvangen. Met deze link kunt u ze inzien."
    }
    let linkIntro = "Uw persoonlijke link (geef hem niet door):"
    let draftHint = "U kunt een concept opslaan en later met dezelfde link verdergaan."
    func validUntil(_ day: String) -> String { "De link is geldig tot en met \(day)." }
    let replacesEarlier = "Deze link werkt naast de link die u eerder ontving."
    let closing = "Met vriendelijke groet,\nde coördinatie van de gezamenlijke opleiding"
}

struct FrenchMailWords: InvitationMailWords {
    let invitationSubject = "Enquête sur la formation commune : votre lien personnel"
    let reminderSubject = "Rappel : enquête sur la formation commune"
    let greeting = "Madame, Monsieur,"
    func invitationLead(service: String, survey: String) -> String {
        "Le coordinateur vous invite à répondre, pour \(service), à l’enquête « \(survey) »."
    }
    func reminderLead(service: String, survey: String) -> String {
        "Nous n’avons pas encore reçu les réponses de \(service) à l’enquête « \(survey) »."
    }
    func reminderSubmitted(service: String, survey: String) -> String {
        "Merci : les réponses de \(service) à l’enquête « \(survey) » nous sont parvenues. Ce lien vous permet de les consulter."
    }
    let linkIntro = "Votre lien personnel (ne le transmettez pas) :"
    let draftHint = "Vous pouvez enregistrer un brouillon et reprendre plus tard avec le même lien."
    func validUntil(_ day: String) -> String { "Le lien est valable jusqu’au \(day) inclus." }
    let replacesEarlier = "Ce lien fonctionne en plus de celui que vous avez reçu auparavant."
    let closing = "Cordialement,\nla coordination de la formation commune"
}

struct GermanMailWords: InvitationMailWords {
    let invitationSubject = "Umfrage zur gemeinsamen Fortbildung: Ihr persönlicher Link"
    let reminderSubject = "Erinnerung: Umfrage zur gemeinsamen Fortbildung"
    let greeting = "Sehr geehrte Damen und Herren,"
    func invitationLead(service: String, survey: String) -> String {
        "die Koordination lädt Sie ein, für \(service) die Umfrage „\(survey)“ zu beantworten."
    }
    func reminderLead(service: String, survey: String) -> String {
        "die Antworten von \(service) auf die Umfrage „\(survey)“ sind noch nicht bei uns eingegangen."
    }
    func reminderSubmitted(service: String, survey: String) -> String {
        "vielen Dank: Die Antworten von \(service) auf die Umfrage „\(survey)“ sind eingegangen. Mit diesem Link können Sie sie einsehen."
    }
    let linkIntro = "Ihr persönlicher Link (bitte nicht weitergeben):"
    let draftHint = "Sie können einen Entwurf speichern und später mit demselben Link weitermachen."
    func validUntil(_ day: String) -> String { "Der Link gilt bis einschließlich \(day)." }
    let replacesEarlier = "Dieser Link gilt neben dem Link, den Sie zuvor erhalten haben."
    let closing = "Mit freundlichen Grüßen\nDie Koordination der gemeinsamen Fortbildung"
}

struct EnglishMailWords: InvitationMailWords {
    let invitationSubject = "Joint training survey: your personal link"
    let reminderSubject = "Reminder: joint training survey"
    let greeting = "Dear Sir or Madam,"
    func invitationLead(service: String, survey: String) -> String {
        "The coordinator invites you to answer the survey “\(survey)” for \(service)."
    }
    func reminderLead(service: String, survey: String) -> String {
        "We have not yet received the answers of \(service) to the survey “\(survey)”."
    }
    func reminderSubmitted(service: String, survey: String) -> String {
        "Thank you: the answers of \(service) to the survey “\(survey)” have arrived. This link lets you see them."
    }
    let linkIntro = "Your personal link (please do not pass it on):"
    let draftHint = "You can save a draft and come back later through the same link."
    func validUntil(_ day: String) -> String { "The link works until \(day) inclusive." }
    let replacesEarlier = "This link works beside the one you received before."
    let closing = "Kind regards,\nthe joint training coordination"
}
