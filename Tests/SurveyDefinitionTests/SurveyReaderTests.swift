import Diagnostics
import Foundation
import Testing
import TrainingModel
@testable import SurveyDefinition

@Suite("Reading survey definitions")
struct SurveyReaderTests {
    @Test("the shipped survey reads with its sections, topic matrix and condition")
    func shippedSurvey() throws {
        let path = Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Surveys/thb-needs-2027.survey.xml").path
        let survey = try SurveyReader.read(file: path).value.survey
        #expect(survey.id == "thb-needs-2027")
        #expect(survey.languages == ["nl", "fr", "de", "en"])
        #expect(survey.sections.map(\.id) == ["service", "topics", "free-needs", "modalities", "prior-training"])
        let matrix = try #require(survey.question("needs-matrix"))
        #expect(matrix.kind == .matrix)
        #expect(matrix.rows.count >= 15)
        #expect(survey.question("joint-countries-why")?.conditions == [Condition(question: "joint-countries", equals: "no")])
        #expect(survey.question("top-priorities")?.constraints.maxChoices == 3)
    }

    @Test("every question type and limit of the small survey is decoded")
    func smallSurvey() throws {
        let survey = try Fixtures.smallSurvey()
        #expect(survey.questions.map(\.kind) == [.single, .number, .multiple, .scale, .matrix, .text, .text, .ranking, .multiple, .multiple, .period, .single, .text])
        let staff = try #require(survey.question("staff"))
        #expect(staff.required && staff.constraints.min == 0 && staff.constraints.max == 5000)
        #expect(survey.question("matrix")?.rows.map(\.concept) == ["financial-investigation", "victim-identification", "labour-exploitation"])
        #expect(survey.question("matrix")?.rows[1].labels[.french] == "Identifier les victimes")
        #expect(survey.question("country")?.choice("NL")?.labels[.german] == "Niederlande")
    }

    @Test("a file of another format is refused at its root element")
    func wrongRoot() {
        let bytes = Array("<catalogue xmlns=\"urn:jointtraining:catalogue:1\" id=\"x\" provider=\"p\" year=\"2027\"/>".utf8)
        #expect {
            try SurveyReader.read(bytes: bytes, name: "c.xml")
        } throws: { error in
            let message = (error as? InputProblems)?.diagnostics.first?.description ?? ""
            return message.hasPrefix("c.xml:1:1:") && message.contains("is not a JointTraining survey")
        }
    }

    @Test("what the schema cannot say is reported, all at once, with line numbers")
    func structuralProblems() {
        let text = """
        <survey xmlns="urn:jointtraining:survey:1" id="s" version="1" languages="nl xx">
          <section id="a">
            <question id="q1" type="single"><label>Land</label></question>
            <question id="q2" type="number" min="10" max="2"><choice value="x"/></question>
            <question id="q3" type="matrix"/>
            <question id="q4" type="text" pattern="[a-"/>
          </section>
        </survey>
        """
        do {
            _ = try SurveyReader.read(bytes: Array(text.utf8), name: "s.xml")
            Issue.record("the survey should be refused")
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages.contains { $0.hasPrefix("s.xml:1:") && $0.contains("\"xx\", which is not a language code") })
            #expect(messages.contains { $0.hasPrefix("s.xml:3:") && $0.contains("offers no <choice>") })
            #expect(messages.contains { $0.hasPrefix("s.xml:3:") && $0.contains("needs an xml:lang attribute") })
            #expect(messages.contains { $0.hasPrefix("s.xml:4:") && $0.contains("min=\"10\" is larger than max=\"2\"") })
            #expect(messages.contains { $0.hasPrefix("s.xml:4:") && $0.contains("has no choices") })
            #expect(messages.contains { $0.hasPrefix("s.xml:5:") && $0.contains("has no <row concept") })
            #expect(messages.contains { $0.hasPrefix("s.xml:6:") && $0.contains("not a valid regular expression") })
        }
    }

    @Test("a schema error (unknown question type) is reported with its place")
    func schemaError() {
        let text = """
        <survey xmlns="urn:jointtraining:survey:1" id="s" version="1" languages="en">
          <section id="a"><question id="q" type="essay"/></section>
        </survey>
        """
        #expect {
            try SurveyReader.read(bytes: Array(text.utf8), name: "s.xml")
        } throws: { error in
            (error as? InputProblems)?.diagnostics.contains { $0.line == 2 && $0.message.contains("essay") } ?? false
        }
    }

    @Test("a schema error comes with every problem the checks after the schema find, in line order")
    func schemaErrorAndOtherProblems() {
        do {
            _ = try SurveyReader.read(file: Fixtures.path("schema-and-other-problems.survey.xml"))
            Issue.record("the survey should be refused")
        } catch {
            let diagnostics = error.diagnostics
            #expect(diagnostics.map(\.line) == [6, 9, 12], "\(diagnostics)")
            #expect(diagnostics[0].message.contains("essay"))
            #expect(diagnostics[1].message.contains("question \"q2\" is of type single but offers no <choice>"))
            #expect(diagnostics[2].message.contains("min=\"10\" is larger than max=\"2\""))
        }
    }

    @Test("a DOCTYPE is refused before anything is expanded")
    func doctypeRefused() {
        let text = "<?xml version=\"1.0\"?><!DOCTYPE survey [<!ENTITY x \"y\">]><survey xmlns=\"urn:jointtraining:survey:1\"/>"
        #expect {
            try SurveyReader.read(bytes: Array(text.utf8), name: "s.xml")
        } throws: { error in
            (error as? InputProblems)?.diagnostics.first?.message.contains("DOCTYPE") ?? false
        }
    }
}
