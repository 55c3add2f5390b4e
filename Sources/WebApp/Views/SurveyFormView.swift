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
        /// Not shown until it applies (the "no gap" box).
        var isHidden: Bool = false
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
        var errors: [String] = []
        var errorID: String = ""
    }

    /// One topic of the choice matrix: its relevance as a row of radio buttons.
    struct ChoiceRow {
        var id: String
        var headerID: String
        var label: String
        var options: [ChoiceCell]
        var errors: [String]
        var errorID: String
        var hasErrors: Bool
    }

    struct ChoiceCell {
        var id: String
        var name: String
        var value: String
        var label: String
        /// The row's topic and the column's relevance: the radio button's name for assistive technology.
        var labelledBy: String
        var describedBy: String?
        var checked: Bool
    }

    /// A column of the choice matrix.
    struct Column {
        var id: String
        var label: String
    }

    /// What a question's rendering depends on beyond its own answer: the topics chosen so far
    /// (the details page and the ranking show only those) and what the respondent typed where
    /// it could not be kept as an answer (ranks given twice, letters in a staff number).
    struct Context: Sendable {
        var matrixPart: FormSteps.MatrixPart?
        var chosen: [String]
        var typed: [String: String]

        /// The part of `typed` a question's fields show, as text: part of its fragment's key.
        func typedSignature(prefix: String) -> String {
            typed.keys.filter { $0.hasPrefix(prefix) }.sorted().map { $0 + "=" + typed[$0]! }.joined(separator: "\u{3}")
        }
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
        /// The choice of topics: a table, one row per topic, one column per relevance.
        var isTopicChoice: Bool = false
        var columns: [Column] = []
        var choiceRows: [ChoiceRow] = []
        /// The details page when no topic was chosen.
        var noTopicChosen: Bool = false
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

    /// Page `step` of the form; `render` gives the HTML of one question (survey question, its
    /// position in the survey, its answer and problems), so that the caller can reuse what it
    /// rendered before. `problems` may hold problems of other pages: the error summary links to
    /// them through `link(step, element)`.
    init(survey: Survey, steps: FormSteps, step: FormSteps.Step, answers: Answers, problems: [AnswerProblem], text: UIText,
         typed: [String: String] = [:], link: (Int, String) -> String,
         render: (Question, Int, AnswerValue?, [AnswerProblem], Context) -> String) {
        let language = text.language
        let positions = Dictionary(survey.questions.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        let chosen = Self.chosenTopics(survey: survey, answers: answers)
        let context = Context(matrixPart: step.matrixPart, chosen: chosen, typed: typed)
        var links: [ErrorLink] = []
        for problem in problems {
            guard let question = survey.question(problem.question), let position = positions[question.id] else { continue }
            let own = problems.filter { $0.question == question.id }
            let home = steps.step(of: problem) ?? step
            var homeContext = context
            homeContext.matrixPart = home.matrixPart
            let view = Self.question(question, position: position, survey: survey, answer: answers[question.id], problems: own,
                                     text: text, context: homeContext)
            let target = Self.target(of: problem, in: view, question: question)
            links.append(ErrorLink(target: home.number == step.number ? "#" + target : link(home.number, target),
                                   label: Self.problemLabel(problem, question: question, text: text),
                                   message: problem.message(in: language)))
        }
        let section = survey.sections[step.section]
        let questions = step.questions.map { question in
            let position = positions[question.id] ?? 0
            let own = problems.filter { $0.question == question.id && step.holds($0) }
            return render(question, position, answers[question.id], own, context)
        }
        let title = step.isDetails ? text.detailsStepTitle : (section.titles.best(for: language) ?? section.id)
        let help = step.isDetails ? text.detailsStepHelp : (step.matrixPart == .choice ? text.choiceStepHelp : section.helps.best(for: language))
        self.sections = [Section(anchor: "s\(step.number)", title: title, help: help, questions: questions)]
        self.errorLinks = links
    }

    /// The topics of the matrix the service chose, in the survey's order.
    static func chosenTopics(survey: Survey, answers: Answers) -> [String] {
        var chosen: [String] = []
        for question in survey.questions where question.kind == .matrix {
            let rows = FormSteps.rows(answers[question.id])
            chosen += question.rows.map(\.concept).filter { rows[$0].map(FormSteps.isChosen) ?? false }
        }
        return chosen
    }

    /// The view of one question; a matrix's rows only when `withRows` (they may come from a cache).
    static func question(_ question: Question, position: Int, survey: Survey, answer: AnswerValue?,
                         problems: [AnswerProblem], text: UIText, context: Context = Context(matrixPart: nil, chosen: [], typed: [:]),
                         withRows: Bool = true) -> QuestionView {
        let language = text.language
        let anchor = "q\(position)"
        let questionProblems = problems.filter { $0.topic == nil }
        var condition: (note: String, field: String, value: String)?
        if let first = question.conditions.first, let source = survey.question(first.question) {
            let valueLabel = source.choice(first.equals)?.labels.best(for: language) ?? first.equals
            let note = text.words.conditionNote(question: source.label(for: language), answer: valueLabel)
            condition = (note, AnswerForm.field(source.id), first.equals)
        }
        // The details page says what to give in its own words; the levels are named in the fields.
        let help = question.kind == .matrix && context.matrixPart == .details ? nil : question.helps.best(for: language)
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
            // A ranking of topics offers only the topics the service chose, when it chose some.
            let offered = Set(context.chosen)
            let ranksTopics = !offered.isEmpty && question.choices.allSatisfy { choice in
                survey.questions.contains { $0.kind == .matrix && $0.rows.contains { $0.concept == choice.value } }
            }
            view.rankItems = question.choices.enumerated().compactMap { index, choice in
                let name = AnswerForm.rankField(question.id, choice.value)
                let typedRank = context.typed[name].map { !$0.isEmpty } ?? false
                guard !ranksTopics || offered.contains(choice.value) || ranked.contains(choice.value) || typedRank else { return nil }
                // What was typed wins: a rank given twice is shown as typed, to be settled.
                let rank = context.typed[name] ?? ranked.firstIndex(of: choice.value).map { String($0 + 1) }
                let positions = [Option(id: "", value: "", label: text.notRanked, checked: rank == nil || rank == "")]
                    + (1...max(1, places)).map { Option(id: "", value: String($0), label: String($0), checked: rank == String($0)) }
                return RankItem(id: "\(anchor)-c\(index + 1)", name: name,
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
            let rows = FormSteps.rows(answer)
            if context.matrixPart == .choice {
                view.isTopicChoice = true
                view.columns = zip(Relevance.allCases, text.relevance).map { Column(id: "\(anchor)-col-\($0.rawValue)", label: $1) }
                view.choiceRows = question.rows.enumerated().map { index, row in
                    choiceRow(row, question: question, id: "\(anchor)-r\(index + 1)", anchor: anchor, answer: rows[row.concept] ?? TopicAnswer(),
                              problems: problems.filter { $0.topic == row.concept }, text: text)
                }
                break
            }
            view.isMatrix = true
            view.noTopicChosen = !question.rows.contains { rows[$0.concept].map(FormSteps.isChosen) ?? false }
            guard withRows else { break }
            view.rows = question.rows.enumerated().compactMap { index, row in
                guard let given = rows[row.concept], FormSteps.isChosen(given) else { return nil }
                return matrixRow(row, question: question, id: "\(anchor)-r\(index + 1)", answer: given,
                                 problems: problems.filter { $0.topic == row.concept }, text: text, typed: context.typed)
            }
        }
        return view
    }

    static func choiceRow(_ row: TopicRow, question: Question, id: String, anchor: String, answer: TopicAnswer,
                          problems: [AnswerProblem], text: UIText) -> ChoiceRow {
        let language = text.language
        let name = AnswerForm.matrixField(question.id, row.concept, .relevance)
        let errors = problems.filter { $0.field == .relevance || $0.field == nil }.map { $0.message(in: language) }
        let cells = zip(Relevance.allCases, text.relevance).enumerated().map { index, pair in
            ChoiceCell(id: index == 0 ? "\(id)-relevance" : "\(id)-relevance-\(pair.0.rawValue)", name: name, value: pair.0.rawValue,
                       label: pair.1, labelledBy: "\(id)-topic \(anchor)-col-\(pair.0.rawValue)",
                       describedBy: errors.isEmpty ? nil : id + "-error", checked: answer.relevance == pair.0)
        }
        return ChoiceRow(id: id, headerID: id + "-topic", label: row.labels.best(for: language) ?? row.concept, options: cells,
                         errors: errors, errorID: id + "-error", hasErrors: !errors.isEmpty)
    }

    /// The details of one chosen topic; the "no gap" box only where it can matter: the levels
    /// say the staff already have the level, or it is ticked, or a problem is about it. The
    /// script shows it as soon as the levels say so.
    static func matrixRow(_ row: TopicRow, question: Question, id: String, answer: TopicAnswer,
                          problems: [AnswerProblem], text: UIText, typed: [String: String] = [:]) -> MatrixRow {
        let language = text.language
        func field(_ field: TopicField, _ name: UIText.TopicFieldName, options: [(String, String)]?, value: String) -> MatrixField {
            let fieldID = "\(id)-\(field.rawValue)"
            let fieldName = AnswerForm.matrixField(question.id, row.concept, field)
            let errors = problems.filter { $0.field == field }.map { $0.message(in: language) }
            let shown = typed[fieldName] ?? value
            return MatrixField(
                id: fieldID, name: fieldName, label: text.matrixFields[name] ?? field.rawValue,
                isSelect: options != nil,
                options: ([("", text.choose)] + (options ?? [])).map { Option(id: "", value: $0.0, label: $0.1, checked: $0.0 == shown) },
                value: shown, errors: errors, errorID: fieldID + "-error", hasErrors: !errors.isEmpty
            )
        }
        let levels = text.levels.enumerated().map { (String($0.offset), $0.element) }
        let priorities = text.priorities.enumerated().map { (String($0.offset + 1), $0.element) }
        var fields = [
            field(.currentLevel, .currentLevel, options: levels, value: answer.currentLevel.map(String.init) ?? ""),
            field(.requiredLevel, .requiredLevel, options: levels, value: answer.requiredLevel.map(String.init) ?? ""),
            field(.priority, .priority, options: priorities, value: answer.priority.map(String.init) ?? ""),
            field(.staff, .staff, options: nil, value: answer.staff.map(String.init) ?? ""),
        ]
        var box = field(.noGap, .noGap, options: nil, value: answer.noGap == true ? "1" : "")
        box.isCheckbox = true
        let levelsSayNoGap = (answer.currentLevel ?? -1) > (answer.requiredLevel ?? Int.max)
        box.isHidden = !(levelsSayNoGap || answer.noGap == true || !box.errors.isEmpty || fields[1].hasErrors)
        fields.append(box)
        let rowErrors = problems.filter { $0.field == nil || $0.field == .relevance }.map { $0.message(in: language) }
        return MatrixRow(id: id, label: row.labels.best(for: language) ?? row.concept, fields: fields,
                         hasErrors: !problems.isEmpty, errors: rowErrors, errorID: id + "-error")
    }

    /// The element an error-summary link moves the focus to.
    private static func target(of problem: AnswerProblem, in view: QuestionView, question: Question) -> String {
        if let topic = problem.topic, let index = question.rows.firstIndex(where: { $0.concept == topic }) {
            let field = problem.field ?? .relevance
            // A row's problem without a field of the details page sits at the row itself.
            if view.isMatrix && field == .relevance { return "\(view.anchor)-r\(index + 1)" }
            return "\(view.anchor)-r\(index + 1)-\(field.rawValue)"
        }
        if view.isFieldset {
            return view.options.first?.id ?? view.rankItems.first?.id ?? view.choiceRows.first?.options.first?.id
                ?? view.rows.first?.fields.first?.id ?? view.anchor
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
