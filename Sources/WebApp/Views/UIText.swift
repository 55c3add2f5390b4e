import Mustache
import TrainingModel
import Wording

/// The respondent pages' own words (buttons, notices, scale labels, error pages) in the four
/// survey languages; the survey's questions bring their own translations, and the coordinator's
/// pages have their own table (`CoordinatorText`). A class: templates
/// look its words up many times per page, and a reference is cheaper to hand over than a copy.
@dynamicMemberLookup
final class UIText: Sendable {
    /// This language's words; `text.saveDraft` reads them.
    let words: any RespondentWords
    /// The words by name for the templates, read from the words' type once, so that no
    /// hand-kept list of names can miss one.
    // Values read out of a Sendable value and never changed.
    nonisolated(unsafe) private let byName: [String: Any]

    /// The names templates can ask for.
    var names: Set<String> { Set(byName.keys) }

    init(_ words: any RespondentWords) {
        self.words = words
        var byName: [String: Any] = [:]
        for child in Mirror(reflecting: words).children {
            if let label = child.label { byName[label] = child.value }
        }
        self.byName = byName
    }

    subscript<T>(dynamicMember path: KeyPath<any RespondentWords, T>) -> T { words[keyPath: path] }

    /// The matrix fields in the order they are shown.
    enum TopicFieldName: String, Sendable, CaseIterable {
        case relevance, currentLevel, requiredLevel, priority, staff, noGap
    }

    /// The interface text for `language`; English for a language the survey pages do not speak.
    static func `for`(_ language: LanguageCode) -> UIText {
        ReaderLanguage(language).pick(dutch: .dutch, french: .french, german: .german, english: .english)
    }

    /// The languages respondents can switch between, in the order of the switch.
    static let languages: [LanguageCode] = LanguageCode.surveyLanguages

    static let dutch = UIText(DutchRespondentWords())
    static let french = UIText(FrenchRespondentWords())
    static let german = UIText(GermanRespondentWords())
    static let english = UIText(EnglishRespondentWords())
}

extension UIText: MustacheParent {
    func child(named name: String) -> Any? { byName[name] }
}

/// The respondent pages' own words in one language: one type per language conforms, so that a
/// word missing in a language does not compile.
protocol RespondentWords: Sendable {
    var language: LanguageCode { get }
    var languageName: String { get }
    var languageLabel: String { get }
    var skipToQuestions: String { get }
    var required: String { get }
    var choose: String { get }
    var saveDraft: String { get }
    var submit: String { get }
    var autosaveNotice: String { get }
    var resumeNotice: String { get }
    var draftSaved: String { get }
    var autosaved: String { get }
    var autosaveFailed: String { get }
    var errorSummary: String { get }
    /// Says when a question is to be answered: only after `answer` to `question`.
    func conditionNote(question: String, answer: String) -> String
    var rankHelp: String { get }
    var rank: String { get }
    var notRanked: String { get }
    var matrixFields: [UIText.TopicFieldName: String] { get }
    var relevance: [String] { get }
    var levels: [String] { get }
    var priorities: [String] { get }
    var receiptTitle: String { get }
    var receiptText: String { get }
    var contributionNumber: String { get }
    var submittedOn: String { get }
    var printCopy: String { get }
    var readOnly: String { get }
    var yourAnswers: String { get }
    var noAnswer: String { get }
    var topic: String { get }
    var alreadySubmitted: String { get }
    var notFoundTitle: String { get }
    var notFoundText: String { get }
    var tooManyTitle: String { get }
    var tooManyText: String { get }
    var forbiddenTitle: String { get }
    var forbiddenText: String { get }
    var tooLargeTitle: String { get }
    var tooLargeText: String { get }
    var badRequestTitle: String { get }
    var badRequestText: String { get }
    var failureTitle: String { get }
    var failureText: String { get }
    var next: String { get }
    var back: String { get }
    /// The page's place among the form's pages: "Step 2 of 4".
    func stepOf(_ step: Int, of total: Int) -> String
    /// A page by its number, after a problem listed on another page: "step 2".
    func stepShort(_ step: Int) -> String
    var stepsLabel: String { get }
    var choiceStepHelp: String { get }
    var detailsStepTitle: String { get }
    var detailsStepHelp: String { get }
    var noTopicChosen: String { get }
    var keyboardHint: String { get }
    var errorSummaryPage: String { get }
}

extension RespondentWords {
    /// A count as the page's language writes it.
    fileprivate func count(_ value: Int) -> String { ReaderLanguage(language).count(value) }
}

