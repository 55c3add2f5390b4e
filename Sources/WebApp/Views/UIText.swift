import TrainingModel

/// The respondent pages' own words (buttons, notices, scale labels, error pages) in the four
/// survey languages; the survey's questions bring their own translations, and the coordinator's
/// pages have their own table (`CoordinatorText`). A class: templates
/// look its words up many times per page, and a reference is cheaper to hand over than a copy.
final class UIText: Sendable {
    let language: LanguageCode
    let languageName: String
    let languageLabel: String
    let skipToQuestions: String
    let required: String
    let choose: String
    let saveDraft: String
    let submit: String
    let autosaveNotice: String
    let resumeNotice: String
    let draftSaved: String
    let autosaved: String
    let autosaveFailed: String
    let errorSummary: String
    let conditionNote: String
    let rankHelp: String
    let rank: String
    let notRanked: String
    let matrixFields: [TopicFieldName: String]
    let relevance: [String]
    let levels: [String]
    let priorities: [String]
    let receiptTitle: String
    let receiptText: String
    let contributionNumber: String
    let submittedOn: String
    let printCopy: String
    let readOnly: String
    let yourAnswers: String
    let noAnswer: String
    let topic: String
    let alreadySubmitted: String
    let notFoundTitle: String
    let notFoundText: String
    let tooManyTitle: String
    let tooManyText: String
    let forbiddenTitle: String
    let forbiddenText: String
    let tooLargeTitle: String
    let tooLargeText: String
    let badRequestTitle: String
    let badRequestText: String
    let failureTitle: String
    let failureText: String
    let next: String
    let back: String
    let stepOf: String
    let stepShort: String
    let stepsLabel: String
    let choiceStepHelp: String
    let detailsStepTitle: String
    let detailsStepHelp: String
    let noTopicChosen: String
    let keyboardHint: String
    let errorSummaryPage: String

    init(language: LanguageCode, languageName: String, languageLabel: String, skipToQuestions: String, required: String, choose: String, saveDraft: String, submit: String, autosaveNotice: String, resumeNotice: String, draftSaved: String, autosaved: String, autosaveFailed: String, errorSummary: String, conditionNote: String, rankHelp: String, rank: String, notRanked: String, matrixFields: [TopicFieldName: String], relevance: [String], levels: [String], priorities: [String], receiptTitle: String, receiptText: String, contributionNumber: String, submittedOn: String, printCopy: String, readOnly: String, yourAnswers: String, noAnswer: String, topic: String, alreadySubmitted: String, notFoundTitle: String, notFoundText: String, tooManyTitle: String, tooManyText: String, forbiddenTitle: String, forbiddenText: String, tooLargeTitle: String, tooLargeText: String, badRequestTitle: String, badRequestText: String, failureTitle: String, failureText: String, next: String, back: String, stepOf: String, stepShort: String, stepsLabel: String, choiceStepHelp: String, detailsStepTitle: String, detailsStepHelp: String, noTopicChosen: String, keyboardHint: String, errorSummaryPage: String) {
        self.language = language
        self.languageName = languageName
        self.languageLabel = languageLabel
        self.skipToQuestions = skipToQuestions
        self.required = required
        self.choose = choose
        self.saveDraft = saveDraft
        self.submit = submit
        self.autosaveNotice = autosaveNotice
        self.resumeNotice = resumeNotice
        self.draftSaved = draftSaved
        self.autosaved = autosaved
        self.autosaveFailed = autosaveFailed
        self.errorSummary = errorSummary
        self.conditionNote = conditionNote
        self.rankHelp = rankHelp
        self.rank = rank
        self.notRanked = notRanked
        self.matrixFields = matrixFields
        self.relevance = relevance
        self.levels = levels
        self.priorities = priorities
        self.receiptTitle = receiptTitle
        self.receiptText = receiptText
        self.contributionNumber = contributionNumber
        self.submittedOn = submittedOn
        self.printCopy = printCopy
        self.readOnly = readOnly
        self.yourAnswers = yourAnswers
        self.noAnswer = noAnswer
        self.topic = topic
        self.alreadySubmitted = alreadySubmitted
        self.notFoundTitle = notFoundTitle
        self.notFoundText = notFoundText
        self.tooManyTitle = tooManyTitle
        self.tooManyText = tooManyText
        self.forbiddenTitle = forbiddenTitle
        self.forbiddenText = forbiddenText
        self.tooLargeTitle = tooLargeTitle
        self.tooLargeText = tooLargeText
        self.badRequestTitle = badRequestTitle
        self.badRequestText = badRequestText
        self.failureTitle = failureTitle
        self.failureText = failureText
        self.next = next
        self.back = back
        self.stepOf = stepOf
        self.stepShort = stepShort
        self.stepsLabel = stepsLabel
        self.choiceStepHelp = choiceStepHelp
        self.detailsStepTitle = detailsStepTitle
        self.detailsStepHelp = detailsStepHelp
        self.noTopicChosen = noTopicChosen
        self.keyboardHint = keyboardHint
        self.errorSummaryPage = errorSummaryPage
    }

