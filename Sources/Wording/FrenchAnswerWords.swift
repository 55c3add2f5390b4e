/// The answer-problem messages in French.
struct FrenchAnswerWords: AnswerWords {
    let required = "Veuillez répondre à cette question."
    let requiredTopic = "Veuillez renseigner au moins un thème."
    let unknownQuestion = "Cette réponse ne correspond à aucune question du questionnaire."
    let wrongForm = "Cette réponse n'a pas la forme attendue pour cette question."
    func notAChoice(_ value: String) -> String { "« \(value) » ne fait pas partie des choix proposés." }
    func chosenTwice(_ value: String) -> String { "« \(value) » est choisi plus d'une fois." }
    func tooManyChoices(_ most: Int) -> String { "Choisissez-en au maximum \(reader.count(most))." }
    let levelOutOfRange = "Choisissez un niveau de 0 (aucun) à 4 (expert)."
    let notANumber = "Veuillez saisir un nombre."
    func belowMinimum(_ minimum: Double) -> String { "Le nombre doit être au moins égal à \(reader.figure(minimum))." }
    func aboveMaximum(_ maximum: Double) -> String { "Le nombre ne peut pas dépasser \(reader.figure(maximum))." }
    func tooLong(_ most: Int) -> String { "Le texte est trop long : \(reader.count(most)) caractères au maximum." }
    let patternMismatch = "La réponse n'a pas le format attendu."
    let notAPeriod = "Indiquez la période sous la forme année et trimestre, par exemple 2027-Q2."
    let unknownTopic = "Ce thème ne figure pas dans la liste."
    let priorityOutOfRange = "Choisissez une priorité de 1 (faible) à 4 (critique)."
    func staffOutOfRange(from least: Int, to most: Int) -> String { "Le nombre de collaborateurs à former doit être un nombre entier de \(reader.count(least)) à \(reader.count(most))." }
    func rankGivenTwice(_ rank: Int) -> String { "Le rang \(reader.count(rank)) est attribué à plusieurs thèmes. Donnez à chaque thème un rang différent." }
    let levelAboveRequired = "Le niveau actuel dépasse le niveau requis. Relevez le niveau requis, ou cochez « Pas de lacune » si vos collaborateurs ont déjà le niveau nécessaire."
    let gapDenied = "Vous avez coché « Pas de lacune », mais le niveau requis dépasse le niveau actuel. Corrigez l'un des deux."
    let currentAboveRequired = "Le niveau actuel dépasse le niveau requis : il n'y a alors pas de besoin de formation. Corrigez les niveaux."
}

private let reader = ReaderLanguage.french
