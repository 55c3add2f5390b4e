import Foundation
import SurveyDefinition
import SurveyStore
import Testing

@Suite("personal data commands", .serialized)
struct ServiceDataCommandsTests {
    @Test("invite --lang keeps the language; export-service prints the service's data; erase-service needs --yes, then erases it")
    func exportAndErase() async throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("small.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        let invited = try SurveyCLI.run(["survey", "invite", "--db", db, "--country", "BE", "--kind", "prosecution",
                                         "--service", "Parquet de Liège", "--email", "parquet@example.be", "--lang", "fr"])
        #expect(invited.status == 0, "\(invited.errors)")
        let token = try #require(Page.tokens(in: invited.output).first)
        let answers = try JSONDecoder().decode(Answers.self, from: Data(contentsOf: URL(fileURLWithPath: SurveyCLI.fixture("answers.json"))))
        _ = try await GRDBSurveyStore(path: db).submit(token: token, answers: answers)
        let badLanguage = try SurveyCLI.run(["survey", "invite", "--db", db, "--country", "BE", "--kind", "police", "--service", "Zone", "--lang", "xx"])
        #expect(badLanguage.status == 1 && badLanguage.errors.contains("--lang \"xx\" is not a language of the survey's pages"))

        let exported = try SurveyCLI.run(["survey", "export-service", "1", "--db", db])
        #expect(exported.status == 0, "\(exported.errors)")
        let record = try JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [String: Any]
        let service = record?["service"] as? [String: Any]
        #expect(service?["name"] as? String == "Parquet de Liège")
        let invitations = record?["invitations"] as? [[String: Any]]
        #expect(invitations?.first?["email"] as? String == "parquet@example.be" && invitations?.first?["language"] as? String == "fr")
        #expect((record?["responses"] as? [[String: Any]])?.count == 1)

        let unconfirmed = try SurveyCLI.run(["survey", "erase-service", "1", "--db", db])
        #expect(unconfirmed.status == 2 && unconfirmed.errors.contains("cannot be undone"))
        let erased = try SurveyCLI.run(["survey", "erase-service", "1", "--yes", "--db", db])
        #expect(erased.status == 0, "\(erased.errors)")
        #expect(erased.output.hasPrefix("service 1 erased: "))
        for file in [db, db + "-wal"] where FileManager.default.fileExists(atPath: file) {
            let bytes = try String(contentsOfFile: file, encoding: .isoLatin1)
            #expect(!bytes.contains("parquet@example.be") && !bytes.contains("Parquet de Li"), "\(file) still holds erased data")
        }
        let after = try SurveyCLI.run(["survey", "export-service", "1", "--db", db])
        #expect(!after.output.contains("Parquet de Liège") && after.output.contains("\"erasures\""))
        #expect(try SurveyCLI.run(["survey", "erase-service", "99", "--yes", "--db", db]).status == 1)
    }

    @Test("a service known only from imported needs has an S number that invitations lists and export-service and erase-service take")
    func importedOnly() throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("small.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        _ = try SurveyCLI.run(["survey", "invite", "--db", db, "--country", "NL", "--kind", "police", "--service", "Politie Rotterdam"])
        let csv = folder.appendingPathComponent("needs.csv")
        try ("id,country,service_kind,service,topic,text,headcount\n"
            + "M1,BE,labour-inspection,Inspection sociale Charleroi,labour-exploitation,,4\n"
            + "M2,BE,labour-inspection,Inspection sociale Charleroi,,Entretiens avec des travailleurs détachés sans interprète,3\n")
            .write(to: csv, atomically: true, encoding: .utf8)
        let imported = try SurveyCLI.run(["survey", "import", csv.path, "--db", db])
        #expect(imported.status == 0, "\(imported.errors)")

        let listed = try SurveyCLI.run(["survey", "invitations", "--db", db])
        #expect(listed.status == 0, "\(listed.errors)")
        #expect(listed.output.contains("Politie Rotterdam"))
        #expect(listed.output.contains("services from imported needs"))
        let line = try #require(listed.output.split(separator: "\n").first { $0.contains("Inspection sociale Charleroi") })
        let id = try #require(line.split(separator: " ").first.map(String.init))
        #expect(id.hasPrefix("S"), "\(line)")
        // The CSV keeps its columns: invitations only.
        let csvList = try SurveyCLI.run(["survey", "invitations", "--db", db, "--format", "csv"])
        #expect(!csvList.output.contains("Charleroi"))

        let exported = try SurveyCLI.run(["survey", "export-service", id, "--db", db])
        #expect(exported.status == 0, "\(exported.errors)")
        let record = try JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [String: Any]
        #expect((record?["service"] as? [String: Any])?["name"] as? String == "Inspection sociale Charleroi")
        #expect((record?["needs"] as? [Any])?.count == 2)
        #expect((record?["invitations"] as? [Any])?.isEmpty == true)

        let erased = try SurveyCLI.run(["survey", "erase-service", id.lowercased(), "--yes", "--db", db])
        #expect(erased.status == 0, "\(erased.errors)")
        #expect(erased.output.contains("1 need(s) kept as anonymous counts, 1 free-text need(s) removed"))
        for file in [db, db + "-wal"] where FileManager.default.fileExists(atPath: file) {
            let bytes = try String(contentsOfFile: file, encoding: .isoLatin1)
            #expect(!bytes.contains("Charleroi") && !bytes.contains("travailleurs d"), "\(file) still holds erased data")
        }
        let after = try SurveyCLI.run(["survey", "export-service", id, "--db", db])
        #expect(after.status == 0 && !after.output.contains("Charleroi") && after.output.contains("\"erasures\""))
        let audit = try SurveyCLI.run(["survey", "audit", "--db", db])
        #expect(audit.output.contains("erased (service \(id))"), "\(audit.output)")

        #expect(try SurveyCLI.run(["survey", "erase-service", "S999", "--yes", "--db", db]).status == 1)
        let bad = try SurveyCLI.run(["survey", "export-service", "X7", "--db", db])
        #expect(bad.status == 2 && bad.errors.contains("neither an invitation number (17) nor a service number (S4)"))
    }

    @Test("retention takes a number of days in range and says what it keeps")
    func retention() throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("small.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        let set = try SurveyCLI.run(["survey", "retention", "--days", "30", "--db", db])
        #expect(set.status == 0 && set.output == "survey small: e-mail addresses are kept 30 days after the survey closes\n")
        #expect(try SurveyCLI.run(["survey", "retention", "--days", "-1", "--db", db]).status == 2)
        #expect(try SurveyCLI.run(["survey", "retention", "--days", "99999", "--db", db]).status == 2)
    }
}
