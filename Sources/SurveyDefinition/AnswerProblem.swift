import TrainingModel
import Wording

/// Something wrong with one answer, to be shown next to its field in the respondent's
/// language (nl, fr, de, en; other languages get English).
public struct AnswerProblem: Hashable, Sendable, Codable {
    /// What is wrong; the message is made from it.
    public enum Kind: Hashable, Sendable, Codable {
        case required
        case requiredTopic
        case unknownQuestion
        case wrongForm
        case notAChoice(String)
        case chosenTwice(String)
        case tooManyChoices(Int)
        case levelOutOfRange
        case notANumber
        case belowMinimum(Double)
        case aboveMaximum(Double)
        case tooLong(Int)
        case patternMismatch
        case notAPeriod
        case unknownTopic
        case priorityOutOfRange
        case negativeStaff
        /// Two or more choices of a ranking were given the same rank.
        case rankGivenTwice(Int)
        /// A topic row's current level is above its required level without a "no gap" answer.
        case levelAboveRequired
        /// A topic row says "no gap" although its required level is above the current one.
        case gapDenied
        /// A free-text need's current level is above its required level.
        case currentAboveRequired
    }

    /// The question the answer belongs to.
    public var question: String
    /// For a matrix: the row's concept id, and the field of the row.
    public var topic: String?
    public var field: TopicField?
    public var kind: Kind
    /// The message in the language the problem was checked for.
    public var message: String

    public init(question: String, topic: String? = nil, field: TopicField? = nil, kind: Kind, language: LanguageCode) {
        self.question = question
        self.topic = topic
        self.field = field
        self.kind = kind
        self.message = AnswerMessages.text(for: kind, in: language)
    }

    /// The message in another language.
    public func message(in language: LanguageCode) -> String {
        AnswerMessages.text(for: kind, in: language)
    }
}

/// The fields of one topic-matrix row.
public enum TopicField: String, Hashable, Sendable, Codable, CaseIterable {
    case relevance
    case currentLevel = "current-level"
    case requiredLevel = "required-level"
    case priority
    case staff
    case noGap = "no-gap"
}

/// The respondent-facing texts of answer problems, written for heads of service rather
/// than for programmers.
enum AnswerMessages {
    static func text(for kind: AnswerProblem.Kind, in language: LanguageCode) -> String {
        let texts = table(kind)
        return ReaderLanguage(language).pick(dutch: texts.nl, french: texts.fr, german: texts.de, english: texts.en)
    }

