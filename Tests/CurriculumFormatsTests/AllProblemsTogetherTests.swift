import CurriculumFormats
import Diagnostics
import Testing
import TrainingModel

/// A schema error no longer hides the problems the checks after the schema find.
@Suite("Schema errors and other problems reported together")
struct AllProblemsTogetherTests {
    private func problems(_ read: () throws -> Void) -> [Diagnostic] {
        do {
            try read()
            Issue.record("the file should be refused")
            return []
        } catch {
            return (error as? InputProblems)?.diagnostics ?? []
        }
    }

    @Test("a catalogue's schema error comes with the missing audience, places, duplicate id and unknown prerequisite, in line order")
    func catalogue() {
        let file = Fixtures.path("schema-and-other-problems.xml")
        let diagnostics = problems { _ = try CurriculumReader.catalogue(file: file) }
        let places = diagnostics.map { "\($0.line):\($0.column)" }
        #expect(places == ["3:3", "11:3", "17:5", "19:11", "26:19"])
        let messages = diagnostics.map(\.message)
        #expect(messages[0].contains("'retired'"))
        #expect(messages[1] == "module \"M2\" needs at least one <audience>")
        #expect(messages[2] == "places of module \"M2\": min 30 is greater than max 12")
        #expect(messages[3] == "duplicate module id \"M1\" (first used on line 3)")
        #expect(messages[4].hasPrefix("prerequisite \"NO-SUCH-MODULE\""))
        #expect(diagnostics.allSatisfy { $0.file == file && $0.severity == .error })
    }

    @Test("a thesaurus's schema error comes with its duplicate id, unknown broader concept and missing label")
    func thesaurus() {
        let diagnostics = problems { _ = try CurriculumReader.thesaurus(file: Fixtures.path("schema-and-other-problems.thesaurus.xml")) }
        #expect(diagnostics.map(\.line) == [5, 7, 9, 11])
        #expect(diagnostics[0].message.contains("'narrower'"))
        #expect(diagnostics[1].message.contains("duplicate concept id \"a\""))
        #expect(diagnostics[2].message.contains("broader concept \"nowhere\""))
        #expect(diagnostics[3].message.contains("concept \"c\" needs at least one <label>"))
    }

    @Test("a legal base's schema error comes with its bad country, second provision and duplicate topic")
    func legalBase() {
        let diagnostics = problems { _ = try CurriculumReader.legalBase(file: Fixtures.path("schema-and-other-problems.legal.xml")) }
        #expect(diagnostics.map(\.line) == [5, 6, 7, 9])
        #expect(diagnostics[0].message.contains("'cite' is required"))
        #expect(diagnostics[1].message.contains("country \"XX\""))
        #expect(diagnostics[2].message.contains("second provision for BE"))
        #expect(diagnostics[3].message.contains("duplicate legal topic id"))
    }

    @Test("a module without id is named as such, not as \"\"")
    func missingId() {
        let diagnostics = problems { _ = try CurriculumReader.catalogue(file: Fixtures.path("schema-errors.xml")) }
        #expect(diagnostics.contains { $0.line == 10 && $0.message == "the module without id needs at least one <audience>" })
        #expect(!diagnostics.contains { $0.message.contains("\"\"") })
    }

    @Test("the validator reports both kinds for every file")
    func validator() {
        let reports = CurriculumValidator.validate(files: [
            Fixtures.path("schema-and-other-problems.xml"), Fixtures.path("schema-and-other-problems.thesaurus.xml"),
        ])
        #expect(reports.map(\.errors.count) == [5, 4])
    }
}

@Suite("Uploads beyond the limits")
struct UploadLimitTests {
    @Test("an upload with 200,000 attributes on one element is refused with its place")
    func refusesManyAttributes() {
        let attributes = (0..<200_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let xml = "<catalogue xmlns=\"urn:jointtraining:catalogue:1\" id=\"x\" provider=\"p\" year=\"2027\">\n<module \(attributes)/></catalogue>"
        do {
            _ = try CurriculumReader.read(bytes: Array(xml.utf8), name: "upload.xml")
            Issue.record("the upload should be refused")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "upload.xml:2:1: <module> has more than 64 attributes, more than any element of the format needs; the document is refused without being read",
            ])
        }
    }
}

@Suite("Thesauri of long chains")
struct LongChainTests {
    /// `count` concepts, each broader than the next; the last one links back to the first when `closed`.
    static func chain(_ count: Int, closed: Bool) -> [UInt8] {
        var xml = "<thesaurus xmlns=\"urn:jointtraining:thesaurus:1\" id=\"chain\">\n"
        for index in 0..<count {
            let next = index + 1 < count ? "<broader ref=\"c\(index + 1)\"/>" : (closed ? "<broader ref=\"c0\"/>" : "")
            xml += "<concept id=\"c\(index)\"><label xml:lang=\"en\">concept \(index)</label>\(next)</concept>\n"
        }
        return Array((xml + "</thesaurus>\n").utf8)
    }

    @Test("a chain of 30,000 broader links is read without overflowing the stack (it crashed with signal 11)")
    func longChain() throws {
        let decoded = try CurriculumReader.read(bytes: Self.chain(30_000, closed: false), name: "chain.xml")
        guard case .thesaurus(let thesaurus) = decoded.value else { Issue.record("not a thesaurus"); return }
        #expect(thesaurus.concepts.count == 30_000)
    }

    @Test("a cycle through 30,000 concepts is reported once, from the first concept of the file")
    func longCycle() {
        do {
            _ = try CurriculumReader.read(bytes: Self.chain(30_000, closed: true), name: "cycle.xml")
            Issue.record("the cycle should be refused")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.line == 2)
            #expect(error.diagnostics.first?.message.hasPrefix("broader links form a cycle: c0 → c1 → c2") == true)
            #expect(error.diagnostics.first?.message.hasSuffix("c29999 → c0") == true)
        }
    }
}