/// The respondent pages in Dutch.
struct DutchRespondentWords: RespondentWords {
    let language: LanguageCode = .dutch
    let languageName = "Nederlands"
    let languageLabel = "Taal"
    let skipToQuestions = "Naar de vragen"
    let required = "verplicht"
    let choose = "— kiezen —"
    let saveDraft = "Concept opslaan"
    let submit = "Antwoorden verzenden"
    let autosaveNotice = "Uw antwoorden worden elke 30 seconden automatisch als concept opgeslagen."
    let resumeNotice = "U kunt later via dezelfde link verdergaan; opgeslagen antwoorden blijven bewaard."
    let draftSaved = "Concept opgeslagen."
    let autosaved = "Automatisch opgeslagen om"
    let autosaveFailed = "Automatisch opslaan is mislukt. Gebruik de knop ‘Concept opslaan’."
    let errorSummary = "Controleer de volgende antwoorden voordat u verzendt:"
    func conditionNote(question: String, answer: String) -> String { "Alleen beantwoorden als u bij ‘\(question)’ ‘\(answer)’ hebt gekozen." }
    let rankHelp = "Geef uw keuzes een rangnummer (1 = belangrijkste)."
    let rank = "Rang"
    let notRanked = "— geen —"
    let matrixFields: [UIText.TopicFieldName: String] = [.relevance: "Relevantie voor uw dienst", .currentLevel: "Huidig niveau", .requiredLevel: "Vereist niveau",
        .priority: "Prioriteit", .staff: "Aantal op te leiden medewerkers", .noGap: "Geen tekort: onze medewerkers hebben het nodige niveau al"]
    let relevance: [String] = ["geen", "laag", "gemiddeld", "hoog"]
    let levels: [String] = ["0 – geen", "1 – basis", "2 – gemiddeld", "3 – gevorderd", "4 – expert"]
    let priorities: [String] = ["1 – laag", "2 – gemiddeld", "3 – hoog", "4 – kritiek"]
    let receiptTitle = "Bedankt, uw antwoorden zijn verzonden"
    let receiptText = "Bewaar het bijdragenummer. Hieronder staat een kopie van uw antwoorden, die u kunt afdrukken."
    let contributionNumber = "Bijdragenummer"
    let submittedOn = "Verzonden op"
    let printCopy = "Kopie afdrukken"
    let readOnly = "Uw antwoorden zijn verzonden en kunnen niet meer worden gewijzigd. Neem contact op met de coördinator als u iets wilt aanpassen."
    let yourAnswers = "Uw antwoorden"
    let noAnswer = "geen antwoord"
    let topic = "Thema"
    let alreadySubmitted = "Deze antwoorden zijn al verzonden."
    let notFoundTitle = "Deze link is niet geldig"
    let notFoundText = "Controleer of u de volledige link uit uw uitnodiging hebt gebruikt."
    let tooManyTitle = "Te veel pogingen"
    let tooManyText = "Probeer het later opnieuw."
    let forbiddenTitle = "Deze pagina is verlopen"
    let forbiddenText = "Laad de pagina opnieuw en probeer het nog eens. Er is niets opgeslagen."
    let tooLargeTitle = "Te groot"
    let tooLargeText = "Wat u verstuurde is te groot om te verwerken."
    let badRequestTitle = "Onleesbaar verzoek"
    let badRequestText = "Wat u verstuurde kon niet worden gelezen. Laad de pagina opnieuw."
    let failureTitle = "Er is iets misgegaan"
    let failureText = "Probeer het over enkele minuten opnieuw."
    let next = "Volgende"
    let back = "Vorige"
    func stepOf(_ step: Int, of total: Int) -> String { "Stap \(count(step)) van \(count(total))" }
    func stepShort(_ step: Int) -> String { "stap \(count(step))" }
    let stepsLabel = "Voortgang"
    let choiceStepHelp = "Kies per thema hoe relevant het is voor uw dienst. Laat een thema dat uw dienst niet aangaat leeg: de volgende pagina vraagt alleen naar de gekozen thema's."
    let detailsStepTitle = "Details per gekozen thema"
    let detailsStepHelp = "Geef voor elk gekozen thema het huidige en het vereiste niveau van uw medewerkers, de prioriteit en het aantal op te leiden medewerkers."
    let noTopicChosen = "U hebt nog geen thema gekozen. Ga terug om thema's te kiezen, of ga verder als geen enkel thema uw dienst aangaat."
    let keyboardHint = "Met Tab gaat u van vraag naar vraag; met de pijltjestoetsen beweegt u tussen de keuzes van een vraag, met de spatiebalk kiest u."
    let errorSummaryPage = "Controleer de volgende antwoorden voordat u verdergaat:"
}

