import SurveyDefinition
import TrainingModel

/// Renders the survey form question by question, and topic row by topic row, through the
/// `question` and `matrix-row` templates, reusing what was rendered before (`FragmentCache`).
struct SurveyFormRenderer: Sendable {
    /// What a question or a topic-row template sees: the view and the page's words.
    struct QuestionContext: MustacheFields {
        var question: SurveyFormView.QuestionView
        var text: UIText
        static let fields: [String: @Sendable (QuestionContext) -> Any?] = ["question": { $0.question }, "text": { $0.text }]
    }

    struct RowContext: MustacheFields {
        var row: SurveyFormView.MatrixRow
        var text: UIText
        static let fields: [String: @Sendable (RowContext) -> Any?] = ["row": { $0.row }, "text": { $0.text }]
    }

    let pages: PageRenderer
    let fragments: FragmentCache

    /// Page `step` of the form of `survey` (published version `version`) with `answers` and
    /// `problems` (those of other pages are linked from the error summary through `link`).
    func form(survey: Survey, version: String, steps: FormSteps, step: FormSteps.Step, answers: Answers, problems: [AnswerProblem],
              text: UIText, typed: [String: String] = [:], link: (Int, String) -> String) -> SurveyFormView {
        let prefix = "\(version)|\(text.language.tag)|s\(step.number)|"
        return SurveyFormView(survey: survey, steps: steps, step: step, answers: answers, problems: problems, text: text,
                              typed: typed, link: link) { question, position, answer, own, context in
            let messages = own.map { "\($0.topic ?? "")/\($0.field?.rawValue ?? "")/\($0.message(in: text.language))" }.joined(separator: "\u{1}")
            let typedHere = context.typedSignature(prefix: question.kind == .matrix ? "m:\(question.id):" : "r:\(question.id):")
            guard question.kind == .matrix, context.matrixPart == .details else {
                // The ranking depends on the topics chosen, the topic choice on nothing else.
                let chosen = question.kind == .ranking ? context.chosen.joined(separator: ",") : ""
                return fragments.fragment(prefix + "q\(position)|\(Self.signature(answer))|\(messages)|\(chosen)|\(typedHere)") {
                    let view = SurveyFormView.question(question, position: position, survey: survey, answer: answer, problems: own,
                                                       text: text, context: context)
                    return pages.render("question", QuestionContext(question: view, text: text))
                }
            }
            let rows = FormSteps.rows(answer)
            let anchor = "q\(position)"
            var keys: [String] = []
            let rowsHTML = question.rows.enumerated().compactMap { index, row -> String? in
                guard let given = rows[row.concept], FormSteps.isChosen(given) else { return nil }
                let rowProblems = own.filter { $0.topic == row.concept }
                let rowMessages = rowProblems.map { "\($0.field?.rawValue ?? "")/\($0.message(in: text.language))" }.joined(separator: "\u{1}")
                let rowTyped = context.typedSignature(prefix: "m:\(question.id):\(row.concept):")
                let key = prefix + "\(anchor)-r\(index + 1)|\(Self.signature(given))|\(rowMessages)|\(rowTyped)"
                keys.append(key)
                return fragments.fragment(key) {
                    let rowView = SurveyFormView.matrixRow(row, question: question, id: "\(anchor)-r\(index + 1)", answer: given,
                                                           problems: rowProblems, text: text, typed: context.typed)
                    return pages.render("matrix-row", RowContext(row: rowView, text: text))
                }
            }
            return fragments.fragment(prefix + "\(anchor)|\(messages)|" + keys.joined(separator: "\u{2}")) {
                var view = SurveyFormView.question(question, position: position, survey: survey, answer: answer, problems: own,
                                                   text: text, context: context, withRows: false)
                view.rowsHTML = rowsHTML
                return pages.render("question", QuestionContext(question: view, text: text))
            }
        }
    }

    /// What of an answer a fragment shows, as text: cheap to make and the same for equal answers.
    static func signature(_ answer: AnswerValue?) -> String {
        switch answer {
        case nil: ""
        case .text(let text)?: "t" + text
        case .number(let number)?: "n" + String(number)
        case .list(let values)?: "l" + values.joined(separator: "\u{3}")
        case .matrix(let rows)?: "m" + rows.keys.sorted().map { $0 + "=" + signature(rows[$0]!) }.joined(separator: "\u{3}")
        }
    }

    static func signature(_ row: TopicAnswer) -> String {
        [row.relevance?.rawValue, row.currentLevel.map(String.init), row.requiredLevel.map(String.init),
         row.priority.map(String.init), row.staff.map(String.init), row.noGap.map { $0 ? "1" : "0" }].map { $0 ?? "" }.joined(separator: "/")
    }
}
