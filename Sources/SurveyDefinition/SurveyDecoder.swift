import Diagnostics
import Foundation
import SafeXML
import TrainingModel

/// Turns a schema-valid survey document into a `Survey`, reporting what the schema cannot:
/// language attributes, choices and rows where the question type needs them, sensible limits.
struct SurveyDecoder {
    let file: String
    private(set) var problems: [Diagnostic] = []
    private(set) var places: SourcePlaces

    init(file: String) {
        self.file = file
        self.places = SourcePlaces(file: file)
    }

    mutating func decode(_ root: XMLElement) -> Survey {
        places.record(.survey, line: root.line, column: root.column)
        let children = children(of: root)
        let languages = surveyLanguages(root)
        if children["section"].isEmpty {
            error(root, "the survey has no <section>; give at least one section with questions")
        }
        return Survey(
            id: root.attribute("id") ?? "",
            version: Int(root.attribute("version") ?? "") ?? 0,
            languages: languages,
            thesaurus: root.attribute("thesaurus"),
            titles: texts(children["title"], owner: "the survey"),
            intros: texts(children["intro"], owner: "the survey"),
            sections: children["section"].map { section($0) }
        )
    }

    private mutating func surveyLanguages(_ root: XMLElement) -> [LanguageCode] {
        var languages: [LanguageCode] = []
        for tag in (root.attribute("languages") ?? "").split(whereSeparator: \.isWhitespace) {
            let language = LanguageCode(String(tag))
            if !language.isValid {
                error(root, attribute: "languages", "languages=\"…\" names \"\(tag)\", which is not a language code (nl, fr, de, en, ...)")
            } else if languages.contains(language) {
                error(root, attribute: "languages", "languages=\"…\" names \"\(tag)\" twice")
            } else {
                languages.append(language)
            }
        }
        if languages.isEmpty && problems.isEmpty {
            error(root, attribute: "languages", "languages=\"\" is empty: name the languages the survey is offered in, e.g. \"nl fr de en\"")
        }
        return languages
    }

    private mutating func section(_ element: XMLElement) -> Section {
        let id = element.attribute("id") ?? ""
        places.record(.section(id), line: element.line, column: element.column)
        let children = children(of: element)
        if children["question"].isEmpty {
            error(element, "section \"\(id)\" has no <question>")
        }
        return Section(
            id: id,
            titles: texts(children["title"], owner: "section \"\(id)\""),
            helps: texts(children["help"], owner: "section \"\(id)\""),
            questions: children["question"].map { question($0) }
        )
    }

    private mutating func question(_ element: XMLElement) -> Question {
        let id = element.attribute("id") ?? ""
        let owner = "question \"\(id)\""
        places.record(.question(id), line: element.line, column: element.column)
        let kind = QuestionKind(rawValue: element.attribute("type") ?? "") ?? .text
        let children = children(of: element)

        let choices = children["choice"].map { choiceElement -> Choice in
            let value = choiceElement.attribute("value") ?? ""
            places.record(.choice(question: id, value: value), line: choiceElement.line, column: choiceElement.column)
            return Choice(value: value, labels: texts(self.children(of: choiceElement)["label"], owner: "choice \"\(value)\" of \(owner)"))
        }
        let rows = children["row"].map { rowElement -> TopicRow in
            let concept = rowElement.attribute("concept") ?? ""
            places.record(.row(question: id, concept: concept), line: rowElement.line, column: rowElement.column)
            return TopicRow(concept: concept, labels: texts(self.children(of: rowElement)["label"], owner: "row \"\(concept)\" of \(owner)"))
        }
        if kind.hasChoices && choices.isEmpty {
            error(element, "\(owner) is of type \(kind.rawValue) but offers no <choice>")
        }
        if !kind.hasChoices, let extra = children["choice"].first {
            error(extra, "\(owner) is of type \(kind.rawValue), which has no choices; remove the <choice> elements or change the type")
        }
        if kind == .matrix && rows.isEmpty {
            error(element, "\(owner) is a topic matrix but has no <row concept=\"...\">")
        }
        if kind != .matrix, let extra = children["row"].first {
            error(extra, "\(owner) is of type \(kind.rawValue); only a matrix question has rows")
        }

        let conditions = children["showIf"].enumerated().map { index, conditionElement -> Condition in
            places.record(.condition(question: id, index: index), line: conditionElement.line, column: conditionElement.column)
            return Condition(question: conditionElement.attribute("question") ?? "", equals: conditionElement.attribute("equals") ?? "")
        }
        return Question(
            id: id, kind: kind,
            required: ["true", "1"].contains(element.attribute("required") ?? "false"),
            labels: texts(children["label"], owner: owner),
            helps: texts(children["help"], owner: owner),
            choices: choices, rows: rows,
            constraints: constraints(element, kind: kind, choiceCount: choices.count, owner: owner),
            conditions: conditions
        )
    }

