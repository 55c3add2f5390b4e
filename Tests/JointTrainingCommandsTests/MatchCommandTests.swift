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

    @Test("the text listing is written in the chosen language, titles and reasons included, and names the gaps")
    func textListing() throws {
        let result = try CommandRunner.run(["match"] + Self.inputs + ["--lang", "fr"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("FIN-1  1,00  Suivre l'argent dans les affaires de traite"))
        #expect(result.output.contains("thème « enquête financière » demandé dans l'enquête"))
        #expect(result.output.contains("Q3  LU · police · allemand"))
        #expect(result.output.contains("Q1  NL · inspection du travail · néerlandais"))
        #expect(result.output.contains("Q4  BE · parquet · néerlandais  thème financial-investigation"))
        #expect(result.output.contains("aucun module ne répond à ce besoin\u{A0}: une lacune des catalogues"))
        #expect(result.output.contains("public parquet\u{A0}: oui"))
        #expect(result.output.hasSuffix("4 besoins\u{A0}: 3 avec au moins un module, 1 sans (lacune)\u{A0}; seuil 0,40\n"))
        let dutch = try CommandRunner.run(["match"] + Self.inputs + ["--lang", "nl"])
        #expect(dutch.output.hasSuffix("4 behoeften: 3 met minstens één module, 1 zonder (leemte); drempel 0,40\n"))
        let english = try CommandRunner.run(["match"] + Self.inputs)
        #expect(english.output.contains("Q3  LU · police · German"))
        #expect(english.output.hasSuffix("4 needs: 3 with at least one module, 1 without (gap); threshold 0.40\n"))
        for output in [result.output, dutch.output] {
            for word in ["need(s)", "threshold", "gap in the", "labour-inspection", "prosecution"] {
                #expect(!output.contains(word), "\(word)")
            }
        }
    }

    @Test("a gap shows the module that came closest, with its score and reasons, marked as no answer; a gap nothing comes near shows none")
    func closestToAGap() throws {
        // Financial investigation for border guards: the module teaching it is for police and prosecutors.
        let result = try CommandRunner.run(["match", "--catalogue", Self.folder + "police-academy.xml", "--catalogue", Self.folder + "inspection-school.xml",
                                            "--needs", Self.folder + "gap-needs.csv", "--thesaurus", Self.folder + "thesaurus.xml", "--lang", "fr"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let gap = try #require(lines.firstIndex(of: "     aucun module ne répond à ce besoin\u{A0}: une lacune des catalogues"))
        #expect(lines[gap + 1] == "     module le plus proche, non retenu comme réponse\u{A0}:")
        #expect(lines[gap + 2].hasPrefix("      FIN-1  0,") && lines[gap + 2].hasSuffix("  Suivre l'argent dans les affaires de traite"))
        #expect(lines.contains("       - public contrôle aux frontières\u{A0}: non"))
        #expect(result.output.contains("1 besoin\u{A0}: 0 avec au moins un module, 1 sans (lacune)"))
        // The forklift need of the other file: nothing comes near it.
        let forklift = try CommandRunner.run(["match"] + Self.inputs + ["--lang", "fr"])
        #expect(!forklift.output.contains("module le plus proche"))
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
        #expect((all["plainBM25"] as? [String: Any])?["closestRelevant"] == nil)
    }

    @Test("--gold counts the answerable needs taken for gaps, and those whose closest module is a relevant one")
    func goldGaps() throws {
        let gapInputs = ["match", "--catalogue", Self.folder + "police-academy.xml", "--catalogue", Self.folder + "inspection-school.xml",
                         "--needs", Self.folder + "gap-needs.csv", "--thesaurus", Self.folder + "thesaurus.xml", "--gold", Self.folder + "gap-gold.csv"]
        let text = try CommandRunner.run(gapInputs)
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("Needs taken for gaps: 1 answerable need(s) left empty, 1 of them showing a relevant module (grade ≥ 1) as the closest; 0 of the 0 NONE need(s) left empty show a closest module."))
        let json = try CommandRunner.run(gapInputs + ["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let groups = try #require((document["evaluation"] as? [String: Any])?["groups"] as? [[String: Any]])
        let matcher = try #require(groups.first { $0["language"] as? String == "all" }?["matcher"] as? [String: Any])
        #expect(matcher["answerableEmpty"] as? Int == 1 && matcher["closestRelevant"] as? Int == 1)
        // The other file's forklift need is a NONE need left empty that nothing comes near.
        let other = try CommandRunner.run(["match"] + Self.inputs + ["--gold", Self.folder + "gold.csv"])
        #expect(other.output.contains("0 answerable need(s) left empty, 0 of them showing a relevant module (grade ≥ 1) as the closest; 0 of the 1 NONE need(s) left empty show a closest module."))
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