    /// The matrix fields in the order they are shown.
    enum TopicFieldName: String, Sendable, CaseIterable {
        case relevance, currentLevel, requiredLevel, priority, staff, noGap
    }

    /// The interface text for `language`; English for a language the survey pages do not speak.
    static func `for`(_ language: LanguageCode) -> UIText {
        switch language.primary.tag {
        case "nl": .dutch
        case "fr": .french
        case "de": .german
        default: .english
        }
    }

    /// The languages respondents can switch between, in the order of the switch.
    static let languages: [LanguageCode] = LanguageCode.surveyLanguages

    static let dutch = UIText(
        language: .dutch, languageName: "Nederlands", languageLabel: "Taal",
        skipToQuestions: "Naar de vragen", required: "verplicht", choose: "— kiezen —",
        saveDraft: "Concept opslaan", submit: "Antwoorden verzenden",
        autosaveNotice: "Uw antwoorden worden elke 30 seconden automatisch als concept opgeslagen.",
        resumeNotice: "U kunt later via dezelfde link verdergaan; opgeslagen antwoorden blijven bewaard.",
        draftSaved: "Concept opgeslagen.", autosaved: "Automatisch opgeslagen om",
        autosaveFailed: "Automatisch opslaan is mislukt. Gebruik de knop ‘Concept opslaan’.",
        errorSummary: "Controleer de volgende antwoorden voordat u verzendt:",
        conditionNote: "Alleen beantwoorden als u bij ‘%1’ ‘%2’ hebt gekozen.",
        rankHelp: "Geef uw keuzes een rangnummer (1 = belangrijkste).", rank: "Rang", notRanked: "— geen —",
        matrixFields: [.relevance: "Relevantie voor uw dienst", .currentLevel: "Huidig niveau", .requiredLevel: "Vereist niveau",
                       .priority: "Prioriteit", .staff: "Aantal op te leiden medewerkers", .noGap: "Geen tekort: onze medewerkers hebben het nodige niveau al"],
        relevance: ["geen", "laag", "gemiddeld", "hoog"],
        levels: ["0 – geen", "1 – basis", "2 – gemiddeld", "3 – gevorderd", "4 – expert"],
        priorities: ["1 – laag", "2 – gemiddeld", "3 – hoog", "4 – kritiek"],
        receiptTitle: "Bedankt, uw antwoorden zijn verzonden",
        receiptText: "Bewaar het bijdragenummer. Hieronder staat een kopie van uw antwoorden, die u kunt afdrukken.",
        contributionNumber: "Bijdragenummer", submittedOn: "Verzonden op", printCopy: "Kopie afdrukken",
        readOnly: "Uw antwoorden zijn verzonden en kunnen niet meer worden gewijzigd. Neem contact op met de coördinator als u iets wilt aanpassen.",
        yourAnswers: "Uw antwoorden", noAnswer: "geen antwoord", topic: "Thema",
        alreadySubmitted: "Deze antwoorden zijn al verzonden.",
        notFoundTitle: "Deze link is niet geldig", notFoundText: "Controleer of u de volledige link uit uw uitnodiging hebt gebruikt.",
        tooManyTitle: "Te veel pogingen", tooManyText: "Probeer het later opnieuw.",
        forbiddenTitle: "Deze pagina is verlopen", forbiddenText: "Laad de pagina opnieuw en probeer het nog eens. Er is niets opgeslagen.",
        tooLargeTitle: "Te groot", tooLargeText: "Wat u verstuurde is te groot om te verwerken.",
        badRequestTitle: "Onleesbaar verzoek", badRequestText: "Wat u verstuurde kon niet worden gelezen. Laad de pagina opnieuw.",
        failureTitle: "Er is iets misgegaan", failureText: "Probeer het over enkele minuten opnieuw.",
        next: "Volgende",
        back: "Vorige",
        stepOf: "Stap %1 van %2",
        stepShort: "stap %1",
        stepsLabel: "Voortgang",
        choiceStepHelp: "Kies per thema hoe relevant het is voor uw dienst. Laat een thema dat uw dienst niet aangaat leeg: de volgende pagina vraagt alleen naar de gekozen thema's.",
        detailsStepTitle: "Details per gekozen thema",
        detailsStepHelp: "Geef voor elk gekozen thema het huidige en het vereiste niveau van uw medewerkers, de prioriteit en het aantal op te leiden medewerkers.",
        noTopicChosen: "U hebt nog geen thema gekozen. Ga terug om thema's te kiezen, of ga verder als geen enkel thema uw dienst aangaat.",
        keyboardHint: "Met Tab gaat u van vraag naar vraag; met de pijltjestoetsen beweegt u tussen de keuzes van een vraag, met de spatiebalk kiest u.",
        errorSummaryPage: "Controleer de volgende antwoorden voordat u verdergaat:"
    )

