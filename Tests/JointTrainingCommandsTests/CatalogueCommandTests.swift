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
        #expect(result.output.contains("en présentiel") || result.output.contains("en ligne") || result.output.contains("formation mixte"), "modes named in French")
        #expect(result.output.contains("IGO-05"))
        #expect(result.output.contains("Enquête financière"))
        let invalid = try CommandRunner.run(["catalogue", "show", "Tests/Fixtures/CurriculumFormats/several-problems.xml"])
        #expect(invalid.status == 1)
        #expect(invalid.errors.contains("several-problems.xml:11:5:"))
    }
}
