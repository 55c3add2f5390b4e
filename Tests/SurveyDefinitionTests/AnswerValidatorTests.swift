import Foundation
import Testing
import TrainingModel
@testable import SurveyDefinition

@Suite("Checking one response")
struct AnswerValidatorTests {
    /// A complete, valid response to the small survey.
    static func complete(_ language: LanguageCode = .english) -> Answers {
        Answers(language: language, values: [
            "country": .text("BE"), "staff": .number(40), "working-languages": .list(["nl", "fr"]),
            "english-level": .number(2),
            "matrix": .matrix([
                "financial-investigation": TopicAnswer(relevance: .high, currentLevel: 1, requiredLevel: 3, priority: 4, staff: 12),
                "victim-identification": TopicAnswer(relevance: Relevance.none),
                "labour-exploitation": TopicAnswer(relevance: .medium, currentLevel: 2, requiredLevel: 3, staff: 5),
            ]),
            "other-needs": .text("Verhoren met een tolk"), "top": .list(["labour-exploitation", "financial-investigation"]),
            "delivery-modes": .list(["onsite", "e-learning"]), "training-languages": .list(["nl", "en"]),
            "period": .text("2027-Q2"), "joint": .text("yes"),
        ])
    }

    @Test("a complete response passes")
    func completePasses() throws {
        let check = AnswerValidator(survey: try Fixtures.smallSurvey()).check(Self.complete(), mode: .submission)
        #expect(check.problems.isEmpty)
        #expect(check.counted == Self.complete())
    }

    @Test("required questions must be answered on submission, not in a draft")
    func required() throws {
        let validator = AnswerValidator(survey: try Fixtures.smallSurvey())
        var answers = Self.complete()
        answers["country"] = .text("  ")
        answers["training-languages"] = .list([])
        answers["staff"] = nil
        let check = validator.check(answers, mode: .submission)
        #expect(check.problems.map(\.question) == ["country", "staff", "training-languages"])
        #expect(check.problems.allSatisfy { $0.kind == .required && $0.message == "Please answer this question." })
        #expect(validator.check(answers, mode: .draft).problems.isEmpty)
    }

    @Test("a hidden question is not required and its answer is ignored")
    func hiddenQuestion() throws {
        let validator = AnswerValidator(survey: try Fixtures.smallSurvey())
        var answers = Self.complete()
        answers["joint-why"] = .text(String(repeating: "x", count: 5))
        let hidden = validator.check(answers, mode: .submission)
        #expect(hidden.problems.isEmpty)
        #expect(!hidden.shown.contains("joint-why"))
        #expect(hidden.counted["joint-why"] == nil)

        answers["joint"] = .text("no")
        answers["joint-why"] = nil
        let shown = validator.check(answers, mode: .submission)
        #expect(shown.problems.map(\.question) == ["joint-why"])
        #expect(shown.problems.first?.kind == .required)
    }

    @Test("constraints: choices, bounds, scale, lengths, periods, ranking limits, duplicates")
    func constraints() throws {
        let validator = AnswerValidator(survey: try Fixtures.smallSurvey())
        var answers = Self.complete()
        answers["country"] = .text("FR")
        answers["staff"] = .number(6000)
        answers["english-level"] = .number(2.5)
        answers["working-languages"] = .list(["nl", "nl", "it"])
        answers["other-needs"] = .text(String(repeating: "é", count: 201))
        answers["top"] = .list(["financial-investigation", "victim-identification", "labour-exploitation"])
        answers["period"] = .text("2027-Q5")
        let kinds = Dictionary(grouping: validator.check(answers, mode: .submission).problems, by: \.question).mapValues { $0.map(\.kind) }
        #expect(kinds["country"] == [.notAChoice("FR")])
        #expect(kinds["staff"] == [.aboveMaximum(5000)])
        #expect(kinds["english-level"] == [.levelOutOfRange])
        #expect(kinds["working-languages"] == [.chosenTwice("nl"), .notAChoice("it")])
        #expect(kinds["other-needs"] == [.tooLong(200)])
        #expect(kinds["top"] == [.tooManyChoices(2)])
        #expect(kinds["period"] == [.notAPeriod])
        #expect(kinds.count == 7)
    }

    @Test("numbers sent as text are read; text that is no number is refused")
    func numbersAsText() throws {
        let validator = AnswerValidator(survey: try Fixtures.smallSurvey())
        var answers = Self.complete()
        answers["staff"] = .text("12,5")
        #expect(validator.check(answers, mode: .submission).problems.isEmpty)
        answers["staff"] = .text("twelve")
        #expect(validator.check(answers, mode: .submission).problems.map(\.kind) == [.notANumber])
        answers["staff"] = .number(-1)
        #expect(validator.check(answers, mode: .submission).problems.map(\.kind) == [.belowMinimum(0)])
        answers["staff"] = .list(["1"])
        #expect(validator.check(answers, mode: .submission).problems.map(\.kind) == [.notANumber])
    }

