import TrainingModel

/// The fixed words of invitation and reminder e-mails, one complete set per language: a set
/// that lacks a word does not compile.
struct InvitationMailWords: Sendable {
    var invitationSubject: String
    var reminderSubject: String
    var greeting: String
    /// `%service` and `%survey` mark where the service's name and the survey's title go.
    var invitationLead: String
    var reminderLead: String
    var reminderSubmitted: String
    var linkIntro: String
    var draftHint: String
    /// `%date`: the last day the link works.
    var validUntil: String
    var replacesEarlier: String
    var closing: String

    static func of(_ language: ReaderLanguage) -> InvitationMailWords {
        switch language {
        case .dutch: dutch
        case .french: french
        case .german: german
        case .english: english
        }
    }

    static let dutch = InvitationMailWords(
        invitationSubject: "Vragenlijst gezamenlijke opleiding: uw persoonlijke link",
        reminderSubject: "Herinnering: vragenlijst gezamenlijke opleiding",
        greeting: "Geachte mevrouw, geachte heer,",
        invitationLead: "De coördinator nodigt u uit om voor %service de vragenlijst „%survey” in te vullen.",
        reminderLead: "Wij hebben de antwoorden van %service op de vragenlijst „%survey” nog niet ontvangen.",
        reminderSubmitted: "Hartelijk dank: de antwoorden van %service op de vragenlijst „%survey” zijn ontvangen. Met deze link kunt u ze inzien.",
        linkIntro: "Uw persoonlijke link (geef hem niet door):",
        draftHint: "U kunt een concept opslaan en later met dezelfde link verdergaan.",
        validUntil: "De link is geldig tot en met %date.",
        replacesEarlier: "Deze link werkt naast de link die u eerder ontving.",
        closing: "Met vriendelijke groet,\nde coördinatie van de gezamenlijke opleiding"
    )

    static let french = InvitationMailWords(
        invitationSubject: "Enquête sur la formation commune : votre lien personnel",
        reminderSubject: "Rappel : enquête sur la formation commune",
        greeting: "Madame, Monsieur,",
        invitationLead: "Le coordinateur vous invite à répondre, pour %service, à l’enquête « %survey ».",
        reminderLead: "Nous n’avons pas encore reçu les réponses de %service à l’enquête « %survey ».",
        reminderSubmitted: "Merci : les réponses de %service à l’enquête « %survey » nous sont parvenues. Ce lien vous permet de les consulter.",
        linkIntro: "Votre lien personnel (ne le transmettez pas) :",
        draftHint: "Vous pouvez enregistrer un brouillon et reprendre plus tard avec le même lien.",
        validUntil: "Le lien est valable jusqu’au %date inclus.",
        replacesEarlier: "Ce lien fonctionne en plus de celui que vous avez reçu auparavant.",
        closing: "Cordialement,\nla coordination de la formation commune"
    )

    static let german = InvitationMailWords(
        invitationSubject: "Umfrage zur gemeinsamen Fortbildung: Ihr persönlicher Link",
        reminderSubject: "Erinnerung: Umfrage zur gemeinsamen Fortbildung",
        greeting: "Sehr geehrte Damen und Herren,",
        invitationLead: "die Koordination lädt Sie ein, für %service die Umfrage „%survey“ zu beantworten.",
        reminderLead: "die Antworten von %service auf die Umfrage „%survey“ sind noch nicht bei uns eingegangen.",
        reminderSubmitted: "vielen Dank: Die Antworten von %service auf die Umfrage „%survey“ sind eingegangen. Mit diesem Link können Sie sie einsehen.",
        linkIntro: "Ihr persönlicher Link (bitte nicht weitergeben):",
        draftHint: "Sie können einen Entwurf speichern und später mit demselben Link weitermachen.",
        validUntil: "Der Link gilt bis einschließlich %date.",
        replacesEarlier: "Dieser Link gilt neben dem Link, den Sie zuvor erhalten haben.",
        closing: "Mit freundlichen Grüßen\nDie Koordination der gemeinsamen Fortbildung"
    )

    static let english = InvitationMailWords(
        invitationSubject: "Joint training survey: your personal link",
        reminderSubject: "Reminder: joint training survey",
        greeting: "Dear Sir or Madam,",
        invitationLead: "The coordinator invites you to answer the survey “%survey” for %service.",
        reminderLead: "We have not yet received the answers of %service to the survey “%survey”.",
        reminderSubmitted: "Thank you: the answers of %service to the survey “%survey” have arrived. This link lets you see them.",
        linkIntro: "Your personal link (please do not pass it on):",
        draftHint: "You can save a draft and come back later through the same link.",
        validUntil: "The link works until %date inclusive.",
        replacesEarlier: "This link works beside the one you received before.",
        closing: "Kind regards,\nthe joint training coordination"
    )
}
