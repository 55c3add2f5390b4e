import CurriculumExport
import Foundation
import NeedsCSV
import SafeXML
import Testing

/// docs/formats.md is the project's reference of its formats: every element and attribute of
/// every schema, every column of the needs CSV and of plan.csv, and every exit status is in it.
@Suite("docs/formats.md")
struct FormatReferenceTests {
    static let root = CommandRunner.packageRoot
    static let schemaNamespace = "http://www.w3.org/2001/XMLSchema"

    /// Each schema with the number of the section that describes it.
    static let schemas = [
        ("Curricula/schema/catalogue.xsd", 1), ("Curricula/schema/thesaurus.xsd", 2), ("Curricula/schema/legal.xsd", 3),
        ("Surveys/schema/survey.xsd", 6), ("Curricula/schema/curriculum.xsd", 8),
    ]

    static func document() throws -> String {
        try String(contentsOf: root.appendingPathComponent("docs/formats.md"), encoding: .utf8)
    }

    /// The text of section `number`, from its `## N.` heading to the next `## ` heading.
    static func section(_ number: Int, of text: String) throws -> String {
        let start = try #require(text.range(of: "\n## \(number). "), "no section \(number)")
        let rest = text[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    /// The names of every `xs:element` and `xs:attribute` declared in a schema.
    static func declarations(in path: String) throws -> (elements: Set<String>, attributes: Set<String>) {
        let document = try XMLDocument.parse(file: root.appendingPathComponent(path).path)
        var elements: Set<String> = [], attributes: Set<String> = []
        func walk(_ element: XMLElement) {
            if element.namespaceURI == schemaNamespace, let name = element.attribute("name") {
                if element.name == "element" { elements.insert(name) }
                if element.name == "attribute" { attributes.insert(name) }
            }
            element.children.forEach(walk)
        }
        walk(document.root)
        return (elements, attributes)
    }

    /// Whether the element is named in code: `name`, a path such as `catalogue/name`, or `<name` in an example.
    static func mentions(element name: String, in text: String) -> Bool {
        text.contains("<\(name)") || text.contains("`\(name)`") || text.contains("/\(name)`") || text.contains("`\(name)/")
            || text.contains("/\(name)/")
    }

    @Test("every element and attribute of every schema is described in its section", arguments: schemas)
    func schemaCovered(_ schema: (String, Int)) throws {
        let section = try Self.section(schema.1, of: Self.document())
        let declared = try Self.declarations(in: schema.0)
        #expect(!declared.elements.isEmpty && !declared.attributes.isEmpty)
        for element in declared.elements.sorted() {
            #expect(Self.mentions(element: element, in: section), "\(schema.0): element \(element) is not in section \(schema.1)")
        }
        for attribute in declared.attributes.sorted() {
            #expect(section.contains("@\(attribute)"), "\(schema.0): attribute \(attribute) is not in section \(schema.1)")
        }
        let namespace = try #require(try XMLDocument.parse(file: Self.root.appendingPathComponent(schema.0).path).root.attribute("targetNamespace"))
        #expect(section.contains(namespace))
    }

    @Test("every column of the needs CSV, plan.csv and the spreadsheet rules are described")
    func columnsCovered() throws {
        let text = try Self.document()
        let needs = try Self.section(4, of: text), spreadsheets = try Self.section(10, of: text)
        for column in NeedsReader.columns + ["joint_countries", "joint_services"] {
            #expect(needs.contains("`\(column)`"), "needs column \(column)")
        }
        for column in PlanCSV.columns {
            #expect(spreadsheets.contains("`\(column)`"), "plan.csv column \(column)")
        }
        #expect(needs.contains("Spreadsheet safety") && needs.contains("CRLF"))
    }

    @Test("every exit status and every command is in the command contract")
    func contractCovered() throws {
        let contract = try Self.section(5, of: try Self.document())
        for status in ["`0`", "`1`", "`2`", "`3`"] { #expect(contract.contains(status)) }
        let commands = ["catalogue validate", "catalogue show", "match", "plan", "survey publish", "survey invite", "survey invitations",
                        "survey revoke", "survey reopen", "survey import", "survey needs", "survey status", "survey report",
                        "survey audit", "serve", "user add"]
        for command in commands { #expect(contract.contains("`\(command)"), "\(command)") }
        #expect(contract.contains("--format json"))
    }

    @Test("no README, --help text or web page cites a FORMATS.md the repository does not have")
    func noStaleCitation() throws {
        let manager = FileManager.default
        var offenders: [String] = []
        let folders = ["README.md", "Sources/JointTrainingCommands", "Sources/WebApp", "Sources/NeedsCSV", "Sources/CurriculumExport"]
        for folder in folders {
            let url = Self.root.appendingPathComponent(folder)
            var files: [URL] = []
            if folder.hasSuffix(".md") { files = [url] } else if let walker = manager.enumerator(at: url, includingPropertiesForKeys: nil) {
                files = walker.compactMap { $0 as? URL }.filter { ["swift", "mustache", "md", "html"].contains($0.pathExtension) }
            }
            for file in files where file.lastPathComponent != "FormatReferenceTests.swift" {
                if let text = try? String(contentsOf: file, encoding: .utf8), text.contains("FORMATS.md") { offenders.append(file.lastPathComponent) }
            }
        }
        #expect(offenders.isEmpty, "cite docs/formats.md instead: \(offenders)")
    }
}