/// The respondent pages in French.
struct FrenchRespondentWords: RespondentWords {
    let language: LanguageCode = .french
    let languageName = "Français"
    let languageLabel = "Langue"
    let skipToQuestions = "Aller aux questions"
    let required = "obligatoire"
    let choose = "— choisir —"
    let saveDraft = "Enregistrer le brouillon"
    let submit = "Envoyer les réponses"
    let autosaveNotice = "Vos réponses sont enregistrées automatiquement comme brouillon toutes les 30 secondes."
    let resumeNotice = "Vous pouvez reprendre plus tard par le même lien ; les réponses enregistrées sont conservées."
    let draftSaved = "Brouillon enregistré."
    let autosaved = "Enregistré automatiquement à"
    let autosaveFailed = "L'enregistrement automatique a échoué. Utilisez le bouton « Enregistrer le brouillon »."
    let errorSummary = "Veuillez vérifier les réponses suivantes avant l'envoi :"
    func conditionNote(question: String, answer: String) -> String { "À remplir seulement si vous avez répondu « \(answer) » à « \(question) »." }
    let rankHelp = "Attribuez un rang à vos choix (1 = le plus important)."
    let rank = "Rang"
    let notRanked = "— aucun —"
    let matrixFields: [UIText.TopicFieldName: String] = [.relevance: "Pertinence pour votre service", .currentLevel: "Niveau actuel", .requiredLevel: "Niveau requis",
        .priority: "Priorité", .staff: "Nombre de collaborateurs à former", .noGap: "Pas de lacune : nos collaborateurs ont déjà le niveau nécessaire"]
    let relevance: [String] = ["aucune", "faible", "moyenne", "élevée"]
    let levels: [String] = ["0 – aucun", "1 – de base", "2 – intermédiaire", "3 – avancé", "4 – expert"]
    let priorities: [String] = ["1 – faible", "2 – moyenne", "3 – élevée", "4 – critique"]
    let receiptTitle = "Merci, vos réponses ont été envoyées"
    let receiptText = "Conservez le numéro de contribution. Vous trouverez ci-dessous une copie de vos réponses, que vous pouvez imprimer."
    let contributionNumber = "Numéro de contribution"
    let submittedOn = "Envoyé le"
    let printCopy = "Imprimer une copie"
    let readOnly = "Vos réponses ont été envoyées et ne peuvent plus être modifiées. Contactez le coordinateur si vous souhaitez les changer."
    let yourAnswers = "Vos réponses"
    let noAnswer = "pas de réponse"
    let topic = "Thème"
    let alreadySubmitted = "Ces réponses ont déjà été envoyées."
    let notFoundTitle = "Ce lien n'est pas valide"
    let notFoundText = "Vérifiez que vous avez utilisé le lien complet de votre invitation."
    let tooManyTitle = "Trop de tentatives"
    let tooManyText = "Veuillez réessayer plus tard."
    let forbiddenTitle = "Cette page a expiré"
    let forbiddenText = "Rechargez la page et réessayez. Rien n'a été enregistré."
    let tooLargeTitle = "Trop volumineux"
    let tooLargeText = "Ce que vous avez envoyé est trop volumineux pour être traité."
    let badRequestTitle = "Demande illisible"
    let badRequestText = "Ce que vous avez envoyé n'a pas pu être lu. Rechargez la page."
    let failureTitle = "Un problème est survenu"
    let failureText = "Veuillez réessayer dans quelques minutes."
    let next = "Suivant"
    let back = "Précédent"
    func stepOf(_ step: Int, of total: Int) -> String { "Étape \(count(step)) sur \(count(total))" }
    func stepShort(_ step: Int) -> String { "étape \(count(step))" }
    let stepsLabel = "Progression"
    let choiceStepHelp = "Indiquez pour chaque thème sa pertinence pour votre service. Laissez vide un thème qui ne vous concerne pas : la page suivante ne demande des précisions que sur les thèmes choisis."
    let detailsStepTitle = "Précisions par thème choisi"
    let detailsStepHelp = "Pour chaque thème choisi, indiquez le niveau actuel et le niveau requis de vos collaborateurs, la priorité et le nombre de collaborateurs à former."
    let noTopicChosen = "Vous n'avez encore choisi aucun thème. Revenez en arrière pour en choisir, ou continuez si aucun thème ne concerne votre service."
    let keyboardHint = "La touche Tab passe d'une question à l'autre ; les flèches passent d'un choix à l'autre au sein d'une question, la barre d'espace coche."
    let errorSummaryPage = "Veuillez vérifier les réponses suivantes avant de continuer :"
}