    static let french = UIText(
        language: .french, languageName: "Français", languageLabel: "Langue",
        skipToQuestions: "Aller aux questions", required: "obligatoire", choose: "— choisir —",
        saveDraft: "Enregistrer le brouillon", submit: "Envoyer les réponses",
        autosaveNotice: "Vos réponses sont enregistrées automatiquement comme brouillon toutes les 30 secondes.",
        resumeNotice: "Vous pouvez reprendre plus tard par le même lien ; les réponses enregistrées sont conservées.",
        draftSaved: "Brouillon enregistré.", autosaved: "Enregistré automatiquement à",
        autosaveFailed: "L'enregistrement automatique a échoué. Utilisez le bouton « Enregistrer le brouillon ».",
        errorSummary: "Veuillez vérifier les réponses suivantes avant l'envoi :",
        conditionNote: "À remplir seulement si vous avez répondu « %2 » à « %1 ».",
        rankHelp: "Attribuez un rang à vos choix (1 = le plus important).", rank: "Rang", notRanked: "— aucun —",
        matrixFields: [.relevance: "Pertinence pour votre service", .currentLevel: "Niveau actuel", .requiredLevel: "Niveau requis",
                       .priority: "Priorité", .staff: "Nombre de collaborateurs à former", .noGap: "Pas de lacune : nos collaborateurs ont déjà le niveau nécessaire"],
        relevance: ["aucune", "faible", "moyenne", "élevée"],
        levels: ["0 – aucun", "1 – de base", "2 – intermédiaire", "3 – avancé", "4 – expert"],
        priorities: ["1 – faible", "2 – moyenne", "3 – élevée", "4 – critique"],
        receiptTitle: "Merci, vos réponses ont été envoyées",
        receiptText: "Conservez le numéro de contribution. Vous trouverez ci-dessous une copie de vos réponses, que vous pouvez imprimer.",
        contributionNumber: "Numéro de contribution", submittedOn: "Envoyé le", printCopy: "Imprimer une copie",
        readOnly: "Vos réponses ont été envoyées et ne peuvent plus être modifiées. Contactez le coordinateur si vous souhaitez les changer.",
        yourAnswers: "Vos réponses", noAnswer: "pas de réponse", topic: "Thème",
        alreadySubmitted: "Ces réponses ont déjà été envoyées.",
        notFoundTitle: "Ce lien n'est pas valide", notFoundText: "Vérifiez que vous avez utilisé le lien complet de votre invitation.",
        tooManyTitle: "Trop de tentatives", tooManyText: "Veuillez réessayer plus tard.",
        forbiddenTitle: "Cette page a expiré", forbiddenText: "Rechargez la page et réessayez. Rien n'a été enregistré.",
        tooLargeTitle: "Trop volumineux", tooLargeText: "Ce que vous avez envoyé est trop volumineux pour être traité.",
        badRequestTitle: "Demande illisible", badRequestText: "Ce que vous avez envoyé n'a pas pu être lu. Rechargez la page.",
        failureTitle: "Un problème est survenu", failureText: "Veuillez réessayer dans quelques minutes.",
        next: "Suivant",
        back: "Précédent",
        stepOf: "Étape %1 sur %2",
        stepShort: "étape %1",
        stepsLabel: "Progression",
        choiceStepHelp: "Indiquez pour chaque thème sa pertinence pour votre service. Laissez vide un thème qui ne vous concerne pas : la page suivante ne demande des précisions que sur les thèmes choisis.",
        detailsStepTitle: "Précisions par thème choisi",
        detailsStepHelp: "Pour chaque thème choisi, indiquez le niveau actuel et le niveau requis de vos collaborateurs, la priorité et le nombre de collaborateurs à former.",
        noTopicChosen: "Vous n'avez encore choisi aucun thème. Revenez en arrière pour en choisir, ou continuez si aucun thème ne concerne votre service.",
        keyboardHint: "La touche Tab passe d'une question à l'autre ; les flèches passent d'un choix à l'autre au sein d'une question, la barre d'espace coche.",
        errorSummaryPage: "Veuillez vérifier les réponses suivantes avant de continuer :"
    )

