import Foundation
import Testing
@testable import WebApp

/// The templates name fields and words by strings; a name that no model or word table has
/// renders blank without an error. These tests read every template and fail on such a name.
@Suite("Template names: every field and word a template asks for exists")
struct TemplateNamesTests {
    /// Every `{{name}}`, `{{#name}}`, `{{^name}}`, `{{/name}}` and `{{{name}}}` of a template,
    /// each part of a dotted name apart (`text.signOut` → `text`, `signOut`).
    static func names(in template: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"\{\{\{?\s*([#^/&]?)\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}?\}\}"#)
        var names = Set<String>()
        let range = NSRange(template.startIndex..., in: template)
        for match in pattern.matches(in: template, range: range) {
            let name = String(template[Range(match.range(at: 2), in: template)!])
            for part in name.split(separator: ".") { names.insert(String(part)) }
        }
        return names
    }

    static func template(_ name: String) -> String {
        String(decoding: PageRenderer.templates[name]!, as: UTF8.self)
    }

    /// The field tables of the view models the respondent pages are rendered from.
    static let tables: [(String, Set<String>)] = [
        ("SurveyFormView", Set(SurveyFormView.fields.keys)),
        ("SurveyFormView.Section", Set(SurveyFormView.Section.fields.keys)),
        ("SurveyFormView.Option", Set(SurveyFormView.Option.fields.keys)),
        ("SurveyFormView.RankItem", Set(SurveyFormView.RankItem.fields.keys)),
        ("SurveyFormView.MatrixField", Set(SurveyFormView.MatrixField.fields.keys)),
        ("SurveyFormView.MatrixRow", Set(SurveyFormView.MatrixRow.fields.keys)),
        ("SurveyFormView.ChoiceRow", Set(SurveyFormView.ChoiceRow.fields.keys)),
        ("SurveyFormView.ChoiceCell", Set(SurveyFormView.ChoiceCell.fields.keys)),
        ("SurveyFormView.Column", Set(SurveyFormView.Column.fields.keys)),
        ("SurveyFormView.QuestionView", Set(SurveyFormView.QuestionView.fields.keys)),
        ("SurveyFormView.ErrorLink", Set(SurveyFormView.ErrorLink.fields.keys)),
        ("AnswerCopyView", Set(AnswerCopyView.fields.keys)),
        ("AnswerCopyView.Section", Set(AnswerCopyView.Section.fields.keys)),
        ("AnswerCopyView.Item", Set(AnswerCopyView.Item.fields.keys)),
        ("AnswerCopyView.Row", Set(AnswerCopyView.Row.fields.keys)),
        ("LanguageLink", Set(LanguageLink.fields.keys)),
        ("RespondentFormPage", Set(RespondentFormPage.fields.keys)),
        ("StepLink", Set(StepLink.fields.keys)),
        ("RespondentReceiptPage", Set(RespondentReceiptPage.fields.keys)),
        ("ErrorPage", Set(ErrorPage.fields.keys)),
        ("SurveyFormRenderer.QuestionContext", Set(SurveyFormRenderer.QuestionContext.fields.keys)),
        ("SurveyFormRenderer.RowContext", Set(SurveyFormRenderer.RowContext.fields.keys)),
    ]

    static let respondentTemplates = ["page-start", "page-end", "language-switch", "respondent-form", "question", "matrix-row",
                                      "respondent-receipt", "answer-copy", "error"]

    @Test("the respondent pages ask only for fields their models' tables give, or for the pages' words")
    func respondentNames() {
        let known = Self.tables.reduce(into: UIText.english.names) { $0.formUnion($1.1) }
        for name in Self.respondentTemplates {
            let unknown = Self.names(in: Self.template(name)).subtracting(known)
            #expect(unknown.isEmpty, "\(name).mustache asks for \(unknown.sorted()), which no model gives")
        }
    }

    @Test("every field a table gives is asked for by a template: a misspelt key would never be read")
    func tablesAreRead() {
        let asked = PageRenderer.templates.keys.reduce(into: Set<String>()) { $0.formUnion(Self.names(in: Self.template($1))) }
        for (type, keys) in Self.tables {
            let unread = keys.subtracting(asked)
            #expect(unread.isEmpty, "\(type) gives \(unread.sorted()), which no template asks for")
        }
    }

    @Test("the coordinator's pages ask only for words the coordinator's table has")
    func coordinatorWords() throws {
        let words = Set(CoordinatorWord.allCases.map(\.rawValue)).union(["language"])
        let pattern = try NSRegularExpression(pattern: #"\btext\.([A-Za-z0-9_]+)"#)
        for name in PageRenderer.templates.keys where name.hasPrefix("admin-") || name == "login" {
            let template = Self.template(name)
            let asked = pattern.matches(in: template, range: NSRange(template.startIndex..., in: template)).map {
                String(template[Range($0.range(at: 1), in: template)!])
            }
            let unknown = Set(asked).subtracting(words)
            #expect(unknown.isEmpty, "\(name).mustache asks for the words \(unknown.sorted()), which the table lacks")
        }
    }

    @Test("the name lists catch a misspelt name")
    func catchesTypos() {
        #expect(Self.names(in: "{{#text}}{{text.saveDraft}}{{/text}} {{{form}}} {{^hasErrors}}x{{/hasErrors}} {{! note}} {{>question}}")
            == ["text", "saveDraft", "form", "hasErrors"])
        #expect(!UIText.english.names.contains("saveDraf"))
        #expect(UIText.english.names.contains("saveDraft"))
    }
}
