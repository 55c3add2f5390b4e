import Foundation
/// Which questions a respondent sees, given the answers so far.
///
/// A question with conditions is shown only when each refers to a shown question whose
/// answer equals (single, scale, number, text, period) or contains (multiple, ranking) the
/// condition's value. Conditions only look back, so one pass in survey order decides all.
public enum Visibility {
    /// The ids of the questions shown for `answers`.
    public static func shownQuestions(of survey: Survey, answers: Answers) -> Set<String> {
        var shown = Set<String>()
        var kinds: [String: QuestionKind] = [:]
        for question in survey.questions {
            kinds[question.id] = question.kind
            let visible = question.conditions.allSatisfy { condition in
                guard shown.contains(condition.question), let kind = kinds[condition.question],
                      let answer = answers[condition.question] else { return false }
                return matches(answer, kind: kind, value: condition.equals)
            }
            if visible { shown.insert(question.id) }
        }
        return shown
    }

    static func matches(_ answer: AnswerValue, kind: QuestionKind, value: String) -> Bool {
        switch (kind, answer) {
        case (.multiple, .list(let chosen)), (.ranking, .list(let chosen)):
            return chosen.contains(value)
        case (.scale, _), (.number, _):
            guard let expected = Double(value), let given = AnswerValidator.number(answer) else { return false }
            return expected == given
        case (_, .text(let text)):
            return text.trimmingCharacters(in: .whitespacesAndNewlines) == value
        default:
            return false
        }
    }
}
