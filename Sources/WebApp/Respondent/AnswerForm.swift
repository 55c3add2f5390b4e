import Foundation
import SurveyDefinition
import TrainingModel

/// The survey form's field names, and the `Answers` a submitted form stands for.
///
/// Names use `:` as separator, which survey ids cannot contain: `q:<question>` for plain
/// questions (repeated for multiple choice), `r:<question>:<choice>` holding the rank of a choice,
/// `m:<question>:<concept>:<field>` for the topic matrix.
enum AnswerForm {
    static func field(_ question: String) -> String { "q:" + question }
    static func rankField(_ question: String, _ choice: String) -> String { "r:\(question):\(choice)" }
    static func matrixField(_ question: String, _ concept: String, _ field: TopicField) -> String {
        "m:\(question):\(concept):\(field.rawValue)"
    }

    /// The answers in `form`, and the problems of fields whose text cannot be an answer at all
    /// (letters in a staff number), which the survey's own checks cannot see.
    static func answers(from form: FormBody, survey: Survey, language: LanguageCode) -> (Answers, [AnswerProblem]) {
        var answers = Answers(language: language)
        var problems: [AnswerProblem] = []
        for question in survey.questions {
            switch question.kind {
            case .single, .text, .period:
                if let text = form[field(question.id)], !text.allSatisfy(\.isWhitespace) {
                    answers[question.id] = .text(question.kind == .text ? text : trimmed(text))
                }
            case .number, .scale:
                if let text = form[field(question.id)].map(trimmed), !text.isEmpty {
                    answers[question.id] = number(text).map(AnswerValue.number) ?? .text(text)
                }
            case .multiple:
                let chosen = form.values(field(question.id)).filter { !$0.isEmpty }
                if !chosen.isEmpty { answers[question.id] = .list(chosen) }
            case .ranking:
                var ranked: [(rank: Int, order: Int, value: String)] = []
                for (order, choice) in question.choices.enumerated() {
                    guard let text = form[rankField(question.id, choice.value)].map(trimmed), !text.isEmpty else { continue }
                    guard let rank = Int(text), rank > 0 else {
                        problems.append(AnswerProblem(question: question.id, kind: .wrongForm, language: language))
                        continue
                    }
                    ranked.append((rank, order, choice.value))
                }
                // One rank per choice: a rank given twice is refused, not renumbered, so the
                // ranking is kept out of the answers until the respondent settles it.
                let counts = Dictionary(grouping: ranked, by: \.rank).filter { $0.value.count > 1 }
                if !counts.isEmpty {
                    for rank in counts.keys.sorted() {
                        problems.append(AnswerProblem(question: question.id, kind: .rankGivenTwice(rank), language: language))
                    }
                } else if !ranked.isEmpty {
                    answers[question.id] = .list(ranked.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.map(\.value))
                }
            case .matrix:
                var rows: [String: TopicAnswer] = [:]
                for row in question.rows {
                    var answer = TopicAnswer()
                    func integer(_ field: TopicField, problem: AnswerProblem.Kind) -> Int? {
                        guard let text = form[matrixField(question.id, row.concept, field)].map(trimmed), !text.isEmpty else { return nil }
                        guard let value = Int(text) else {
                            problems.append(AnswerProblem(question: question.id, topic: row.concept, field: field, kind: problem, language: language))
                            return nil
                        }
                        return value
                    }
                    if let text = form[matrixField(question.id, row.concept, .relevance)], !text.isEmpty {
                        if let relevance = Relevance(rawValue: text) {
                            answer.relevance = relevance
                        } else {
                            problems.append(AnswerProblem(question: question.id, topic: row.concept, field: .relevance, kind: .notAChoice(text), language: language))
                        }
                    }
                    answer.currentLevel = integer(.currentLevel, problem: .levelOutOfRange)
                    answer.requiredLevel = integer(.requiredLevel, problem: .levelOutOfRange)
                    answer.priority = integer(.priority, problem: .priorityOutOfRange)
                    answer.staff = integer(.staff, problem: .negativeStaff)
                    if let text = form[matrixField(question.id, row.concept, .noGap)], !text.isEmpty { answer.noGap = true }
                    if !answer.isEmpty { rows[row.concept] = answer }
                }
                if !rows.isEmpty { answers[question.id] = .matrix(rows) }
            }
        }
        return (answers, problems)
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A number as people type it: "12", "12,5", "1 200".
    private static func number(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: ",", with: ".").filter { !$0.isWhitespace }
        return Double(cleaned).flatMap { $0.isFinite ? $0 : nil }
    }
}