    static let german = UIText(
        language: .german, languageName: "Deutsch", languageLabel: "Sprache",
        skipToQuestions: "Zu den Fragen", required: "Pflichtfeld", choose: "— auswählen —",
        saveDraft: "Entwurf speichern", submit: "Antworten absenden",
        autosaveNotice: "Ihre Antworten werden alle 30 Sekunden automatisch als Entwurf gespeichert.",
        resumeNotice: "Über denselben Link können Sie später weitermachen; gespeicherte Antworten bleiben erhalten.",
        draftSaved: "Entwurf gespeichert.", autosaved: "Automatisch gespeichert um",
        autosaveFailed: "Das automatische Speichern ist fehlgeschlagen. Verwenden Sie die Schaltfläche „Entwurf speichern“.",
        errorSummary: "Bitte prüfen Sie vor dem Absenden die folgenden Antworten:",
        conditionNote: "Nur ausfüllen, wenn Sie bei „%1“ „%2“ gewählt haben.",
        rankHelp: "Geben Sie Ihren Auswahlen einen Rang (1 = am wichtigsten).", rank: "Rang", notRanked: "— keiner —",
        matrixFields: [.relevance: "Relevanz für Ihren Dienst", .currentLevel: "Aktuelles Niveau", .requiredLevel: "Erforderliches Niveau",
                       .priority: "Priorität", .staff: "Zahl der zu schulenden Mitarbeitenden", .noGap: "Kein Defizit: unsere Mitarbeitenden haben das nötige Niveau bereits"],
        relevance: ["keine", "gering", "mittel", "hoch"],
        levels: ["0 – keine", "1 – Grundkenntnisse", "2 – mittel", "3 – fortgeschritten", "4 – Experte"],
        priorities: ["1 – niedrig", "2 – mittel", "3 – hoch", "4 – kritisch"],
        receiptTitle: "Vielen Dank, Ihre Antworten wurden übermittelt",
        receiptText: "Bewahren Sie die Beitragsnummer auf. Unten finden Sie eine Kopie Ihrer Antworten zum Ausdrucken.",
        contributionNumber: "Beitragsnummer", submittedOn: "Übermittelt am", printCopy: "Kopie drucken",
        readOnly: "Ihre Antworten wurden übermittelt und können nicht mehr geändert werden. Wenden Sie sich an die Koordination, wenn Sie etwas ändern möchten.",
        yourAnswers: "Ihre Antworten", noAnswer: "keine Antwort", topic: "Thema",
        alreadySubmitted: "Diese Antworten wurden bereits übermittelt.",
        notFoundTitle: "Dieser Link ist nicht gültig", notFoundText: "Prüfen Sie, ob Sie den vollständigen Link aus Ihrer Einladung verwendet haben.",
        tooManyTitle: "Zu viele Versuche", tooManyText: "Bitte versuchen Sie es später erneut.",
        forbiddenTitle: "Diese Seite ist abgelaufen", forbiddenText: "Laden Sie die Seite neu und versuchen Sie es noch einmal. Es wurde nichts gespeichert.",
        tooLargeTitle: "Zu groß", tooLargeText: "Was Sie gesendet haben, ist zu groß, um verarbeitet zu werden.",
        badRequestTitle: "Unlesbare Anfrage", badRequestText: "Was Sie gesendet haben, konnte nicht gelesen werden. Laden Sie die Seite neu.",
        failureTitle: "Etwas ist schiefgegangen", failureText: "Bitte versuchen Sie es in einigen Minuten erneut.",
        next: "Weiter",
        back: "Zurück",
        stepOf: "Schritt %1 von %2",
        stepShort: "Schritt %1",
        stepsLabel: "Fortschritt",
        choiceStepHelp: "Geben Sie für jedes Thema an, wie relevant es für Ihren Dienst ist. Lassen Sie Themen, die Ihren Dienst nicht betreffen, leer: Die nächste Seite fragt nur nach den gewählten Themen.",
        detailsStepTitle: "Angaben zu den gewählten Themen",
        detailsStepHelp: "Geben Sie für jedes gewählte Thema das aktuelle und das erforderliche Niveau Ihrer Mitarbeitenden, die Priorität und die Zahl der zu schulenden Mitarbeitenden an.",
        noTopicChosen: "Sie haben noch kein Thema gewählt. Gehen Sie zurück, um Themen zu wählen, oder fahren Sie fort, wenn kein Thema Ihren Dienst betrifft.",
        keyboardHint: "Mit der Tabulatortaste gelangen Sie von Frage zu Frage; mit den Pfeiltasten wechseln Sie zwischen den Antworten einer Frage, mit der Leertaste wählen Sie aus.",
        errorSummaryPage: "Bitte prüfen Sie die folgenden Antworten, bevor Sie fortfahren:"
    )

