import Diagnostics
import Foundation
import Testing
import TrainingModel
@testable import SurveyDefinition

@Suite("Publish checks")
struct PublishCheckTests {
    @Test("the complete small survey passes with its thesaurus, whose labels name the unlabelled rows")
    func completeSurveyPasses() throws {
        let checked = try PublishableSurvey.check(bytes: Fixtures.bytes("small.survey.xml"), name: "small.survey.xml", thesaurus: Fixtures.miniTopics)
        #expect(checked.value.survey.id == "small")
        #expect(checked.value.definition.contains("urn:jointtraining:survey:1"))
        #expect(checked.warnings.isEmpty)
    }

    @Test("publishing refuses incomplete translations and lists every one, empty texts included")
    func incompleteTranslations() throws {
        do {
            _ = try PublishableSurvey.check(bytes: Fixtures.bytes("incomplete.survey.xml"), name: "incomplete.survey.xml", thesaurus: Fixtures.miniTopics)
            Issue.record("an incomplete survey must not be publishable")
        } catch {
            let missing = error.diagnostics.errors.map { "\($0.line): \($0.message)" }
            #expect(missing == [
                "7: missing translation: the title of section \"service\" has no text in German (de)",
                "11: missing translation: the label of question \"country\" has no text in French (fr)",
                "21: missing translation: the label of choice \"NL\" of question \"country\" has no text in German (de)",
                "101: missing translation: the help text of question \"other-needs\" has no text in Dutch (nl)",
                "224: missing translation: the label of question \"joint-why\" has no text in English (en)",
            ])
        }
    }

    @Test("rows without a label and without a thesaurus are missing translations")
    func rowsNeedLabelsWithoutThesaurus() throws {
        let document = try SurveyReader.read(file: Fixtures.path("small.survey.xml")).value
        let problems = PublishCheck(document).problems()
        #expect(problems.errors.count == 2)
        #expect(problems.errors.allSatisfy { $0.message.contains("has no label") })
        #expect(problems.warnings.contains { $0.message.contains("not checked against thesaurus \"mini-topics\"") })
    }

    @Test("a thesaurus label missing in one language is listed for the row that uses it")
    func thesaurusLabelMissing() throws {
        var topics = Fixtures.miniTopics
        topics.concepts[2].labels[.german] = nil
        let document = try SurveyReader.read(file: Fixtures.path("small.survey.xml")).value
        let errors = PublishCheck(document, thesaurus: topics).problems().errors
        #expect(errors.map(\.message) == ["missing translation: row \"labour-exploitation\" of question \"matrix\" has no label of its own, and its thesaurus label has no text in German (de)"])
    }

    @Test("a topic row that is not a thesaurus concept is refused, as is another thesaurus")
    func unknownConcepts() throws {
        let document = try SurveyReader.read(file: Fixtures.path("small.survey.xml")).value
        let other = Thesaurus(id: "other", concepts: Array(Fixtures.miniTopics.concepts.prefix(2)))
        let errors = PublishCheck(document, thesaurus: other).problems().errors.map(\.message)
        #expect(errors.contains("the survey names thesaurus \"mini-topics\", but the thesaurus given is \"other\""))
        #expect(errors.contains("unknown topic: row \"labour-exploitation\" of question \"matrix\" is not a concept of thesaurus \"other\""))
    }

    @Test("conditions on unknown or later questions, or on values that are no choice, are refused")
    func brokenConditions() throws {
        let document = try SurveyReader.read(file: Fixtures.path("broken-conditions.survey.xml")).value
        let broken = PublishCheck(document, thesaurus: Fixtures.miniTopics).brokenConditions().map { "\($0.line): \($0.message)" }
        #expect(broken == [
            "73: broken condition: question \"english-level\" is shown only when \"period\" is \"2027-Q1\", but that is a later question; a question can only depend on an earlier answer",
            "234: broken condition: question \"joint-why\" is shown only when \"joint\" is \"never\", but \"never\" is not one of its choices (yes, no)",
            "235: broken condition: question \"joint-why\" is shown only when \"nowhere\" is \"x\", but the survey has no question \"nowhere\"",
        ])
        #expect(throws: InputProblems.self) {
            try PublishableSurvey.check(bytes: Fixtures.bytes("broken-conditions.survey.xml"), name: "b.xml", thesaurus: Fixtures.miniTopics)
        }
    }

    @Test("conditions on scales, numbers and matrices are checked against what they can hold")
    func conditionValues() {
        func question(_ id: String, _ kind: QuestionKind, min: Double? = nil, max: Double? = nil, rows: [TopicRow] = []) -> Question {
            Question(id: id, kind: kind, labels: LocalizedText([LocalizedString("en", id)]), rows: rows, constraints: Constraints(min: min, max: max))
        }
        var dependent = question("later", .text)
        dependent.conditions = [Condition(question: "level", equals: "5"), Condition(question: "count", equals: "12"),
                                Condition(question: "grid", equals: "x"), Condition(question: "level", equals: "3")]
        let survey = Survey(id: "s", version: 1, languages: ["en"], titles: LocalizedText([LocalizedString("en", "S")]), sections: [
            Section(id: "a", titles: LocalizedText([LocalizedString("en", "A")]), questions: [
                question("level", .scale), question("count", .number, min: 0, max: 10),
                question("grid", .matrix, rows: [TopicRow(concept: "c", labels: LocalizedText([LocalizedString("en", "C")]))]), dependent,
            ]),
        ])
        let messages = PublishCheck(SurveyDocument(survey: survey, places: SourcePlaces(file: "s.xml"))).brokenConditions().map(\.message)
        #expect(messages.count == 3)
        #expect(messages[0].hasSuffix("but \"5\" is not a level of its 0–4 scale"))
        #expect(messages[1].hasSuffix("but 12 is above its maximum 10"))
        #expect(messages[2].hasSuffix("but a condition cannot depend on a topic matrix"))
    }
}