    @Test("matrix rows: unknown topics and out-of-range fields are named by row and field")
    func matrixRows() throws {
        let validator = AnswerValidator(survey: try Fixtures.smallSurvey())
        var answers = Self.complete()
        answers["matrix"] = .matrix([
            "financial-investigation": TopicAnswer(relevance: .high, currentLevel: 5, requiredLevel: -1, priority: 0, staff: -3),
            "cooking": TopicAnswer(relevance: .low),
        ])
        let problems = validator.check(answers, mode: .submission).problems
        #expect(problems.map { "\($0.topic ?? "")/\($0.field?.rawValue ?? "")" } == [
            "cooking/", "financial-investigation/current-level", "financial-investigation/required-level",
            "financial-investigation/priority", "financial-investigation/staff",
        ])
        #expect(problems.map(\.kind) == [.unknownTopic, .levelOutOfRange, .levelOutOfRange, .priorityOutOfRange, .negativeStaff])
    }

    @Test("a required matrix needs at least one topic filled in")
    func requiredMatrix() throws {
        var survey = try Fixtures.smallSurvey()
        survey.sections[1].questions[0].required = true
        var answers = Self.complete()
        answers["matrix"] = .matrix(["financial-investigation": TopicAnswer()])
        #expect(AnswerValidator(survey: survey).check(answers, mode: .submission).problems.map(\.kind) == [.requiredTopic])
    }

    @Test("the wrong form of answer and answers to unknown questions are reported")
    func wrongForm() throws {
        var answers = Self.complete()
        answers["country"] = .list(["BE"])
        answers["made-up"] = .text("x")
        let problems = AnswerValidator(survey: try Fixtures.smallSurvey()).check(answers, mode: .draft).problems
        #expect(problems.map(\.kind) == [.wrongForm, .unknownQuestion])
        #expect(problems.map(\.question) == ["country", "made-up"])
    }

    @Test("messages come in the respondent's language: nl, fr, de, en, and English otherwise")
    func languages() throws {
        let validator = AnswerValidator(survey: try Fixtures.smallSurvey())
        var messages: [String] = []
        for language in ["nl", "fr", "de", "en", "it", "nl-BE"] {
            var answers = Self.complete(LanguageCode(language))
            answers["staff"] = .number(6000)
            messages.append(validator.check(answers, mode: .submission).problems[0].message)
        }
        #expect(messages == [
            "Het getal mag hoogstens 5.000 zijn.", "Le nombre ne peut pas dépasser 5\u{202F}000.", "Die Zahl darf höchstens 5.000 betragen.",
            "The number must be at most 5,000.", "The number must be at most 5,000.", "Het getal mag hoogstens 5.000 zijn.",
        ])
    }

    @Test("figures in messages are written as the respondent's language writes them")
    func figures() {
        let below = AnswerProblem.Kind.belowMinimum(0.5)
        #expect(AnswerProblem(question: "q", kind: below, language: .french).message == "Le nombre doit être au moins égal à 0,5.")
        #expect(AnswerProblem(question: "q", kind: below, language: .english).message == "The number must be at least 0.5.")
        let staff = AnswerProblem(question: "q", kind: .negativeStaff, language: .german)
        #expect(staff.message == "Die Zahl der zu schulenden Mitarbeitenden muss eine ganze Zahl von 0 bis 1.000.000 sein.")
        #expect(staff.message(in: .french) == "Le nombre de collaborateurs à former doit être un nombre entier de 0 à 1\u{202F}000\u{202F}000.")
        #expect(staff.message(in: .english) == "The number of staff to train must be a whole number from 0 to 1,000,000.")
        #expect(AnswerProblem(question: "q", kind: .tooLong(2000), language: .dutch).message == "De tekst is te lang: hoogstens 2.000 tekens.")
        #expect(AnswerProblem(question: "q", kind: .tooManyChoices(2), language: .english).message == "Choose at most 2.")
        #expect(AnswerProblem(question: "q", kind: .notAChoice("x"), language: .german).message == "„x“ gehört nicht zu den angebotenen Antworten.")
    }

    @Test("answers encode as plain JSON and decode back to the same values")
    func json() throws {
        let answers = Self.complete(.french)
        let data = try JSONEncoder().encode(answers)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"country\":\"BE\""))
        #expect(text.contains("\"staff\":40"))
        #expect(try JSONDecoder().decode(Answers.self, from: data) == answers)
        let posted = #"{"language":"de","values":{"staff":"7","working-languages":["de"],"matrix":{"labour-exploitation":{"relevance":"high","staff":3}}}}"#
        let decoded = try JSONDecoder().decode(Answers.self, from: Data(posted.utf8))
        #expect(decoded["staff"] == .text("7"))
        #expect(decoded["matrix"] == .matrix(["labour-exploitation": TopicAnswer(relevance: .high, staff: 3)]))
    }
}
