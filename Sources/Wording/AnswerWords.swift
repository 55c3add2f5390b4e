/// What a respondent reads next to an answer that cannot be kept, written for heads of
/// service rather than for programmers. One type per language conforms (`DutchAnswerWords`...),
/// chosen by `ReaderLanguage.answerWords`; a message missing in a language does not compile.
/// Figures in the messages are written by the language's locale.
public protocol AnswerWords: Sendable {
    /// Nothing given for a question that needs an answer.
    var required: String { get }
    /// A required topic matrix with no topic filled in.
    var requiredTopic: String { get }
    /// An answer to no question of the survey.
    var unknownQuestion: String { get }
    /// An answer of the wrong form for its question (text for a choice...).
    var wrongForm: String { get }
    /// A value that is none of the choices offered.
    func notAChoice(_ value: String) -> String
    /// A choice given more than once.
    func chosenTwice(_ value: String) -> String
    /// More choices than the question allows.
    func tooManyChoices(_ most: Int) -> String
    /// A level outside the scale.
    var levelOutOfRange: String { get }
    /// Text where a number is asked for.
    var notANumber: String { get }
    /// A number below the question's minimum.
    func belowMinimum(_ minimum: Double) -> String
    /// A number above the question's maximum.
    func aboveMaximum(_ maximum: Double) -> String
    /// A text longer than the question allows, in characters.
    func tooLong(_ most: Int) -> String
    /// A text that does not have the form the question asks for.
    var patternMismatch: String { get }
    /// A period not written as year and quarter.
    var notAPeriod: String { get }
    /// A topic that is not in the survey's list.
    var unknownTopic: String { get }
    /// A priority outside the scale.
    var priorityOutOfRange: String { get }
    /// A number of staff to train that is not a whole number within the limits.
    func staffOutOfRange(from least: Int, to most: Int) -> String
    /// One rank given to several choices.
    func rankGivenTwice(_ rank: Int) -> String
    /// A topic row whose current level is above the required one, without "no gap".
    var levelAboveRequired: String { get }
    /// A topic row saying "no gap" although the required level is above the current one.
    var gapDenied: String { get }
    /// A free-text need whose current level is above the required one.
    var currentAboveRequired: String { get }
}

extension ReaderLanguage {
    /// The answer-problem messages in this language.
    public var answerWords: any AnswerWords {
        pick(dutch: DutchAnswerWords(), french: FrenchAnswerWords(), german: GermanAnswerWords(), english: EnglishAnswerWords())
    }
}
