/// The answer-problem messages in English.
struct EnglishAnswerWords: AnswerWords {
    let required = "Please answer this question."
    let requiredTopic = "Please fill in at least one topic."
    let unknownQuestion = "This answer does not belong to any question of the survey."
    let wrongForm = "This answer has the wrong form for this question."
    func notAChoice(_ value: String) -> String { "“\(value)” is not one of the choices offered." }
    func chosenTwice(_ value: String) -> String { "“\(value)” is chosen more than once." }
    func tooManyChoices(_ most: Int) -> String { "Choose at most \(reader.count(most))." }
    let levelOutOfRange = "Choose a level from 0 (none) to 4 (expert)."
    let notANumber = "Please enter a number."
    func belowMinimum(_ minimum: Double) -> String { "The number must be at least \(reader.figure(minimum))." }
    func aboveMaximum(_ maximum: Double) -> String { "The number must be at most \(reader.figure(maximum))." }
    func tooLong(_ most: Int) -> String { "The text is too long: at most \(reader.count(most)) characters." }
    let patternMismatch = "The answer does not have the expected format."
    let notAPeriod = "Write the period as year and quarter, for example 2027-Q2."
    let unknownTopic = "This topic is not part of the list."
    let priorityOutOfRange = "Choose a priority from 1 (low) to 4 (critical)."
    func staffOutOfRange(from least: Int, to most: Int) -> String { "The number of staff to train must be a whole number from \(reader.count(least)) to \(reader.count(most))." }
    func rankGivenTwice(_ rank: Int) -> String { "Rank \(reader.count(rank)) is given to more than one topic. Give each topic a rank of its own." }
    let levelAboveRequired = "The current level is above the required level. Raise the required level, or tick “No gap” if your staff already have the level needed."
    let gapDenied = "You ticked “No gap”, but the required level is above the current level. Change one of them."
    let currentAboveRequired = "The current level is above the required level, so there is no training need. Correct the levels."
}

private let reader = ReaderLanguage.english
