import Foundation
import Testing

/// The shipped sample planned as a coordinator would: with a first day, in the four
/// languages, and again after late answers with the decided sessions kept.
@Suite("jointtraining plan: consent, quarters, kept sessions and legal drift on the shipped sample")
struct PlanConsentKeepTests {
    static let root = CommandRunner.packageRoot.path

    /// The sample's needs: id → (country, kind, service, period, joint_countries, joint_services).
    static func sampleNeeds() throws -> [String: [String: String]] {
        let text = try String(contentsOfFile: root + "/Surveys/sample/needs.csv", encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst().replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: ",").map(String.init)
        var needs: [String: [String: String]] = [:]
        for line in lines {
            // The consent and period columns come last and hold no commas.
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let tail = Array(cells.suffix(3))
            needs[cells[0]] = ["country": cells[1], "kind": cells[2], "service": cells[3], "period": tail[0],
                               "countries": tail[1], "services": tail[2]]
        }
        #expect(header.suffix(3) == ["period", "joint_countries", "joint_services"])
        return needs
    }

    static func plan(_ extra: [String] = []) throws -> [String: Any] {
        let result = try CommandRunner.run(["plan", "--start", "2027-03-01", "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.errors)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    @Test("services that answered no sit only with their own; nobody sits before the quarter asked; dates lie in their quarter")
    func consentAndQuarters() throws {
        let needs = try Self.sampleNeeds()
        #expect(needs.values.contains { $0["countries"] == "no" } && needs.values.contains { $0["services"] == "no" })
        let courses = try #require(try Self.plan()["courses"] as? [[String: Any]])
        var late = 0, restricted = 0
        for course in courses {
            let ids = try #require(course["needs"] as? [String])
            let countries = Set(ids.compactMap { needs[$0]?["country"] }), kinds = Set(ids.compactMap { needs[$0]?["kind"] })
            let quarter = try #require(course["quarter"] as? String)
            for id in ids {
                let need = try #require(needs[id])
                if need["countries"] == "no" { restricted += 1; #expect(countries.count == 1, "\(id) in \(course["id"]!)") }
                if need["services"] == "no" { restricted += 1; #expect(kinds.count == 1, "\(id) in \(course["id"]!)") }
                if let period = need["period"], !period.isEmpty { #expect(period <= quarter, "\(id) asked \(period), sits in \(quarter)") }
            }
            let lateIds = try #require(course["late"] as? [String])
            #expect(lateIds == ids.filter { (needs[$0]?["period"]).map { !$0.isEmpty && $0 < quarter } == true })
            late += lateIds.count
            let start = try #require(course["start"] as? String), end = try #require(course["end"] as? String)
            let year = quarter.prefix(4), number = Int(quarter.suffix(1))!
            #expect(start >= "\(year)-\(String(format: "%02d", number * 3 - 2))-01" && end <= "\(year)-\(String(format: "%02d", number * 3))-31")
            #expect(start >= "2027-03-01")
        }
        #expect(restricted > 0)
        #expect(late > 0, "the sample's Q1 needs cannot all fit in March")
    }

    @Test("reform flags carry the reform's text and date; the Belgian code in force by 2027 says the law changed; the old legal base is flagged")
    func legalDrift() throws {
        let courses = try #require(try Self.plan()["courses"] as? [[String: Any]])
        let flags = courses.flatMap { ($0["legalFlags"] as? [[String: Any]]) ?? [] }
        let reforms = flags.filter { $0["status"] as? String == "reform" }.flatMap { ($0["reforms"] as? [[String: Any]]) ?? [] }
        #expect(!reforms.isEmpty)
        #expect(reforms.allSatisfy { ($0["text"] as? String)?.isEmpty == false && ($0["asOf"] as? String)?.count == 10 })
        #expect(reforms.contains { $0["country"] as? String == "BE" && $0["effective"] as? String == "2026-04-08" && $0["lawChanged"] as? Bool == true })
        #expect(reforms.contains { $0["country"] as? String == "NL" && $0["lawChanged"] as? Bool == false })
        #expect(courses.contains { ($0["legalBaseCheck"] as? String)?.contains("2026-02-28") == true })
    }

    @Test("the fr, nl and de pages name services and never show a legal value code; the console names the files written in that language")
    func readablePages() throws {
        let legal = try String(contentsOfFile: Self.root + "/Curricula/legal/benelux-thb.xml", encoding: .utf8)
        let codes = Set(legal.matches(of: /value="([^"]+)"/).map { String($0.1) }).filter { $0.count >= 6 }
        #expect(codes.contains("police-only") && codes.contains("no-thb-competence"))
        for (language, label, reform, wrote) in [("fr", "uniquement la police", "réforme", "Fichiers écrits\u{A0}: "),
                                                 ("nl", "alleen de politie", "hervorming", "Geschreven bestanden: "),
                                                 ("de", "nur die Polizei", "Reform", "Geschriebene Dateien: ")] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jt-plan-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let result = try CommandRunner.run(["plan", "--start", "2027-03-01", "--lang", language, "--out", folder])
            #expect(result.status == 0, "\(result.errors)")
            // The console says where the files went in the plan's language too.
            #expect(result.errors.contains(wrote + folder + "/curriculum.xml, "), "\(result.errors)")
            for page in ["plan.md", "plan.html"] {
                let text = try String(contentsOfFile: folder + "/" + page, encoding: .utf8)
                for code in codes { #expect(!text.contains(code), "\(language) \(page) shows the code \(code)") }
                #expect(text.contains(label), "\(language) \(page)")
                #expect(text.contains(reform), "\(language) \(page)")
                #expect(text.contains("Nederlandse Arbeidsinspectie"), "\(language) \(page)")
                #expect(!text.contains("N037"), "\(language) \(page) shows a need id")
            }
            #expect(!result.output.contains("N037"))
        }
    }

    @Test("--keep: confirmed sessions stay exactly as they were after replanning with new needs; a session that no longer fits is reported")
    func keep() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jt-keep-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var earlier = try Self.plan()
        var courses = try #require(earlier["courses"] as? [[String: Any]])
        for index in [0, 3, 7] { courses[index]["confirmed"] = true }
        courses[9]["confirmed"] = true
        courses[9]["module"] = "NO-SUCH-MODULE"
        earlier["courses"] = courses
        try JSONSerialization.data(withJSONObject: earlier).write(to: URL(fileURLWithPath: folder + "/earlier.json"))
        // Late answers: two more needs.
        var needs = try String(contentsOfFile: Self.root + "/Surveys/sample/needs.csv", encoding: .utf8)
        needs += "L1,BE,police,PJF Namur,fr,victim-identification,,4,0,3,12,fr,onsite,2027-Q2,yes,yes\n"
        needs += "L2,LU,police,Police grand-ducale – Service de police judiciaire,fr,financial-investigation,,4,0,3,9,fr de,onsite,2027-Q3,yes,yes\n"
        try needs.write(toFile: folder + "/needs.csv", atomically: true, encoding: .utf8)
        var arguments = ["plan", "--start", "2027-03-01", "--format", "json", "--needs", folder + "/needs.csv",
                         "--thesaurus", "Curricula/thesaurus/thb-topics.xml", "--legal", "Curricula/legal/benelux-thb.xml",
                         "--keep", folder + "/earlier.json"]
        let catalogues = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/Curricula/catalogues").filter { $0.hasSuffix(".xml") }.sorted()
        for catalogue in catalogues { arguments += ["--catalogue", "Curricula/catalogues/" + catalogue] }
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains(folder + "/earlier.json: \(courses[9]["id"]!) (NO-SUCH-MODULE): the module is no longer in the catalogues; "
                                       + "its participants are planned again"), "\(result.errors)")
        let replanned = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let after = try #require(replanned["courses"] as? [[String: Any]])
        for index in [0, 3, 7] {
            let before = courses[index]
            let kept = try #require(after.first { $0["id"] as? String == before["id"] as? String })
            for key in ["module", "language", "mode", "start", "end", "quarter", "days"] {
                #expect("\(kept[key] ?? "-")" == "\(before[key] ?? "-")", "\(before["id"]!) \(key)")
            }
            #expect(kept["placements"] as? [String: Int] == before["placements"] as? [String: Int])
            #expect(kept["confirmed"] as? Bool == true)
        }
        let notKept = try #require(replanned["notKept"] as? [[String: Any]])
        #expect(notKept.map { $0["code"] as? String } == ["module-missing"])
        let objective = try #require(replanned["objective"] as? [String: Any])
        #expect((objective["daysUsed"] as? Double ?? 99) <= 60)

        let usage = try CommandRunner.run(["plan", "--keep-all"])
        #expect(usage.status == 2)
        try "{\"courses\": 3}".write(toFile: folder + "/bad.json", atomically: true, encoding: .utf8)
        let bad = try CommandRunner.run(["plan", "--keep", folder + "/bad.json"])
        #expect(bad.status == 1)
        #expect(bad.errors.contains(folder + "/bad.json:1:1: not a plan.json"))
    }
}
