import TrainingModel

/// One respondent's answers, keyed by question id, with the language they answered in.
///
/// This is what a draft or a submission stores and what the web form sends; it encodes as
/// plain JSON: `{"language":"fr","values":{"country":"BE","thb-staff":12,...}}`.
public struct Answers: Hashable, Sendable, Codable {
    public var language: LanguageCode
    public var values: [String: AnswerValue]

    public init(language: LanguageCode, values: [String: AnswerValue] = [:]) {
        self.language = language
        self.values = values
    }

    public subscript(question: String) -> AnswerValue? {
        get { values[question] }
        set { values[question] = newValue }
    }
}

/// The answer to one question, in the form the question type takes:
/// a string (single choice, text, period), a number (number, scale), a list of choice
/// values (multiple, ranking, in rank order) or topic rows (matrix).
public enum AnswerValue: Hashable, Sendable, Codable {
    case text(String)
    case number(Double)
    case list([String])
    case matrix([String: TopicAnswer])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let list = try? container.decode([String].self) {
            self = .list(list)
        } else {
            self = .matrix(try container.decode([String: TopicAnswer].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .list(let list): try container.encode(list)
        case .matrix(let rows): try container.encode(rows)
        }
    }

    /// Whether the value says nothing: an empty text, list or matrix.
    public var isEmpty: Bool {
        switch self {
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .number: false
        case .list(let list): list.isEmpty
        case .matrix(let rows): rows.values.allSatisfy(\.isEmpty)
        }
    }
}

/// How relevant a topic is to the answering service.
public enum Relevance: String, Hashable, Sendable, Codable, CaseIterable {
    case none
    case low
    case medium
    case high
}

/// One row of the topic matrix as answered: every field may be left blank.
public struct TopicAnswer: Hashable, Sendable, Codable {
    public var relevance: Relevance?
    /// 0–4: none, basic, intermediate, advanced, expert.
    public var currentLevel: Int?
    public var requiredLevel: Int?
    /// 1 low, 2 medium, 3 high, 4 critical.
    public var priority: Int?
    /// Staff to train, 0 or more.
    public var staff: Int?
    /// The service says explicitly that its staff already have the level the topic needs:
    /// the one way to give a current level above the required one. Such a row asks for no
    /// training.
    public var noGap: Bool?

    public init(relevance: Relevance? = nil, currentLevel: Int? = nil, requiredLevel: Int? = nil, priority: Int? = nil, staff: Int? = nil,
                noGap: Bool? = nil) {
        self.relevance = relevance
        self.currentLevel = currentLevel
        self.requiredLevel = requiredLevel
        self.priority = priority
        self.staff = staff
        self.noGap = noGap
    }

    /// Whether every field is blank.
    public var isEmpty: Bool {
        relevance == nil && currentLevel == nil && requiredLevel == nil && priority == nil && staff == nil && noGap == nil
    }

    /// Whether the row asks for training: relevant (or not rated but filled in), no "no gap"
    /// answer, and for at least one person when the staff number is given.
    public var asksForTraining: Bool {
        guard !isEmpty, relevance != Relevance.none, noGap != true else { return false }
        return staff.map { $0 > 0 } ?? true
    }
}
