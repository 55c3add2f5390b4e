import Foundation
import Testing

/// Runs the built `jointtraining` executable, as a coordinator's script would.
enum SurveyCLI {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/JointTrainingCommands/survey")

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static func run(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments)
    }

    /// A fresh folder for one test's database and outputs.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jt-survey-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite("survey commands", .serialized)
struct SurveyCommandsTests {
    @Test("the shipped survey publishes with the shipped thesaurus; the sample needs import and export unchanged")
    func shippedData() throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        let publish = try SurveyCLI.run(["survey", "publish", SurveyCLI.root.appendingPathComponent("Surveys/thb-needs-2027.survey.xml").path,
                                         "--db", db, "--thesaurus", SurveyCLI.root.appendingPathComponent("Curricula/thesaurus/thb-topics.xml").path])
        #expect(publish.status == 0, "\(publish.errors)")
        #expect(publish.errors.isEmpty)
        #expect(publish.output.hasPrefix("published survey thb-needs-2027 version 1"))
        let sample = SurveyCLI.root.appendingPathComponent("Surveys/sample/needs.csv").path
        let imported = try SurveyCLI.run(["survey", "import", "--db", db, sample])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.hasPrefix("imported 113 needs from 19 services"))
        let out = folder.appendingPathComponent("needs.csv").path
        #expect(try SurveyCLI.run(["survey", "needs", "--db", db, "--out", out]).status == 0)
        let exported = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
        #expect(exported.hasPrefix("\u{FEFF}id,country,service_kind,"))
        // Importing the export into a new database and exporting again changes nothing.
        let second = folder.appendingPathComponent("second.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.root.appendingPathComponent("Surveys/thb-needs-2027.survey.xml").path,
                               "--db", second, "--thesaurus", SurveyCLI.root.appendingPathComponent("Curricula/thesaurus/thb-topics.xml").path])
        #expect(try SurveyCLI.run(["survey", "import", "--db", second, out]).status == 0)
        #expect(try SurveyCLI.run(["survey", "needs", "--db", second]).output == exported)
    }

    @Test("publishing an incomplete survey exits 1 and lists every missing translation")
    func incompleteSurvey() throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        let result = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("incomplete.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n").filter { $0.contains("missing translation") }
        #expect(lines.count == 5)
        #expect(lines.first?.hasSuffix("incomplete.survey.xml:7:3: missing translation: the title of section \"service\" has no text in German (de)") == true)
        #expect(result.output.isEmpty)
        let status = try SurveyCLI.run(["survey", "status", "--db", db])
        #expect(status.status == 1 && status.errors.contains("there is no survey database at \(db)"))
    }

    @Test("invite prints a link; a list with bad lines invites nobody and names every bad line")
    func invite() throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("small.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        let one = try SurveyCLI.run(["survey", "invite", "--db", db, "--country", "BE", "--kind", "police", "--service", "PJF Liège",
                                     "--base-url", "https://survey.example.org", "--expires-days", "30"])
        #expect(one.status == 0, "\(one.errors)")
        #expect(one.output.range(of: #"^https://survey\.example\.org/s/[A-Za-z0-9_-]{43}\n$"#, options: .regularExpression) != nil)
        #expect(one.errors.contains("invitation 1 for BE police \"PJF Liège\""))

        let bad = try SurveyCLI.run(["survey", "invite", "--db", db, "--csv", SurveyCLI.fixture("invitations-bad.csv")])
        #expect(bad.status == 1)
        #expect(bad.errors.contains("invitations-bad.csv:3:1: country:") && bad.errors.contains("invitations-bad.csv:5:4: kind:"))
        let many = try SurveyCLI.run(["survey", "invite", "--db", db, "--csv", SurveyCLI.fixture("invitations.csv")])
        #expect(many.status == 0)
        let rows = many.output.split(separator: "\r\n")
        #expect(rows.count == 3 && rows[0] == "\u{FEFF}invitation,country,kind,service,email,language,link,expires")
        #expect(rows[2].hasPrefix("3,NL,police,\"Politie, eenheid Rotterdam\",avim@example.nl,,http://localhost:8080/s/"))

        let status = try SurveyCLI.run(["survey", "status", "--db", db, "--format", "json"])
        #expect(status.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any]
        let invited = (document?["rows"] as? [[String: Any]])?.map { "\($0["country"]!) \($0["kind"]!) \($0["invited"]!)" }
        #expect(invited == ["BE police 1", "BE prosecution 1", "NL police 1"])

        #expect(try SurveyCLI.run(["survey", "revoke", "--db", db, "2"]).status == 0)
        let table = try SurveyCLI.run(["survey", "status", "--db", db]).output
        let counts = table.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(counts.contains("BE police 1 0 0") && counts.contains("NL police 1 0 0") && counts.contains("all 2 0 0"))
        #expect(!counts.contains { $0.hasPrefix("BE prosecution") })
        #expect(try SurveyCLI.run(["survey", "invite", "--db", db, "--country", "BE"]).status == 2)
    }

    @Test("an import with bad rows exits 1, names every bad line and stores nothing")
    func badImport() throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("small.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        let result = try SurveyCLI.run(["survey", "import", "--db", db, SurveyCLI.fixture("needs-bad-rows.csv")])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n").map { $0.split(separator: ":")[1] }
        #expect(lines == ["3", "4", "5", "6", "7"])
        let needs = try SurveyCLI.run(["survey", "needs", "--db", db])
        #expect(needs.output == "\u{FEFF}id,country,service_kind,service,language,topic,text,priority,current_level,required_level,headcount,languages,modes,period\r\n")
    }

    @Test("report writes the inventory as Markdown, CSV, SVG and HTML")
    func report() throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("small.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        _ = try SurveyCLI.run(["survey", "import", "--db", db, SurveyCLI.fixture("needs.csv")])
        let markdown = try SurveyCLI.run(["survey", "report", "--db", db])
        #expect(markdown.status == 0)
        #expect(markdown.output.contains("| victim identification | NL | police | 1 | 20 | 1.0 | 2.0 |"))
        let svg = folder.appendingPathComponent("inventory.svg").path
        #expect(try SurveyCLI.run(["survey", "report", "--db", db, "--format", "svg", "--lang", "nl", "--out", svg]).status == 0)
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("<title id=\"inventory-title\">Opleidingsbehoeften per thema, land en soort dienst</title>"))
        #expect(try SurveyCLI.run(["survey", "report", "--db", db, "--format", "html"]).output.contains("<th scope=\"row\">financial investigation</th>"))
        #expect(try SurveyCLI.run(["survey", "report", "--db", db, "--format", "pdf"]).status == 2)
        let audit = try SurveyCLI.run(["survey", "audit", "--db", db, "--actor", "tester"]).output
        #expect(audit.contains(" publish ") && audit.contains(" import ") && audit.contains(" export "))
        #expect(audit.contains("7 needs from 3 services (3 new)"))
    }
}