/// The respondent pages in German.
struct GermanRespondentWords: RespondentWords {
    let language: LanguageCode = .german
    let languageName = "Deutsch"
    let languageLabel = "Sprache"
    let skipToQuestions = "Zu den Fragen"
    let required = "Pflichtfeld"
    let choose = "— auswählen —"
    let saveDraft = "Entwurf speichern"
    let submit = "Antworten absenden"
    let autosaveNotice = "Ihre Antworten werden alle 30 Sekunden automatisch als Entwurf gespeichert."
    let resumeNotice = "Über denselben Link können Sie später weitermachen; gespeicherte Antworten bleiben erhalten."
    let draftSaved = "Entwurf gespeichert."
    let autosaved = "Automatisch gespeichert um"
    let autosaveFailed = "Das automatische Speichern ist fehlgeschlagen. Verwenden Sie die Schaltfläche „Entwurf speichern“."
    let errorSummary = "Bitte prüfen Sie vor dem Absenden die folgenden Antworten:"
    func conditionNote(question: String, answer: String) -> String { "Nur ausfüllen, wenn Sie bei „\(question)“ „\(answer)“ gewählt haben." }
    let rankHelp = "Geben Sie Ihren Auswahlen einen Rang (1 = am wichtigsten)."
    let rank = "Rang"
    let notRanked = "— keiner —"
    let matrixFields: [UIText.TopicFieldName: String] = [.relevance: "Relevanz für Ihren Dienst", .currentLevel: "Aktuelles Niveau", .requiredLevel: "Erforderliches Niveau",
        .priority: "Priorität", .staff: "Zahl der zu schulenden Mitarbeitenden", .noGap: "Kein Defizit: unsere Mitarbeitenden haben das nötige Niveau bereits"]
    let relevance: [String] = ["keine", "gering", "mittel", "hoch"]
    let levels: [String] = ["0 – keine", "1 – Grundkenntnisse", "2 – mittel", "3 – fortgeschritten", "4 – Experte"]
    let priorities: [String] = ["1 – niedrig", "2 – mittel", "3 – hoch", "4 – kritisch"]
    let receiptTitle = "Vielen Dank, Ihre Antworten wurden übermittelt"
    let receiptText = "Bewahren Sie die Beitragsnummer auf. Unten finden Sie eine Kopie Ihrer Antworten zum Ausdrucken."
    let contributionNumber = "Beitragsnummer"
    let submittedOn = "Übermittelt am"
    let printCopy = "Kopie drucken"
    let readOnly = "Ihre Antworten wurden übermittelt und können nicht mehr geändert werden. Wenden Sie sich an die Koordination, wenn Sie etwas ändern möchten."
    let yourAnswers = "Ihre Antworten"
    let noAnswer = "keine Antwort"
    let topic = "Thema"
    let alreadySubmitted = "Diese Antworten wurden bereits übermittelt."
    let notFoundTitle = "Dieser Link ist nicht gültig"
    let notFoundText = "Prüfen Sie, ob Sie den vollständigen Link aus Ihrer Einladung verwendet haben."
    let tooManyTitle = "Zu viele Versuche"
    let tooManyText = "Bitte versuchen Sie es später erneut."
    let forbiddenTitle = "Diese Seite ist abgelaufen"
    let forbiddenText = "Laden Sie die Seite neu und versuchen Sie es noch einmal. Es wurde nichts gespeichert."
    let tooLargeTitle = "Zu groß"
    let tooLargeText = "Was Sie gesendet haben, ist zu groß, um verarbeitet zu werden."
    let badRequestTitle = "Unlesbare Anfrage"
    let badRequestText = "Was Sie gesendet haben, konnte nicht gelesen werden. Laden Sie die Seite neu."
    let failureTitle = "Etwas ist schiefgegangen"
    let failureText = "Bitte versuchen Sie es in einigen Minuten erneut."
    let next = "Weiter"
    let back = "Zurück"
    func stepOf(_ step: Int, of total: Int) -> String { "Schritt \(count(step)) von \(count(total))" }
    func stepShort(_ step: Int) -> String { "Schritt \(count(step))" }
    let stepsLabel = "Fortschritt"
    let choiceStepHelp = "Geben Sie für jedes Thema an, wie relevant es für Ihren Dienst ist. Lassen Sie Themen, die Ihren Dienst nicht betreffen, leer: Die nächste Seite fragt nur nach den gewählten Themen."
    let detailsStepTitle = "Angaben zu den gewählten Themen"
    let detailsStepHelp = "Geben Sie für jedes gewählte Thema das aktuelle und das erforderliche Niveau Ihrer Mitarbeitenden, die Priorität und die Zahl der zu schulenden Mitarbeitenden an."
    let noTopicChosen = "Sie haben noch kein Thema gewählt. Gehen Sie zurück, um Themen zu wählen, oder fahren Sie fort, wenn kein Thema Ihren Dienst betrifft."
    let keyboardHint = "Mit der Tabulatortaste gelangen Sie von Frage zu Frage; mit den Pfeiltasten wechseln Sie zwischen den Antworten einer Frage, mit der Leertaste wählen Sie aus."
    let errorSummaryPage = "Bitte prüfen Sie die folgenden Antworten, bevor Sie fortfahren:"
}

