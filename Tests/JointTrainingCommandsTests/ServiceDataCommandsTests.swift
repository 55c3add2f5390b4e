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
