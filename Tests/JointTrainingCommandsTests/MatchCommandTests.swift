import Foundation
import Testing

@Suite("match command")
struct MatchCommandTests {
    static let folder = "Tests/Fixtures/JointTrainingCommands/match/"
    static let inputs = ["--catalogue", folder + "police-academy.xml", "--catalogue", folder + "inspection-school.xml",
                         "--needs", folder + "needs.csv", "--thesaurus", folder + "thesaurus.xml"]

    @Test("--format json prints the contract's document and nothing else")
    func jsonShape() throws {
        let result = try CommandRunner.run(["match"] + Self.inputs + ["--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["needs"])
        let needs = try #require(json["needs"] as? [[String: Any]])
        #expect(needs.map { $0["need"] as? String } == ["Q1", "Q2", "Q3", "Q4"])
        let first = try #require((needs[0]["matches"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["module", "score", "reasons"])
        #expect(first["module"] as? String == "LAB-1")
        let score = try #require(first["score"] as? Double)
        #expect(score >= 0.4 && score <= 1 && (score * 100).rounded() == score * 100)
        #expect((first["reasons"] as? [String])?.contains("concept 'labour exploitation' found via 'arbeidsuitbuiting'") == true)
        // A need about forklifts: nothing answers it, and the list says so by being empty.
        #expect((needs[2]["matches"] as? [Any])?.isEmpty == true)
        // Modules of both catalogues are matched; the withdrawn one never is.
        #expect((needs[1]["matches"] as? [[String: Any]])?.first?["module"] as? String == "FIN-1")
        #expect(!result.output.contains("FIN-0"))
    }

    @Test("the text listing shows titles and reasons in the chosen language and names the gaps")
    func textListing() throws {
        let result = try CommandRunner.run(["match"] + Self.inputs + ["--lang", "fr"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("FIN-1  1.00  Suivre l'argent dans les affaires de traite"))
        #expect(result.output.contains("thème « enquête financière » demandé dans l'enquête"))
        #expect(result.output.contains("Q3  LU · police · de"))
        #expect(result.output.contains("no module reaches the threshold 0.40"))
        #expect(result.output.contains("4 need(s): 3 with at least one module, 1 without (gaps)"))
    }

    @Test("bad input: every problem of every file as FILE:LINE:COLUMN, exit status 1")
    func badInput() throws {
        let result = try CommandRunner.run(["match", "--catalogue", Self.folder + "bad-topic.xml", "--thesaurus", Self.folder + "thesaurus.xml",
                                            "--needs", Self.folder + "bad-needs.csv", "--gold", Self.folder + "bad-gold.csv"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(Self.folder + "bad-topic.xml:10:") && $0.contains("no-such-topic") })
        #expect(lines.contains { $0.hasPrefix(Self.folder + "bad-needs.csv:3:") && $0.contains("XX") })
        #expect(lines.contains { $0.hasPrefix(Self.folder + "bad-needs.csv:4:") && $0.contains("firefighters") })
        #expect(lines.contains { $0.hasPrefix(Self.folder + "bad-needs.csv:5:") && $0.contains("unknown-topic") })
        #expect(lines.contains(Self.folder + "bad-gold.csv:2:10: grade \"5\" must be 0, 1 or 2"))
        #expect(lines.contains { $0.hasPrefix(Self.folder + "bad-gold.csv:3:4: module_id is empty") })
    }

    @Test("a module id used by two catalogues is refused, with its place in the second")
    func duplicateIDs() throws {
        let result = try CommandRunner.run(["match", "--catalogue", Self.folder + "inspection-school.xml",
                                            "--catalogue", Self.folder + "duplicate.xml", "--needs", Self.folder + "needs.csv"])
        #expect(result.status == 1)
        #expect(result.errors.contains(Self.folder + "duplicate.xml:3:3: module id \"LAB-1\" is also used in \(Self.folder)inspection-school.xml"))
    }

    @Test("--gold measures the ranking beside plain BM25")
    func gold() throws {
        let text = try CommandRunner.run(["match"] + Self.inputs + ["--gold", Self.folder + "gold.csv"])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("MRR"))
        #expect(text.output.split(separator: "\n").contains { $0.hasPrefix("all ") && $0.contains("1.000") && $0.contains("1/1 (100%)") })

        let json = try CommandRunner.run(["match"] + Self.inputs + ["--gold", Self.folder + "gold.csv", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let groups = try #require((document["evaluation"] as? [String: Any])?["groups"] as? [[String: Any]])
        let all = try #require(groups.first { $0["language"] as? String == "all" })
        #expect((all["matcher"] as? [String: Any])?["mrr"] as? Double == 1)
        #expect((all["matcher"] as? [String: Any])?["noneEmpty"] as? Int == 1)
        #expect(all["plainBM25"] != nil)
    }

    @Test("usage errors exit with status 2", arguments: [
        ["match", "--needs", "x.csv"],
        ["match", "--catalogue", "x.xml", "--needs", "x.csv", "--lang", "it"],
        ["match", "--catalogue", "x.xml", "--needs", "x.csv", "--top", "0"],
    ])
    func usage(arguments: [String]) throws {
        #expect(try CommandRunner.run(arguments).status == 2)
    }
}
