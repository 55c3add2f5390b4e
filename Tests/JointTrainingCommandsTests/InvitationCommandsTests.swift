import Foundation
import SurveyDefinition
import SurveyStore
import Testing

@Suite("survey invitations and reopen commands", .serialized)
struct InvitationCommandsTests {
    /// The text table's rows with their cells split on runs of two or more spaces.
    static func cells(_ table: String) -> [[String]] {
        table.split(separator: "\n").map { line in
            line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    @Test("invitations lists every invitation with its state; reopen makes a submitted response editable and refuses the rest")
    func listAndReopen() async throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("small.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        let invited = try SurveyCLI.run(["survey", "invite", "--db", db, "--csv", SurveyCLI.fixture("invitations.csv")])
        let tokens = Page.tokens(in: invited.output)
        #expect(tokens.count == 2)
        _ = try SurveyCLI.run(["survey", "invite", "--db", db, "--country", "LU", "--kind", "police", "--service", "Police grand-ducale"])
        #expect(try SurveyCLI.run(["survey", "revoke", "--db", db, "2"]).status == 0)
        // The service answers through the web app, which uses the same store.
        let answers = try JSONDecoder().decode(Answers.self, from: Data(contentsOf: URL(fileURLWithPath: SurveyCLI.fixture("answers.json"))))
        let store = try GRDBSurveyStore(path: db)
        let receipt = try await store.submit(token: tokens[0], answers: answers)

        let text = try SurveyCLI.run(["survey", "invitations", "--db", db])
        #expect(text.status == 0, "\(text.errors)")
        let rows = Self.cells(text.output)
        #expect(rows[0] == ["survey small"])
        #expect(rows[1] == ["id", "country", "kind", "service", "email", "state", "expires", "submitted"])
        #expect(rows[3].prefix(6) == ["1", "BE", "prosecution", "Parquet de Liège", "parquet@example.be", "submitted"])
        #expect(rows[3].count == 8 && rows[3][7].range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil)
        #expect(rows[4].prefix(6) == ["2", "NL", "police", "Politie, eenheid Rotterdam", "avim@example.nl", "revoked"])
        #expect(rows[5].prefix(5) == ["3", "LU", "police", "Police grand-ducale", "invited"] && rows[5].count == 6, "no e-mail, not submitted")

        let csv = try SurveyCLI.run(["survey", "invitations", "--db", db, "--format", "csv"])
        let lines = csv.output.components(separatedBy: "\r\n")
        #expect(lines[0] == "\u{FEFF}id,country,kind,service,email,state,expires,submitted")
        #expect(lines[2].hasPrefix("2,NL,police,\"Politie, eenheid Rotterdam\",avim@example.nl,revoked,"))
        #expect(lines.count == 5 && lines[4].isEmpty)

        let reopened = try SurveyCLI.run(["survey", "reopen", "--db", db, "1", "--by", "anna"])
        #expect(reopened.status == 0, "\(reopened.errors)")
        #expect(reopened.output == "invitation 1 reopened: contribution \(receipt.contribution) can be changed and submitted again through the same link\n")
        #expect(Self.cells(try SurveyCLI.run(["survey", "invitations", "--db", db]).output)[3][5] == "reopened")
        let again = try SurveyCLI.run(["survey", "reopen", "--db", db, "1"])
        #expect(again.status == 0 && again.output.hasPrefix("invitation 1 was already reopened on "))
        #expect(try await store.openInvitation(token: tokens[0]).submission == nil, "the link shows the form again")
        let audit = try await store.auditLog().filter { $0.action == .reopen }
        #expect(audit.map(\.actor) == ["anna"])

        let withdrawn = try SurveyCLI.run(["survey", "reopen", "--db", db, "2"])
        #expect(withdrawn.status == 1 && withdrawn.errors.hasPrefix("error: invitation 2 was withdrawn on "))
        let unanswered = try SurveyCLI.run(["survey", "reopen", "--db", db, "3"])
        #expect(unanswered.status == 1 && unanswered.errors == "error: invitation 3 has no submitted response yet; there is nothing to reopen\n")
        let unknown = try SurveyCLI.run(["survey", "reopen", "--db", db, "99"])
        #expect(unknown.status == 1 && unknown.errors == "error: there is no invitation 99\n")
        #expect(try SurveyCLI.run(["survey", "reopen", "--db", db, "abc"]).status == 2)
        #expect(try SurveyCLI.run(["survey", "reopen", "--db", db]).status == 2)
        #expect(try SurveyCLI.run(["survey", "invitations", "--db", db, "--format", "xml"]).status == 2)
        let otherSurvey = try SurveyCLI.run(["survey", "invitations", "--db", db, "--survey", "nope"])
        #expect(otherSurvey.status == 1 && otherSurvey.errors.contains("there is no survey \"nope\""))
        #expect(try SurveyCLI.run(["survey", "reopen", "--db", folder.appendingPathComponent("none.sqlite").path, "1"]).status == 1)
    }
}

/// What tests read from the commands' output.
enum Page {
    /// The tokens of the invitation links `survey invite` printed.
    static func tokens(in output: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: #"/s/([A-Za-z0-9_-]{43})"#)
        return expression.matches(in: output, range: NSRange(output.startIndex..., in: output)).compactMap {
            Range($0.range(at: 1), in: output).map { String(output[$0]) }
        }
    }
}