/// The respondent pages in English.
struct EnglishRespondentWords: RespondentWords {
    let language: LanguageCode = .english
    let languageName = "English"
    let languageLabel = "Language"
    let skipToQuestions = "Skip to the questions"
    let required = "required"
    let choose = "— choose —"
    let saveDraft = "Save draft"
    let submit = "Submit answers"
    let autosaveNotice = "Your answers are saved automatically as a draft every 30 seconds."
    let resumeNotice = "You can continue later through the same link; saved answers are kept."
    let draftSaved = "Draft saved."
    let autosaved = "Saved automatically at"
    let autosaveFailed = "Automatic saving failed. Use the ‘Save draft’ button."
    let errorSummary = "Please check the following answers before submitting:"
    func conditionNote(question: String, answer: String) -> String { "Answer only if you chose ‘\(answer)’ for ‘\(question)’." }
    let rankHelp = "Give your choices a rank (1 = most important)."
    let rank = "Rank"
    let notRanked = "— none —"
    let matrixFields: [UIText.TopicFieldName: String] = [.relevance: "Relevance to your service", .currentLevel: "Current level", .requiredLevel: "Required level",
        .priority: "Priority", .staff: "Staff to train", .noGap: "No gap: our staff already have the level needed"]
    let relevance: [String] = ["none", "low", "medium", "high"]
    let levels: [String] = ["0 – none", "1 – basic", "2 – intermediate", "3 – advanced", "4 – expert"]
    let priorities: [String] = ["1 – low", "2 – medium", "3 – high", "4 – critical"]
    let receiptTitle = "Thank you, your answers have been submitted"
    let receiptText = "Keep the contribution number. Below is a copy of your answers, which you can print."
    let contributionNumber = "Contribution number"
    let submittedOn = "Submitted on"
    let printCopy = "Print a copy"
    let readOnly = "Your answers have been submitted and can no longer be changed. Contact the coordinator if you need to change them."
    let yourAnswers = "Your answers"
    let noAnswer = "no answer"
    let topic = "Topic"
    let alreadySubmitted = "These answers have already been submitted."
    let notFoundTitle = "This link is not valid"
    let notFoundText = "Check that you used the whole link from your invitation."
    let tooManyTitle = "Too many attempts"
    let tooManyText = "Please try again later."
    let forbiddenTitle = "This page has expired"
    let forbiddenText = "Reload the page and try again. Nothing was saved."
    let tooLargeTitle = "Too large"
    let tooLargeText = "What you sent is too large to be processed."
    let badRequestTitle = "Unreadable request"
    let badRequestText = "What you sent could not be read. Reload the page."
    let failureTitle = "Something went wrong"
    let failureText = "Please try again in a few minutes."
    let next = "Next"
    let back = "Back"
    func stepOf(_ step: Int, of total: Int) -> String { "Step \(count(step)) of \(count(total))" }
    func stepShort(_ step: Int) -> String { "step \(count(step))" }
    let stepsLabel = "Progress"
    let choiceStepHelp = "Say how relevant each topic is to your service. Leave a topic blank if it does not concern your service: the next page asks only about the topics you chose."
    let detailsStepTitle = "Details of the chosen topics"
    let detailsStepHelp = "For each topic you chose, give your staff's current and required level, the priority and the number of staff to train."
    let noTopicChosen = "You have not chosen any topic yet. Go back to choose some, or go on if no topic concerns your service."
    let keyboardHint = "Tab moves from question to question; the arrow keys move between the choices of a question, and Space ticks."
    let errorSummaryPage = "Please check the following answers before you go on:"
}
