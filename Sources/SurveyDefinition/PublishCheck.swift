import Diagnostics
import TrainingModel

/// The checks a survey must pass before it is published, each reported at its place:
/// every missing translation, every topic row that is not a thesaurus concept, every
/// condition that refers to an unknown or later question or to an impossible value.
///
/// Respondents answer in their own language: one missing label would show them a blank or
/// another language, so publishing stops on any of them (as EUSurvey does).
public struct PublishCheck {
    public var document: SurveyDocument
    public var thesaurus: Thesaurus?

    public init(_ document: SurveyDocument, thesaurus: Thesaurus? = nil) {
        self.document = document
        self.thesaurus = thesaurus
    }

    /// Every problem found: errors stop publishing, warnings deserve a look.
    public func problems() -> [Diagnostic] {
        var problems = missingTranslations() + unknownConcepts() + brokenConditions()
        problems += unofferedLanguages()
        return problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    // MARK: Translations

    /// One error per text that lacks a language of the survey.
    public func missingTranslations() -> [Diagnostic] {
        let survey = document.survey
        var found: [Diagnostic] = []
        func require(_ text: LocalizedText, _ place: SurveyPlace, _ what: String, optional: Bool = false) {
            if optional && text.isEmpty { return }
            for language in survey.languages where text[language] == nil {
                found.append(document.places.diagnostic(place, "missing translation: \(what) has no text in \(language.named)"))
            }
        }
        require(survey.titles, .survey, "the survey title")
        require(survey.intros, .survey, "the survey introduction", optional: true)
        for section in survey.sections {
            require(section.titles, .section(section.id), "the title of section \"\(section.id)\"")
            require(section.helps, .section(section.id), "the help text of section \"\(section.id)\"", optional: true)
            for question in section.questions {
                require(question.labels, .question(question.id), "the label of question \"\(question.id)\"")
                require(question.helps, .question(question.id), "the help text of question \"\(question.id)\"", optional: true)
                for choice in question.choices {
                    require(choice.labels, .choice(question: question.id, value: choice.value),
                            "the label of choice \"\(choice.value)\" of question \"\(question.id)\"")
                }
                for row in question.rows {
                    let place = SurveyPlace.row(question: question.id, concept: row.concept)
                    if !row.labels.isEmpty {
                        require(row.labels, place, "the label of row \"\(row.concept)\" of question \"\(question.id)\"")
                    } else if let concept = thesaurus?.concept(row.concept) {
                        require(concept.labels, place, "row \"\(row.concept)\" of question \"\(question.id)\" has no label of its own, and its thesaurus label")
                    } else if thesaurus == nil {
                        found.append(document.places.diagnostic(place, "missing translation: row \"\(row.concept)\" of question \"\(question.id)\" has no label; give a <label> per language or publish with the thesaurus, whose labels are then used"))
                    }
                }
            }
        }
        return found
    }

    /// Warnings for texts in languages the survey does not offer: nobody will see them.
    private func unofferedLanguages() -> [Diagnostic] {
        let survey = document.survey
        let offered = Set(survey.languages)
        var found: [Diagnostic] = []
        func look(_ text: LocalizedText, _ place: SurveyPlace) {
            for language in text.languages where !offered.contains(language) {
                found.append(document.places.diagnostic(place, "a text in \(language.named) is not shown: the survey's languages are \(survey.languages.map(\.tag).joined(separator: " "))", severity: .warning))
            }
        }
        look(survey.titles, .survey)
        for section in survey.sections {
            look(section.titles, .section(section.id))
            for question in section.questions {
                look(question.labels, .question(question.id))
                for choice in question.choices { look(choice.labels, .choice(question: question.id, value: choice.value)) }
            }
        }
        return found
    }

    // MARK: Thesaurus

    /// Topic rows that name no concept of the thesaurus (checked only when one is given).
    public func unknownConcepts() -> [Diagnostic] {
        let survey = document.survey
        let matrices = survey.questions.filter { $0.kind == .matrix }
        guard let thesaurus else {
            guard let reference = survey.thesaurus, !matrices.isEmpty else { return [] }
            return [document.places.diagnostic(.survey, "the topic rows were not checked against thesaurus \"\(reference)\": give the thesaurus file to check them", severity: .warning)]
        }
        var found: [Diagnostic] = []
        if let reference = survey.thesaurus, reference != thesaurus.id {
            found.append(document.places.diagnostic(.survey, "the survey names thesaurus \"\(reference)\", but the thesaurus given is \"\(thesaurus.id)\""))
        }
        let known = Set(thesaurus.concepts.map(\.id))
        for question in matrices {
            for row in question.rows where !known.contains(row.concept) {
                found.append(document.places.diagnostic(.row(question: question.id, concept: row.concept),
                    "unknown topic: row \"\(row.concept)\" of question \"\(question.id)\" is not a concept of thesaurus \"\(thesaurus.id)\""))
            }
        }
        return found
    }

    // MARK: Conditions

    /// Conditions that can never work as written.
    public func brokenConditions() -> [Diagnostic] {
        let questions = document.survey.questions
        let position = Dictionary(questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var found: [Diagnostic] = []
        for (index, question) in questions.enumerated() {
            for (number, condition) in question.conditions.enumerated() {
                let place = SurveyPlace.condition(question: question.id, index: number)
                let prefix = "broken condition: question \"\(question.id)\" is shown only when \"\(condition.question)\" is \"\(condition.equals)\""
                guard let targetIndex = position[condition.question] else {
                    found.append(document.places.diagnostic(place, "\(prefix), but the survey has no question \"\(condition.question)\""))
                    continue
                }
                guard targetIndex < index else {
                    let which = targetIndex == index ? "the question itself" : "a later question"
                    found.append(document.places.diagnostic(place, "\(prefix), but that is \(which); a question can only depend on an earlier answer"))
                    continue
                }
                if let reason = Self.impossibleValue(condition.equals, for: questions[targetIndex]) {
                    found.append(document.places.diagnostic(place, "\(prefix), but \(reason)"))
                }
            }
        }
        return found
    }

    /// Why `value` can never be an answer of `target`, or nil when it can.
    private static func impossibleValue(_ value: String, for target: Question) -> String? {
        switch target.kind {
        case .single, .multiple, .ranking:
            guard target.choice(value) == nil else { return nil }
            return "\"\(value)\" is not one of its choices (\(target.choices.map(\.value).joined(separator: ", ")))"
        case .scale:
            guard let level = Int(value), Scales.level.contains(level) else {
                return "\"\(value)\" is not a level of its 0–4 scale"
            }
            return nil
        case .number:
            guard let number = Double(value), number.isFinite else { return "\"\(value)\" is not a number" }
            if let min = target.constraints.min, number < min { return "\(value) is below its minimum \(min.formatted)" }
            if let max = target.constraints.max, number > max { return "\(value) is above its maximum \(max.formatted)" }
            return nil
        case .period:
            return Scales.isPeriod(value) ? nil : "\"\(value)\" is not a period written YYYY-Qn"
        case .text:
            return value.isEmpty ? "an empty text means no answer, and a hidden question never shows" : nil
        case .matrix:
            return "a condition cannot depend on a topic matrix"
        }
    }
}
