/// The answer-problem messages in German.
struct GermanAnswerWords: AnswerWords {
    let required = "Bitte beantworten Sie diese Frage."
    let requiredTopic = "Bitte füllen Sie mindestens ein Thema aus."
    let unknownQuestion = "Diese Antwort gehört zu keiner Frage des Fragebogens."
    let wrongForm = "Diese Antwort hat nicht die erwartete Form für diese Frage."
    func notAChoice(_ value: String) -> String { "„\(value)“ gehört nicht zu den angebotenen Antworten." }
    func chosenTwice(_ value: String) -> String { "„\(value)“ wurde mehrfach gewählt." }
    func tooManyChoices(_ most: Int) -> String { "Wählen Sie höchstens \(reader.count(most)) aus." }
    let levelOutOfRange = "Wählen Sie ein Niveau von 0 (keine) bis 4 (Experte)."
    let notANumber = "Bitte geben Sie eine Zahl ein."
    func belowMinimum(_ minimum: Double) -> String { "Die Zahl muss mindestens \(reader.figure(minimum)) betragen." }
    func aboveMaximum(_ maximum: Double) -> String { "Die Zahl darf höchstens \(reader.figure(maximum)) betragen." }
    func tooLong(_ most: Int) -> String { "Der Text ist zu lang: höchstens \(reader.count(most)) Zeichen." }
    let patternMismatch = "Die Antwort hat nicht das erwartete Format."
    let notAPeriod = "Geben Sie den Zeitraum als Jahr und Quartal an, zum Beispiel 2027-Q2."
    let unknownTopic = "Dieses Thema ist nicht in der Liste enthalten."
    let priorityOutOfRange = "Wählen Sie eine Priorität von 1 (niedrig) bis 4 (kritisch)."
    func staffOutOfRange(from least: Int, to most: Int) -> String { "Die Zahl der zu schulenden Mitarbeitenden muss eine ganze Zahl von \(reader.count(least)) bis \(reader.count(most)) sein." }
    func rankGivenTwice(_ rank: Int) -> String { "Rang \(reader.count(rank)) wurde mehreren Themen gegeben. Geben Sie jedem Thema einen eigenen Rang." }
    let levelAboveRequired = "Das aktuelle Niveau liegt über dem erforderlichen Niveau. Erhöhen Sie das erforderliche Niveau oder kreuzen Sie „Kein Defizit“ an, wenn Ihre Mitarbeitenden das nötige Niveau bereits haben."
    let gapDenied = "Sie haben „Kein Defizit“ angekreuzt, aber das erforderliche Niveau liegt über dem aktuellen. Passen Sie eines von beiden an."
    let currentAboveRequired = "Das aktuelle Niveau liegt über dem erforderlichen Niveau: Dann besteht kein Schulungsbedarf. Passen Sie die Niveaus an."
}

private let reader = ReaderLanguage.german
