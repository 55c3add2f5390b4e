import CurriculumFormats
import Diagnostics
import Testing
import TrainingModel

@Suite("Checks beyond the schema")
struct CatalogueCheckTests {
    let references = KnownReferences(
        concepts: ["trafficking-indicators"], conceptSource: "thb-topics.xml",
        legalTopics: ["reflection-period"], legalTopicSource: "benelux-thb.xml"
    )

    @Test("a catalogue with several problems reports every one, each at its line")
    func reportsEveryProblem() throws {
        let error = #expect(throws: InputProblems.self) {
            try CurriculumReader.catalogue(file: Fixtures.path("several-problems.xml"), references: references)
        }
        let diagnostics = try #require(error?.diagnostics)
        let byLine = Dictionary(grouping: diagnostics, by: \.line).mapValues { $0.map(\.message).joined(separator: " | ") }
        #expect(byLine[5]?.contains("two <title> elements in language \"en\"") == true)
        #expect(byLine[11]?.contains("min 20 is greater than max 10") == true)
        #expect(byLine[12]?.contains("topic \"no-such-concept\" is not defined in thb-topics.xml") == true)
        #expect(byLine[13]?.contains("legal topic \"no-such-legal-topic\" is not defined in benelux-thb.xml") == true)
        #expect(byLine[14]?.contains("prerequisite \"ZZ9\"") == true)
        #expect(byLine[16]?.contains("duplicate module id \"A1\" (first used on line 3)") == true)
        #expect(byLine[17]?.contains("not a valid language code") == true)
        #expect(byLine[21]?.contains("<language>english</language>") == true)
        #expect(diagnostics.errors.count == 8)
        #expect(diagnostics.allSatisfy { $0.file.hasSuffix("several-problems.xml") && $0.column >= 1 })
        #expect(diagnostics.first { $0.message.hasPrefix("duplicate module id") }?.column == 11)
    }

    @Test("references to other files are checked only when those files are given")
    func referencesNeedTheirFiles() throws {
        #expect(throws: InputProblems.self) {
            try CurriculumReader.catalogue(file: Fixtures.path("several-problems.xml"))
        }
        let decoded = try CurriculumReader.catalogue(file: Fixtures.path("any-order.xml"), references: .none)
        #expect(decoded.value.modules.first?.topics == ["trafficking-indicators"])
    }

    @Test("schema errors come all at once, with lines")
    func reportsSchemaErrors() throws {
        let error = #expect(throws: InputProblems.self) {
            try CurriculumReader.catalogue(file: Fixtures.path("schema-errors.xml"))
        }
        let lines = error?.diagnostics.map(\.line) ?? []
        #expect(lines.contains(5) && lines.contains(6) && lines.contains(7) && lines.contains(10))
    }

    @Test("children in any order are accepted; a module without summary or outcome is only a warning")
    func acceptsAnyOrderAndWarns() throws {
        let decoded = try CurriculumReader.catalogue(file: Fixtures.path("any-order.xml"))
        let first = try #require(decoded.value.modules.first)
        #expect(first.duration == TrainingModule.Duration(1.5, .day))
        #expect(first.audiences == [.labourInspection])
        #expect(first.level?.eqf == 5)
        #expect(decoded.warnings.count == 1)
        #expect(decoded.warnings.first?.line == 14)
        #expect(decoded.warnings.first?.message.contains("neither <summary> nor <outcome>") == true)
    }

    @Test("broader cycles and links to unknown concepts are reported in a thesaurus")
    func reportsThesaurusCycles() throws {
        let error = #expect(throws: InputProblems.self) {
            try CurriculumReader.thesaurus(file: Fixtures.path("cycle.thesaurus.xml"))
        }
        let messages = error?.diagnostics.map(\.message) ?? []
        #expect(messages.contains { $0.contains("cycle: a → b → c → a") })
        #expect(messages.contains { $0.contains("related concept \"missing\"") })
        #expect(messages.contains { $0.contains("concept \"d\" needs at least one <label>") })
    }

    @Test("an invalid country and a second provision per country are reported in a legal base")
    func reportsLegalBaseProblems() throws {
        let error = #expect(throws: InputProblems.self) {
            try CurriculumReader.legalBase(file: Fixtures.path("bad-country.legal.xml"))
        }
        let diagnostics = error?.diagnostics ?? []
        #expect(diagnostics.contains { $0.line == 5 && $0.message.contains("\"XX\"") })
        #expect(diagnostics.contains { $0.line == 7 && $0.message.contains("second provision for BE") })
    }

    @Test("a file of another kind is refused where a catalogue is expected")
    func refusesWrongKind() throws {
        let error = #expect(throws: InputProblems.self) {
            try CurriculumReader.catalogue(file: Fixtures.path("cycle.thesaurus.xml"))
        }
        #expect(error?.diagnostics.first?.message.contains("thesaurus file") == true)
    }
}
