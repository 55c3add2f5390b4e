import Foundation
import TrainingModel

/// Checks one response against its survey: required answers, constraints, choices and
/// conditions. An answer to a hidden question is ignored, and a hidden question is never
/// required, so changing an earlier answer cannot trap a respondent.
public struct AnswerValidator: Sendable {
    /// What is checked: a draft may be incomplete, a submission may not.
    public enum Mode: Sendable {
        case draft
        case submission
    }

    /// The outcome: the problems, in survey order, and the answers that count.
    public struct Check: Sendable {
        public var problems: [AnswerProblem]
        /// The answers to shown questions of the survey; answers to hidden questions are dropped.
        public var counted: Answers
        public var shown: Set<String>

        public var isValid: Bool { problems.isEmpty }
    }

    public let survey: Survey

    public init(survey: Survey) {
        self.survey = survey
    }

    public func check(_ answers: Answers, mode: Mode) -> Check {
        let language = answers.language
        let shown = Visibility.shownQuestions(of: survey, answers: answers)
        var problems: [AnswerProblem] = []
        var counted = Answers(language: language)

        for question in survey.questions where shown.contains(question.id) {
            let answer = answers[question.id]
            guard let answer, !answer.isEmpty else {
                if mode == .submission && question.required {
                    problems.append(AnswerProblem(question: question.id, kind: question.kind == .matrix ? .requiredTopic : .required, language: language))
                }
                continue
            }
            let found = Self.problems(of: answer, for: question).map { problem in
                AnswerProblem(question: question.id, topic: problem.topic, field: problem.field, kind: problem.kind, language: language)
            }
            problems += found
            counted[question.id] = answer
        }
        problems += levelPairProblems(counted, language: language)
        let known = Set(survey.questions.map(\.id))
        for id in answers.values.keys.sorted() where !known.contains(id) {
            problems.append(AnswerProblem(question: id, kind: .unknownQuestion, language: language))
        }
        return Check(problems: problems, counted: counted, shown: shown)
    }

    private typealias Found = (topic: String?, field: TopicField?, kind: AnswerProblem.Kind)

    private static func problems(of answer: AnswerValue, for question: Question) -> [Found] {
        let limits = question.constraints
        switch question.kind {
        case .single:
            guard case .text(let raw) = answer else { return [(nil, nil, .wrongForm)] }
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            return question.choice(value) == nil ? [(nil, nil, .notAChoice(value))] : []

        case .multiple, .ranking:
            guard case .list(let values) = answer else { return [(nil, nil, .wrongForm)] }
            var found: [Found] = []
            var seen = Set<String>()
            for value in values {
                if question.choice(value) == nil { found.append((nil, nil, .notAChoice(value))) }
                if !seen.insert(value).inserted { found.append((nil, nil, .chosenTwice(value))) }
            }
            if let most = limits.maxChoices, seen.count > most { found.append((nil, nil, .tooManyChoices(most))) }
            return found

        case .scale:
            guard let level = number(answer) else { return [(nil, nil, .levelOutOfRange)] }
            // Compared as a Double: a huge typed number would trap when converted to Int.
            let inRange = Double(Scales.level.lowerBound) <= level && level <= Double(Scales.level.upperBound)
            return inRange && level.rounded() == level ? [] : [(nil, nil, .levelOutOfRange)]

        case .number:
            guard let value = number(answer) else { return [(nil, nil, .notANumber)] }
            if let minimum = limits.min, value < minimum { return [(nil, nil, .belowMinimum(minimum))] }
            if let maximum = limits.max, value > maximum { return [(nil, nil, .aboveMaximum(maximum))] }
            return []

        case .text:
            guard case .text(let text) = answer else { return [(nil, nil, .wrongForm)] }
            if let most = limits.maxLength, text.count > most { return [(nil, nil, .tooLong(most))] }
            if let pattern = limits.pattern, !fullyMatches(text, pattern) { return [(nil, nil, .patternMismatch)] }
            return []

        case .period:
            guard case .text(let raw) = answer else { return [(nil, nil, .wrongForm)] }
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if !Scales.isPeriod(text) { return [(nil, nil, .notAPeriod)] }
            if let pattern = limits.pattern, !fullyMatches(text, pattern) { return [(nil, nil, .patternMismatch)] }
            return []

        case .matrix:
            guard case .matrix(let rows) = answer else { return [(nil, nil, .wrongForm)] }
            let concepts = Set(question.rows.map(\.concept))
            var found: [Found] = []
            for (concept, row) in rows.sorted(by: { $0.key < $1.key }) {
                guard concepts.contains(concept) else {
                    found.append((concept, nil, .unknownTopic))
                    continue
                }
                if let level = row.currentLevel, !Scales.level.contains(level) { found.append((concept, .currentLevel, .levelOutOfRange)) }
                if let level = row.requiredLevel, !Scales.level.contains(level) { found.append((concept, .requiredLevel, .levelOutOfRange)) }
                if let priority = row.priority, !Scales.priority.contains(priority) { found.append((concept, .priority, .priorityOutOfRange)) }
                // As the needs CSV's headcount: beyond it, weights would overflow in the planner.
                if let staff = row.staff, !AnswerMessages.staffLimits.contains(staff) { found.append((concept, .staff, .negativeStaff)) }
                // Levels compared only when both are levels at all.
                if let current = row.currentLevel, let required = row.requiredLevel,
                   Scales.level.contains(current), Scales.level.contains(required) {
                    if current > required && row.noGap != true { found.append((concept, .requiredLevel, .levelAboveRequired)) }
                    if required > current && row.noGap == true { found.append((concept, .noGap, .gapDenied)) }
                }
            }
            return found
        }
    }

    /// Scale questions `X-current-level` and `X-required-level` (the levels of a free-text
    /// need): a current level above the required one is no need, and is refused next to the
    /// required level.
    private func levelPairProblems(_ counted: Answers, language: LanguageCode) -> [AnswerProblem] {
        var found: [AnswerProblem] = []
        for question in survey.questions where question.kind == .scale && question.id.hasSuffix(Self.currentLevelSuffix) {
            let stem = String(question.id.dropLast(Self.currentLevelSuffix.count))
            let requiredID = stem + Self.requiredLevelSuffix
            guard let current = counted[question.id].flatMap(Self.number),
                  let required = counted[requiredID].flatMap(Self.number), current > required else { continue }
            found.append(AnswerProblem(question: requiredID, kind: .currentAboveRequired, language: language))
        }
        return found
    }

    static let currentLevelSuffix = "-current-level"
    static let requiredLevelSuffix = "-required-level"

    /// A number answer, also when a form sent it as text ("12", "2,5").
    static func number(_ answer: AnswerValue) -> Double? {
        switch answer {
        case .number(let value):
            return value.isFinite ? value : nil
        case .text(let text):
            let cleaned = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: ",", with: ".")
            return Double(cleaned).flatMap { $0.isFinite ? $0 : nil }
        default:
            return nil
        }
    }

    /// Whether the whole of `text` matches `pattern`, as XSD and HTML patterns do.
    private static func fullyMatches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: "^(?:\(pattern))$") else { return true }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
