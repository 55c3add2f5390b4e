import Foundation
import Testing

@Suite("catalogue commands")
struct CatalogueCommandTests {
    @Test("validate accepts the shipped files, from any working directory")
    func validatesShippedFiles() throws {
        let files = ["legal/benelux-thb.xml", "thesaurus/thb-topics.xml", "catalogues/cepol-thb-2027.xml", "catalogues/igo-ifj-2027.xml"]
            .map { CommandRunner.fixture("Curricula/" + $0) }
        let result = try CommandRunner.run(["catalogue", "validate"] + files, in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        #expect(result.output.contains("valid catalogue \"cepol-thb-2027\""))
        #expect(result.output.contains("valid thesaurus \"thb-topics\""))
        #expect(result.output.contains("valid legal base \"benelux-thb\""))
    }

    @Test("validate prints every problem as FILE:LINE:COLUMN and exits 1")
    func reportsProblems() throws {
        let file = "Tests/Fixtures/CurriculumFormats/several-problems.xml"
        let result = try CommandRunner.run(["catalogue", "validate", file, "Curricula/thesaurus/thb-topics.xml"])
        #expect(result.status == 1)
        #expect(result.output.contains("\(file):11:5: places of module \"A1\": min 20 is greater than max 10"))
        #expect(result.output.contains("\(file):12:12: topic \"no-such-concept\" is not defined in the thesaurus Curricula/thesaurus/thb-topics.xml"))
        #expect(result.output.contains("\(file): invalid, 7 error(s)"))
    }

    @Test("validate prints a schema error together with every other problem, in line order, and exits 1")
    func reportsSchemaAndOtherProblems() throws {
        let file = "Tests/Fixtures/CurriculumFormats/schema-and-other-problems.xml"
        let result = try CommandRunner.run(["catalogue", "validate", file])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 6, "\(result.output)")
        #expect(lines[0].hasPrefix("\(file):3:3: Element 'module', attribute 'status'"))
        #expect(lines[1] == "\(file):11:3: module \"M2\" needs at least one <audience>")
        #expect(lines[2] == "\(file):17:5: places of module \"M2\": min 30 is greater than max 12")
        #expect(lines[3] == "\(file):19:11: duplicate module id \"M1\" (first used on line 3)")
        #expect(lines[4].hasPrefix("\(file):26:19: prerequisite \"NO-SUCH-MODULE\""))
        #expect(lines[5] == "\(file): invalid, 5 error(s)")
    }

    @Test("validate --format json prints one JSON document and nothing else")
    func printsJSON() throws {
        let result = try CommandRunner.run(["catalogue", "validate", "--format", "json",
                                            "Tests/Fixtures/CurriculumFormats/any-order.xml", "Tests/Fixtures/SafeXML/xxe.xml"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["valid"] as? Bool == false)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["kind"] as? String == "catalogue")
        #expect((files[0]["warnings"] as? [Any])?.count == 1)
        let refused = try #require((files[1]["errors"] as? [[String: Any]])?.first)
        #expect(refused["line"] as? Int == 2)
        #expect((refused["message"] as? String)?.contains("DOCTYPE") == true)
    }

    @Test("usage errors exit 2; a missing file is invalid input")
    func usageAndMissingFiles() throws {
        #expect(try CommandRunner.run(["catalogue", "validate"]).status == 2)
        #expect(try CommandRunner.run(["catalogue", "validate", "--format", "yaml", "x.xml"]).status == 2)
        #expect(try CommandRunner.run(["no-such-command"]).status == 2)
        let missing = try CommandRunner.run(["catalogue", "validate", "missing.xml"])
        #expect(missing.status == 1)
        #expect(missing.output.contains("missing.xml:1:1: no such file"))
    }

    @Test("show prints a table in the chosen language")
    func showsCatalogue() throws {
        let result = try CommandRunner.run(["catalogue", "show", "Curricula/catalogues/igo-ifj-2027.xml", "--lang", "fr"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines[1].hasPrefix("id"))
        #expect(lines[1].contains("intitulé") && lines[1].contains("publics") && lines[1].contains("langues"))
        #expect(!lines[1].contains("audiences") && !lines[1].contains("title"), "no English heading: \(lines[1])")
        #expect(result.output.contains("en présentiel"), "modes named in French")
        #expect(!result.output.contains("onsite"), "no mode code")
        #expect(result.output.contains("IGO-05"))
        #expect(result.output.contains("Enquête financière"))
        let invalid = try CommandRunner.run(["catalogue", "show", "Tests/Fixtures/CurriculumFormats/several-problems.xml"])
        #expect(invalid.status == 1)
        #expect(invalid.errors.contains("several-problems.xml:11:5:"))
    }
}
