import SurveyDefinition
import TrainingModel

/// The pages of the survey form: one per section of the survey definition, except that a
/// section holding the topic matrix gives two, first the choice of the topics that matter to the
/// service, then one compact row of details per chosen topic. Heads of services answer a few
/// questions per page instead of scrolling through all of them.
struct FormSteps: Sendable {
    /// What of the topic matrix a page shows.
    enum MatrixPart: Sendable, Equatable {
        /// The relevance of every topic: the topics that matter to the service.
        case choice
        /// Current and required level, priority, staff (and "no gap") of the chosen topics.
        case details
    }

    struct Step: Sendable {
        /// 1-based.
        var number: Int
        var section: Int
        /// The step shows the details of the topic matrix rather than the section's own title.
        var isDetails: Bool
        var questions: [Question]
        var matrixPart: MatrixPart?

        /// Whether this page holds `question` (and, for the matrix, `field`: a problem of the
        /// matrix without a field belongs to the choice of topics).
        func holds(_ question: String, field: TopicField? = nil) -> Bool {
            guard let held = questions.first(where: { $0.id == question }) else { return false }
            guard held.kind == .matrix, let matrixPart else { return true }
            return Self.fields(of: matrixPart).contains(field ?? .relevance)
        }

        func holds(_ problem: AnswerProblem) -> Bool {
            holds(problem.question, field: problem.field)
        }

        static func fields(of part: MatrixPart) -> Set<TopicField> {
            switch part {
            case .choice: [.relevance]
            case .details: [.currentLevel, .requiredLevel, .priority, .staff, .noGap]
            }
        }
    }

    let steps: [Step]

    init(survey: Survey) {
        var steps: [Step] = []
        for (index, section) in survey.sections.enumerated() {
            guard let matrix = section.questions.firstIndex(where: { $0.kind == .matrix }) else {
                steps.append(Step(number: steps.count + 1, section: index, isDetails: false, questions: section.questions))
                continue
            }
            let question = section.questions[matrix]
            steps.append(Step(number: steps.count + 1, section: index, isDetails: false,
                              questions: Array(section.questions[...matrix]), matrixPart: .choice))
            steps.append(Step(number: steps.count + 1, section: index, isDetails: true,
                              questions: [question] + section.questions[(matrix + 1)...], matrixPart: .details))
        }
        self.steps = steps
    }

    var count: Int { steps.count }

    /// The step numbered `number`, the first one for a number out of range.
    func step(_ number: Int?) -> Step {
        guard let number, steps.indices.contains(number - 1) else { return steps[0] }
        return steps[number - 1]
    }

    /// The page showing a problem: the page of its question (and matrix field).
    func step(of problem: AnswerProblem) -> Step? {
        steps.first { $0.holds(problem) }
    }

    /// `latest` with the answers of page `step` replaced by those of `page` (what the page
    /// sent): the other pages' answers stay as they were. A topic no longer chosen loses its
    /// details, so that a hidden row never becomes a need.
    static func merge(_ page: Answers, of step: Step, into latest: Answers?) -> Answers {
        var merged = latest ?? Answers(language: page.language)
        merged.language = page.language
        for question in step.questions {
            guard question.kind == .matrix, let part = step.matrixPart else {
                merged[question.id] = page[question.id]
                continue
            }
            var rows = Self.rows(merged[question.id])
            let sent = Self.rows(page[question.id])
            for row in question.rows {
                var answer = rows[row.concept] ?? TopicAnswer()
                let given = sent[row.concept] ?? TopicAnswer()
                switch part {
                case .choice:
                    if let relevance = given.relevance, relevance != .none {
                        answer.relevance = relevance
                    } else {
                        answer = TopicAnswer(relevance: given.relevance)
                    }
                case .details:
                    guard Self.isChosen(answer) else { continue }
                    answer.currentLevel = given.currentLevel
                    answer.requiredLevel = given.requiredLevel
                    answer.priority = given.priority
                    answer.staff = given.staff
                    answer.noGap = given.noGap
                }
                rows[row.concept] = answer.isEmpty ? nil : answer
            }
            merged[question.id] = rows.isEmpty ? nil : .matrix(rows)
        }
        return merged
    }

    /// A topic the service said matters to it (any relevance but none), or one filled in
    /// without a relevance (answers made before the choice was a page of its own).
    static func isChosen(_ answer: TopicAnswer) -> Bool {
        if let relevance = answer.relevance { return relevance != .none }
        return !answer.isEmpty
    }

    static func rows(_ value: AnswerValue?) -> [String: TopicAnswer] {
        if case .matrix(let rows) = value { return rows }
        return [:]
    }
}
