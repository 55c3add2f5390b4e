import TrainingModel

/// One question of a survey, with what a valid answer to it looks like.
public struct Question: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var kind: QuestionKind
    /// Whether a respondent must answer it (when it is shown) before submitting.
    public var required: Bool
    public var labels: LocalizedText
    public var helps: LocalizedText
    /// The answers to choose from, for single, multiple and ranking questions.
    public var choices: [Choice]
    /// The topics of a matrix question, one thesaurus concept per row.
    public var rows: [TopicRow]
    public var constraints: Constraints
    /// The question is shown only when every condition holds.
    public var conditions: [Condition]

    public init(id: String, kind: QuestionKind, required: Bool = false, labels: LocalizedText,
                helps: LocalizedText = LocalizedText(), choices: [Choice] = [], rows: [TopicRow] = [],
                constraints: Constraints = Constraints(), conditions: [Condition] = []) {
        self.id = id
        self.kind = kind
        self.required = required
        self.labels = labels
        self.helps = helps
        self.choices = choices
        self.rows = rows
        self.constraints = constraints
        self.conditions = conditions
    }

    /// The choice with this value.
    public func choice(_ value: String) -> Choice? {
        choices.first { $0.value == value }
    }

    /// The label a reader of `language` should see.
    public func label(for language: LanguageCode) -> String {
        labels.best(for: language) ?? id
    }
}

/// The type of a question, as written in the `type` attribute.
public enum QuestionKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// One choice among the question's choices.
    case single
    /// Any number of choices (at most `maxChoices`).
    case multiple
    /// 0–4: none, basic, intermediate, advanced, expert.
    case scale
    /// A decimal number, within `min`/`max` when given.
    case number
    /// Free text, at most `maxLength` characters, matching `pattern` when given.
    case text
    /// A quarter, `YYYY-Qn`.
    case period
    /// An ordered subset of the choices (at most `maxChoices`).
    case ranking
    /// The topic matrix: per row relevance, current and required level, priority, staff to train.
    case matrix

    /// Whether the question offers choices.
    public var hasChoices: Bool { self == .single || self == .multiple || self == .ranking }
}

/// One answer a respondent can pick.
public struct Choice: Hashable, Sendable, Codable {
    public var value: String
    public var labels: LocalizedText

    public init(value: String, labels: LocalizedText) {
        self.value = value
        self.labels = labels
    }
}

/// One row of the topic matrix: a thesaurus concept, labelled by the survey or, when the
/// survey gives no label, by the thesaurus.
public struct TopicRow: Hashable, Sendable, Codable {
    public var concept: String
    public var labels: LocalizedText

    public init(concept: String, labels: LocalizedText = LocalizedText()) {
        self.concept = concept
        self.labels = labels
    }
}

/// Limits on an answer, from the question's attributes; each applies only where it makes sense.
public struct Constraints: Hashable, Sendable, Codable {
    /// Bounds of a number answer.
    public var min: Double?
    public var max: Double?
    /// Longest text answer, in characters.
    public var maxLength: Int?
    /// Most choices in a multiple or ranking answer.
    public var maxChoices: Int?
    /// A regular expression the whole text or period answer must match.
    public var pattern: String?

    public init(min: Double? = nil, max: Double? = nil, maxLength: Int? = nil, maxChoices: Int? = nil, pattern: String? = nil) {
        self.min = min
        self.max = max
        self.maxLength = maxLength
        self.maxChoices = maxChoices
        self.pattern = pattern
    }
}

/// "Show this question only when the answer to `question` is (or contains) `equals`."
public struct Condition: Hashable, Sendable, Codable {
    public var question: String
    public var equals: String

    public init(question: String, equals: String) {
        self.question = question
        self.equals = equals
    }
}