    private static func table(_ kind: AnswerProblem.Kind) -> (nl: String, fr: String, de: String, en: String) {
        switch kind {
        case .required:
            ("Beantwoord deze vraag.", "Veuillez répondre à cette question.",
             "Bitte beantworten Sie diese Frage.", "Please answer this question.")
        case .requiredTopic:
            ("Vul ten minste één thema in.", "Veuillez remplir au moins un thème.",
             "Bitte füllen Sie mindestens ein Thema aus.", "Please fill in at least one topic.")
        case .unknownQuestion:
            ("Dit antwoord hoort bij geen enkele vraag van de vragenlijst.",
             "Cette réponse ne correspond à aucune question du questionnaire.",
             "Diese Antwort gehört zu keiner Frage des Fragebogens.",
             "This answer does not belong to any question of the survey.")
        case .wrongForm:
            ("Dit antwoord heeft niet de juiste vorm voor deze vraag.",
             "Cette réponse n'a pas la forme attendue pour cette question.",
             "Diese Antwort hat nicht die erwartete Form für diese Frage.",
             "This answer has the wrong form for this question.")
        case .notAChoice(let value):
            ("„\(value)” is geen van de aangeboden keuzes.", "« \(value) » ne fait pas partie des choix proposés.",
             "„\(value)“ gehört nicht zu den angebotenen Antworten.", "“\(value)” is not one of the choices offered.")
        case .chosenTwice(let value):
            ("„\(value)” is meer dan eens gekozen.", "« \(value) » est choisi plus d'une fois.",
             "„\(value)“ wurde mehrfach gewählt.", "“\(value)” is chosen more than once.")
        case .tooManyChoices(let most):
            ("Kies er hoogstens \(most).", "Choisissez-en au maximum \(most).",
             "Wählen Sie höchstens \(most) aus.", "Choose at most \(most).")
        case .levelOutOfRange:
            ("Kies een niveau van 0 (geen) tot 4 (expert).", "Choisissez un niveau de 0 (aucun) à 4 (expert).",
             "Wählen Sie ein Niveau von 0 (keine) bis 4 (Experte).", "Choose a level from 0 (none) to 4 (expert).")
        case .notANumber:
            ("Vul een getal in.", "Veuillez saisir un nombre.", "Bitte geben Sie eine Zahl ein.", "Please enter a number.")
        case .belowMinimum(let minimum):
            ("Het getal moet minstens \(minimum.formatted) zijn.", "Le nombre doit être au moins égal à \(minimum.formatted).",
             "Die Zahl muss mindestens \(minimum.formatted) betragen.", "The number must be at least \(minimum.formatted).")
        case .aboveMaximum(let maximum):
            ("Het getal mag hoogstens \(maximum.formatted) zijn.", "Le nombre ne peut pas dépasser \(maximum.formatted).",
             "Die Zahl darf höchstens \(maximum.formatted) betragen.", "The number must be at most \(maximum.formatted).")
        case .tooLong(let most):
            ("De tekst is te lang: hoogstens \(most) tekens.", "Le texte est trop long : \(most) caractères au maximum.",
             "Der Text ist zu lang: höchstens \(most) Zeichen.", "The text is too long: at most \(most) characters.")
        case .patternMismatch:
            ("Het antwoord heeft niet de verwachte vorm.", "La réponse n'a pas le format attendu.",
             "Die Antwort hat nicht das erwartete Format.", "The answer does not have the expected format.")
        case .notAPeriod:
            ("Schrijf de periode als jaar en kwartaal, bijvoorbeeld 2027-Q2.",
             "Indiquez la période sous la forme année et trimestre, par exemple 2027-Q2.",
             "Geben Sie den Zeitraum als Jahr und Quartal an, zum Beispiel 2027-Q2.",
             "Write the period as year and quarter, for example 2027-Q2.")
        case .unknownTopic:
            ("Dit thema staat niet in de lijst.", "Ce thème ne figure pas dans la liste.",
             "Dieses Thema ist nicht in der Liste enthalten.", "This topic is not part of the list.")
        case .priorityOutOfRange:
            ("Kies een prioriteit van 1 (laag) tot 4 (kritiek).", "Choisissez une priorité de 1 (faible) à 4 (critique).",
             "Wählen Sie eine Priorität von 1 (niedrig) bis 4 (kritisch).", "Choose a priority from 1 (low) to 4 (critical).")
        case .negativeStaff:
            ("Het aantal op te leiden medewerkers moet een geheel getal van 0 tot 1.000.000 zijn.",
             "Le nombre de collaborateurs à former doit être un nombre entier de 0 à 1 000 000.",
             "Die Zahl der zu schulenden Mitarbeitenden muss eine ganze Zahl von 0 bis 1.000.000 sein.",
             "The number of staff to train must be a whole number from 0 to 1,000,000.")
        case .rankGivenTwice(let rank):
            ("Rang \(rank) is aan meer dan één thema gegeven. Geef elk thema een eigen rang.",
             "Le rang \(rank) est attribué à plusieurs thèmes. Donnez à chaque thème un rang différent.",
             "Rang \(rank) wurde mehreren Themen gegeben. Geben Sie jedem Thema einen eigenen Rang.",
             "Rank \(rank) is given to more than one topic. Give each topic a rank of its own.")
        case .levelAboveRequired:
            ("Het huidige niveau ligt boven het vereiste niveau. Verhoog het vereiste niveau, of vink „Geen tekort” aan als uw medewerkers het nodige niveau al hebben.",
             "Le niveau actuel dépasse le niveau requis. Relevez le niveau requis, ou cochez « Pas de lacune » si vos collaborateurs ont déjà le niveau nécessaire.",
             "Das aktuelle Niveau liegt über dem erforderlichen Niveau. Erhöhen Sie das erforderliche Niveau oder kreuzen Sie „Kein Defizit“ an, wenn Ihre Mitarbeitenden das nötige Niveau bereits haben.",
             "The current level is above the required level. Raise the required level, or tick “No gap” if your staff already have the level needed.")
        case .gapDenied:
            ("U hebt „Geen tekort” aangevinkt, maar het vereiste niveau ligt boven het huidige. Pas een van beide aan.",
             "Vous avez coché « Pas de lacune », mais le niveau requis dépasse le niveau actuel. Corrigez l'un des deux.",
             "Sie haben „Kein Defizit“ angekreuzt, aber das erforderliche Niveau liegt über dem aktuellen. Passen Sie eines von beiden an.",
             "You ticked “No gap”, but the required level is above the current level. Change one of them.")
        case .currentAboveRequired:
            ("Het huidige niveau ligt boven het vereiste niveau: dan is er geen opleidingsbehoefte. Pas de niveaus aan.",
             "Le niveau actuel dépasse le niveau requis : il n'y a alors pas de besoin de formation. Corrigez les niveaux.",
             "Das aktuelle Niveau liegt über dem erforderlichen Niveau: Dann besteht kein Schulungsbedarf. Passen Sie die Niveaus an.",
             "The current level is above the required level, so there is no training need. Correct the levels.")
        }
    }
}