    static let english = UIText(
        language: .english, languageName: "English", languageLabel: "Language",
        skipToQuestions: "Skip to the questions", required: "required", choose: "— choose —",
        saveDraft: "Save draft", submit: "Submit answers",
        autosaveNotice: "Your answers are saved automatically as a draft every 30 seconds.",
        resumeNotice: "You can continue later through the same link; saved answers are kept.",
        draftSaved: "Draft saved.", autosaved: "Saved automatically at",
        autosaveFailed: "Automatic saving failed. Use the ‘Save draft’ button.",
        errorSummary: "Please check the following answers before submitting:",
        conditionNote: "Answer only if you chose ‘%2’ for ‘%1’.",
        rankHelp: "Give your choices a rank (1 = most important).", rank: "Rank", notRanked: "— none —",
        matrixFields: [.relevance: "Relevance to your service", .currentLevel: "Current level", .requiredLevel: "Required level",
                       .priority: "Priority", .staff: "Staff to train", .noGap: "No gap: our staff already have the level needed"],
        relevance: ["none", "low", "medium", "high"],
        levels: ["0 – none", "1 – basic", "2 – intermediate", "3 – advanced", "4 – expert"],
        priorities: ["1 – low", "2 – medium", "3 – high", "4 – critical"],
        receiptTitle: "Thank you, your answers have been submitted",
        receiptText: "Keep the contribution number. Below is a copy of your answers, which you can print.",
        contributionNumber: "Contribution number", submittedOn: "Submitted on", printCopy: "Print a copy",
        readOnly: "Your answers have been submitted and can no longer be changed. Contact the coordinator if you need to change them.",
        yourAnswers: "Your answers", noAnswer: "no answer", topic: "Topic",
        alreadySubmitted: "These answers have already been submitted.",
        notFoundTitle: "This link is not valid", notFoundText: "Check that you used the whole link from your invitation.",
        tooManyTitle: "Too many attempts", tooManyText: "Please try again later.",
        forbiddenTitle: "This page has expired", forbiddenText: "Reload the page and try again. Nothing was saved.",
        tooLargeTitle: "Too large", tooLargeText: "What you sent is too large to be processed.",
        badRequestTitle: "Unreadable request", badRequestText: "What you sent could not be read. Reload the page.",
        failureTitle: "Something went wrong", failureText: "Please try again in a few minutes.",
        next: "Next",
        back: "Back",
        stepOf: "Step %1 of %2",
        stepShort: "step %1",
        stepsLabel: "Progress",
        choiceStepHelp: "Say how relevant each topic is to your service. Leave a topic blank if it does not concern your service: the next page asks only about the topics you chose.",
        detailsStepTitle: "Details of the chosen topics",
        detailsStepHelp: "For each topic you chose, give your staff's current and required level, the priority and the number of staff to train.",
        noTopicChosen: "You have not chosen any topic yet. Go back to choose some, or go on if no topic concerns your service.",
        keyboardHint: "Tab moves from question to question; the arrow keys move between the choices of a question, and Space ticks.",
        errorSummaryPage: "Please check the following answers before you go on:"
    )
}
