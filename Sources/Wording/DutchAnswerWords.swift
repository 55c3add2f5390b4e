/// The answer-problem messages in Dutch.
struct DutchAnswerWords: AnswerWords {
    let required = "Beantwoord deze vraag."
    let requiredTopic = "Vul ten minste één thema in."
    let unknownQuestion = "Dit antwoord hoort bij geen enkele vraag van de vragenlijst."
    let wrongForm = "Dit antwoord heeft niet de juiste vorm voor deze vraag."
    func notAChoice(_ value: String) -> String { "„\(value)” is geen van de aangeboden keuzes." }
    func chosenTwice(_ value: String) -> String { "„\(value)” is meer dan eens gekozen." }
    func tooManyChoices(_ most: Int) -> String { "Kies er hoogstens \(reader.count(most))." }
    let levelOutOfRange = "Kies een niveau van 0 (geen) tot 4 (expert)."
    let notANumber = "Vul een getal in."
    func belowMinimum(_ minimum: Double) -> String { "Het getal moet minstens \(reader.figure(minimum)) zijn." }
    func aboveMaximum(_ maximum: Double) -> String { "Het getal mag hoogstens \(reader.figure(maximum)) zijn." }
    func tooLong(_ most: Int) -> String { "De tekst is te lang: hoogstens \(reader.count(most)) tekens." }
    let patternMismatch = "Het antwoord heeft niet de verwachte vorm."
    let notAPeriod = "Schrijf de periode als jaar en kwartaal, bijvoorbeeld 2027-Q2."
    let unknownTopic = "Dit thema staat niet in de lijst."
    let priorityOutOfRange = "Kies een prioriteit van 1 (laag) tot 4 (kritiek)."
    func staffOutOfRange(from least: Int, to most: Int) -> String { "Het aantal op te leiden medewerkers moet een geheel getal van \(reader.count(least)) tot \(reader.count(most)) zijn." }
    func rankGivenTwice(_ rank: Int) -> String { "Rang \(reader.count(rank)) is aan meer dan één thema gegeven. Geef elk thema een eigen rang." }
    let levelAboveRequired = "Het huidige niveau ligt boven het vereiste niveau. Verhoog het vereiste niveau, of vink „Geen tekort” aan als uw medewerkers het nodige niveau al hebben."
    let gapDenied = "U hebt „Geen tekort” aangevinkt, maar het vereiste niveau ligt boven het huidige. Pas een van beide aan."
    let currentAboveRequired = "Het huidige niveau ligt boven het vereiste niveau: dan is er geen opleidingsbehoefte. Pas de niveaus aan."
}

private let reader = ReaderLanguage.dutch
