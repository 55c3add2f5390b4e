import Foundation
import SurveyDefinition
import TrainingModel

/// The survey as the respondent's form shows it: every question with its current answer,
/// its help, its condition and the problems found, ready for the `survey` template.
///
/// Element ids are built from positions (`q3`, `q3-c2`, `q3-r5-relevance`) rather than from
/// survey ids, so they are always valid and unique.
struct SurveyFormView {
    struct Section {
        var anchor: String
        var title: String
        var help: String?
        /// The HTML of each question, rendered by the `question` template (see `SurveyFormRenderer`).
        var questions: [String]
    }

    struct Option {
        var id: String
        var value: String
        var label: String
        var checked: Bool
    }

    struct RankItem {
        var id: String
        var name: String
        var label: String
        var positions: [Option]
    }

    struct MatrixField {
        var id: String
        var name: String
        var label: String
        var isSelect: Bool
        var isCheckbox: Bool = false
        var options: [Option]
        var value: String
        var errors: [String]
        var errorID: String
        var hasErrors: Bool
    }

    struct MatrixRow {
        var id: String
        var label: String
        var fields: [MatrixField]
        var hasErrors: Bool
    }

    struct QuestionView {
        var anchor: String
        var inputID: String
        var name: String
        var label: String
        var required: Bool
        var help: String?
        var helpID: String
        var conditionNote: String?
        var conditionField: String?
        var conditionValue: String?
        var errors: [String]
        var errorID: String
        var describedBy: String?
        var hasErrors: Bool
        var isFieldset: Bool
        var isChoice: Bool = false
        var isMultiple: Bool = false
        var isRanking: Bool = false
        var isMatrix: Bool = false
        var isNumber: Bool = false
        var isShortText: Bool = false
        var isLongText: Bool = false
        var isPeriod: Bool = false
        var options: [Option] = []
        var rankItems: [RankItem] = []
        var rows: [MatrixRow] = []
        /// The HTML of each topic row, rendered by the `matrix-row` template.
        var rowsHTML: [String] = []
        var value: String = ""
        var maxLength: Int?
    }

    /// A link of the error summary to the field it is about.
    struct ErrorLink {
        var target: String
        var label: String
        var message: String
    }

    var sections: [Section]
    var errorLinks: [ErrorLink]

    /// The form; `render` gives the HTML of one question (survey question, its position in the
    /// survey, its answer and problems), so that the caller can reuse what it rendered before.
    init(survey: Survey, answers: Answers, problems: [AnswerProblem], text: UIText,
         render: (Question, Int, AnswerValue?, [AnswerProblem]) -> String) {
        let language = text.language
        var sections: [Section] = []
        var links: [ErrorLink] = []
        var position = 0
        for (sectionIndex, section) in survey.sections.enumerated() {
            var questions: [String] = []
            for question in section.questions {
                position += 1
                let own = problems.filter { $0.question == question.id }
                if !own.isEmpty {
                    let view = Self.question(question, position: position, survey: survey, answer: answers[question.id], problems: own, text: text)
                    for problem in own {
                        links.append(ErrorLink(target: Self.target(of: problem, in: view, question: question),
                                               label: Self.problemLabel(problem, question: question, text: text),
                                               message: problem.message(in: language)))
                    }
                }
                questions.append(render(question, position, answers[question.id], own))
            }
            sections.append(Section(anchor: "s\(sectionIndex + 1)", title: section.titles.best(for: language) ?? section.id,
                                    help: section.helps.best(for: language), questions: questions))
        }
        self.sections = sections
        self.errorLinks = links
    }