    private mutating func constraints(_ element: XMLElement, kind: QuestionKind, choiceCount: Int, owner: String) -> Constraints {
        let min = element.attribute("min").flatMap(Double.init)
        let max = element.attribute("max").flatMap(Double.init)
        let maxLength = element.attribute("maxLength").flatMap { Int($0) }
        let maxChoices = element.attribute("maxChoices").flatMap { Int($0) }
        let pattern = element.attribute("pattern")
        if let min, let max, min > max {
            error(element, attribute: "min", "\(owner): min=\"\(min.formatted)\" is larger than max=\"\(max.formatted)\"")
        }
        let ignored: [(String, Bool)] = [
            ("min", min != nil && kind != .number), ("max", max != nil && kind != .number),
            ("maxLength", maxLength != nil && kind != .text),
            ("maxChoices", maxChoices != nil && kind != .multiple && kind != .ranking),
            ("pattern", pattern != nil && kind != .text && kind != .period),
        ]
        for (attribute, isIgnored) in ignored where isIgnored {
            warning(element, "\(owner): \(attribute) does not apply to a \(kind.rawValue) question and is ignored")
        }
        if let maxChoices, kind.hasChoices, choiceCount > 0, maxChoices > choiceCount {
            warning(element, "\(owner): maxChoices=\"\(maxChoices)\" is more than its \(choiceCount) choice(s)")
        }
        if let pattern, (try? NSRegularExpression(pattern: pattern)) == nil {
            error(element, attribute: "pattern", "\(owner): pattern=\"\(pattern)\" is not a valid regular expression")
        }
        return Constraints(min: min, max: max, maxLength: maxLength, maxChoices: maxChoices, pattern: pattern)
    }

    /// Texts of which each language may appear once; an empty text counts as absent, so that
    /// the publish check lists it as a missing translation.
    private mutating func texts(_ elements: [XMLElement], owner: String) -> LocalizedText {
        var text = LocalizedText()
        for element in elements {
            guard let tag = element.language else {
                error(element, "<\(element.name)> of \(owner) needs an xml:lang attribute saying its language (e.g. xml:lang=\"en\")")
                continue
            }
            let language = LanguageCode(tag)
            guard language.isValid else {
                error(element, attribute: "xml:lang", "xml:lang=\"\(tag)\" on <\(element.name)> of \(owner) is not a valid language code (nl, fr, de, en, ...)")
                continue
            }
            if text[language] != nil {
                error(element, "\(owner) has two <\(element.name)> elements in language \"\(language)\"; keep one per language")
                continue
            }
            let content = element.normalizedText
            if !content.isEmpty { text[language] = content }
        }
        return text
    }

    private func children(of element: XMLElement) -> ChildElements {
        ChildElements(of: element)
    }

    private mutating func error(_ element: XMLElement, _ message: String) {
        problems.append(Diagnostic(file: file, line: element.line, column: element.column, message: message))
    }

    private mutating func error(_ element: XMLElement, attribute: String, _ message: String) {
        problems.append(Diagnostic(file: file, line: element.line, column: element.column(ofAttribute: attribute), message: message))
    }

    private mutating func warning(_ element: XMLElement, _ message: String) {
        problems.append(Diagnostic(file: file, line: element.line, column: element.column, message: message, severity: .warning))
    }
}

/// The child elements of one element in the survey namespace, grouped by local name.
private struct ChildElements {
    private var byName: [String: [XMLElement]] = [:]

    init(of element: XMLElement) {
        for child in element.children where child.namespaceURI == SurveySchema.namespace {
            byName[child.name, default: []].append(child)
        }
    }

    subscript(name: String) -> [XMLElement] { byName[name] ?? [] }
}

extension Double {
    /// The number as people write it: no ".0" on whole numbers.
    var formatted: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
