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

/// The respondent-facing texts of answer problems: each kind's message from the Wording
/// target's `AnswerWords` of the reader's language.
enum AnswerMessages {
    /// The numbers of staff to train a topic row accepts: `AnswerValidator` checks them, the
    /// message names them.
    static let staffLimits = 0...1_000_000

    static func text(for kind: AnswerProblem.Kind, in language: LanguageCode) -> String {
        let words = ReaderLanguage(language).answerWords
        return switch kind {
        case .required: words.required
        case .requiredTopic: words.requiredTopic
        case .unknownQuestion: words.unknownQuestion
        case .wrongForm: words.wrongForm
        case .notAChoice(let value): words.notAChoice(value)
        case .chosenTwice(let value): words.chosenTwice(value)
        case .tooManyChoices(let most): words.tooManyChoices(most)
        case .levelOutOfRange: words.levelOutOfRange
        case .notANumber: words.notANumber
        case .belowMinimum(let minimum): words.belowMinimum(minimum)
        case .aboveMaximum(let maximum): words.aboveMaximum(maximum)
        case .tooLong(let most): words.tooLong(most)
        case .patternMismatch: words.patternMismatch
        case .notAPeriod: words.notAPeriod
        case .unknownTopic: words.unknownTopic
        case .priorityOutOfRange: words.priorityOutOfRange
        case .negativeStaff: words.staffOutOfRange(from: staffLimits.lowerBound, to: staffLimits.upperBound)
        case .rankGivenTwice(let rank): words.rankGivenTwice(rank)
        case .levelAboveRequired: words.levelAboveRequired
        case .gapDenied: words.gapDenied
        case .currentAboveRequired: words.currentAboveRequired
        }
    }
}