    /// The view of one question; a matrix's rows only when `withRows` (they may come from a cache).
    static func question(_ question: Question, position: Int, survey: Survey, answer: AnswerValue?,
                         problems: [AnswerProblem], text: UIText, withRows: Bool = true) -> QuestionView {
        let language = text.language
        let anchor = "q\(position)"
        let questionProblems = problems.filter { $0.topic == nil }
        var condition: (note: String, field: String, value: String)?
        if let first = question.conditions.first, let source = survey.question(first.question) {
            let valueLabel = source.choice(first.equals)?.labels.best(for: language) ?? first.equals
            let note = text.conditionNote
                .replacingOccurrences(of: "%1", with: source.label(for: language))
                .replacingOccurrences(of: "%2", with: valueLabel)
            condition = (note, AnswerForm.field(source.id), first.equals)
        }
        let help = question.helps.best(for: language)
        var describedBy: [String] = []
        if help != nil { describedBy.append(anchor + "-help") }
        if condition != nil { describedBy.append(anchor + "-condition") }
        if !questionProblems.isEmpty { describedBy.append(anchor + "-error") }

        var view = QuestionView(
            anchor: anchor, inputID: anchor + "-input", name: AnswerForm.field(question.id),
            label: question.label(for: language), required: question.required, help: help, helpID: anchor + "-help",
            conditionNote: condition?.note, conditionField: condition?.field, conditionValue: condition?.value,
            errors: questionProblems.map { $0.message(in: language) }, errorID: anchor + "-error",
            describedBy: describedBy.isEmpty ? nil : describedBy.joined(separator: " "), hasErrors: !questionProblems.isEmpty,
            isFieldset: [.single, .multiple, .scale, .ranking, .matrix].contains(question.kind)
        )
        switch question.kind {
        case .single:
            view.isChoice = true
            let chosen = answer.flatMap(Self.text)
            view.options = question.choices.enumerated().map { index, choice in
                Option(id: "\(anchor)-c\(index + 1)", value: choice.value, label: choice.labels.best(for: language) ?? choice.value,
                       checked: chosen == choice.value)
            }
        case .scale:
            view.isChoice = true
            let chosen = answer.flatMap(Self.text)
            view.options = text.levels.enumerated().map { index, label in
                Option(id: "\(anchor)-c\(index + 1)", value: String(index), label: label, checked: chosen == String(index))
            }
        case .multiple:
            view.isMultiple = true
            let chosen = Set(answer.map(Self.list) ?? [])
            view.options = question.choices.enumerated().map { index, choice in
                Option(id: "\(anchor)-c\(index + 1)", value: choice.value, label: choice.labels.best(for: language) ?? choice.value,
                       checked: chosen.contains(choice.value))
            }
        case .ranking:
            view.isRanking = true
            let ranked = answer.map(Self.list) ?? []
            let places = question.constraints.maxChoices.map { min($0, question.choices.count) } ?? question.choices.count
            view.rankItems = question.choices.enumerated().map { index, choice in
                let rank = ranked.firstIndex(of: choice.value).map { $0 + 1 }
                let positions = [Option(id: "", value: "", label: text.notRanked, checked: rank == nil)]
                    + (1...max(1, places)).map { Option(id: "", value: String($0), label: String($0), checked: rank == $0) }
                return RankItem(id: "\(anchor)-c\(index + 1)", name: AnswerForm.rankField(question.id, choice.value),
                                label: choice.labels.best(for: language) ?? choice.value, positions: positions)
            }
        case .number:
            view.isNumber = true
            view.value = answer.flatMap(Self.text) ?? ""
        case .period:
            view.isPeriod = true
            view.value = answer.flatMap(Self.text) ?? ""
        case .text:
            view.value = answer.flatMap(Self.text) ?? ""
            view.maxLength = question.constraints.maxLength
            if (question.constraints.maxLength ?? Int.max) <= 200 {
                view.isShortText = true
            } else {
                view.isLongText = true
            }
        case .matrix:
            view.isMatrix = true
            guard withRows else { break }
            let rows: [String: TopicAnswer]
            if case .matrix(let given) = answer { rows = given } else { rows = [:] }
            view.rows = question.rows.enumerated().map { index, row in
                matrixRow(row, question: question, id: "\(anchor)-r\(index + 1)", answer: rows[row.concept] ?? TopicAnswer(),
                          problems: problems.filter { $0.topic == row.concept }, text: text)
            }
        }
        return view
    }

    static func matrixRow(_ row: TopicRow, question: Question, id: String, answer: TopicAnswer,
                          problems: [AnswerProblem], text: UIText) -> MatrixRow {
        let language = text.language
        func field(_ field: TopicField, _ name: UIText.TopicFieldName, options: [(String, String)]?, value: String) -> MatrixField {
            let fieldID = "\(id)-\(field.rawValue)"
            let errors = problems.filter { $0.field == field || ($0.field == nil && field == .relevance) }.map { $0.message(in: language) }
            return MatrixField(
                id: fieldID, name: AnswerForm.matrixField(question.id, row.concept, field), label: text.matrixFields[name] ?? field.rawValue,
                isSelect: options != nil,
                options: ([("", text.choose)] + (options ?? [])).map { Option(id: "", value: $0.0, label: $0.1, checked: $0.0 == value) },
                value: value, errors: errors, errorID: fieldID + "-error", hasErrors: !errors.isEmpty
            )
        }
        let relevance = zip(Relevance.allCases.map(\.rawValue), text.relevance).map { ($0, $1) }
        let levels = text.levels.enumerated().map { (String($0.offset), $0.element) }
        let priorities = text.priorities.enumerated().map { (String($0.offset + 1), $0.element) }
        return MatrixRow(
            id: id, label: row.labels.best(for: language) ?? row.concept,
            fields: [
                field(.relevance, .relevance, options: relevance, value: answer.relevance?.rawValue ?? ""),
                field(.currentLevel, .currentLevel, options: levels, value: answer.currentLevel.map(String.init) ?? ""),
                field(.requiredLevel, .requiredLevel, options: levels, value: answer.requiredLevel.map(String.init) ?? ""),
                field(.priority, .priority, options: priorities, value: answer.priority.map(String.init) ?? ""),
                field(.staff, .staff, options: nil, value: answer.staff.map(String.init) ?? ""),
                {
                    var box = field(.noGap, .noGap, options: nil, value: answer.noGap == true ? "1" : "")
                    box.isCheckbox = true
                    return box
                }(),
            ],
            hasErrors: !problems.isEmpty
        )
    }

    /// The element an error-summary link moves the focus to.
    private static func target(of problem: AnswerProblem, in view: QuestionView, question: Question) -> String {
        if let topic = problem.topic, let index = question.rows.firstIndex(where: { $0.concept == topic }) {
            return "\(view.anchor)-r\(index + 1)-\((problem.field ?? .relevance).rawValue)"
        }
        if view.isFieldset {
            return view.options.first?.id ?? view.rankItems.first?.id ?? view.rows.first?.fields.first?.id ?? view.anchor
        }
        return view.inputID
    }

    private static func problemLabel(_ problem: AnswerProblem, question: Question, text: UIText) -> String {
        let label = question.label(for: text.language)
        guard let topic = problem.topic, let row = question.rows.first(where: { $0.concept == topic }) else { return label }
        return "\(label) – \(row.labels.best(for: text.language) ?? topic)"
    }

    /// The text a form field shows for an answer.
    static func text(_ answer: AnswerValue) -> String? {
        switch answer {
        case .text(let text): return text
        case .number(let number): return number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        default: return nil
        }
    }

    static func list(_ answer: AnswerValue) -> [String] {
        if case .list(let values) = answer { return values }
        if case .text(let value) = answer { return [value] }
        return []
    }
}
