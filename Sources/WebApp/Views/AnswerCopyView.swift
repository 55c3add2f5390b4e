import SurveyDefinition
import TrainingModel

/// A read-only, printable copy of a response: every question with the answer in words
/// (choice labels, not codes), the topic matrix as a table.
struct AnswerCopyView {
    struct Section {
        var title: String
        var items: [Item]
    }

    struct Item {
        var label: String
        var answer: String
        var isMatrix: Bool
        var rows: [Row]
        var headers: [String]
    }

    struct Row {
        var topic: String
        var cells: [String]
    }

    var sections: [Section]

    init(survey: Survey, answers: Answers, text: UIText) {
        let language = text.language
        let shown = Visibility.shownQuestions(of: survey, answers: answers)
        sections = survey.sections.map { section in
            Section(title: section.titles.best(for: language) ?? section.id, items: section.questions.compactMap { question in
                guard shown.contains(question.id) else { return nil }
                let answer = answers[question.id]
                if question.kind == .matrix {
                    guard case .matrix(let rows) = answer else {
                        return Item(label: question.label(for: language), answer: text.noAnswer, isMatrix: false, rows: [], headers: [])
                    }
                    let headers = [text.topic] + UIText.TopicFieldName.allCases.map { text.matrixFields[$0] ?? $0.rawValue }
                    let lines = question.rows.compactMap { row -> Row? in
                        guard let given = rows[row.concept], !given.isEmpty else { return nil }
                        return Row(topic: row.labels.best(for: language) ?? row.concept, cells: [
                            given.relevance.flatMap { Relevance.allCases.firstIndex(of: $0) }.map { text.relevance[$0] } ?? "",
                            given.currentLevel.flatMap { text.levels.indices.contains($0) ? text.levels[$0] : String($0) } ?? "",
                            given.requiredLevel.flatMap { text.levels.indices.contains($0) ? text.levels[$0] : String($0) } ?? "",
                            given.priority.flatMap { text.priorities.indices.contains($0 - 1) ? text.priorities[$0 - 1] : String($0) } ?? "",
                            given.staff.map(String.init) ?? "",
                            given.noGap == true ? "✓" : "",
                        ])
                    }
                    return Item(label: question.label(for: language), answer: lines.isEmpty ? text.noAnswer : "", isMatrix: !lines.isEmpty,
                                rows: lines, headers: headers)
                }
                return Item(label: question.label(for: language), answer: Self.words(answer, question: question, text: text),
                            isMatrix: false, rows: [], headers: [])
            })
        }
    }

    private static func words(_ answer: AnswerValue?, question: Question, text: UIText) -> String {
        guard let answer, !answer.isEmpty else { return text.noAnswer }
        let language = text.language
        switch question.kind {
        case .single:
            let value = SurveyFormView.text(answer) ?? ""
            return question.choice(value)?.labels.best(for: language) ?? value
        case .multiple:
            return SurveyFormView.list(answer).map { question.choice($0)?.labels.best(for: language) ?? $0 }.joined(separator: ", ")
        case .ranking:
            return SurveyFormView.list(answer).enumerated()
                .map { "\($0.offset + 1). " + (question.choice($0.element)?.labels.best(for: language) ?? $0.element) }
                .joined(separator: "; ")
        case .scale:
            let value = SurveyFormView.text(answer) ?? ""
            return Int(value).flatMap { text.levels.indices.contains($0) ? text.levels[$0] : nil } ?? value
        default:
            return SurveyFormView.text(answer) ?? ""
        }
    }
}
