import Diagnostics
import NeedsCSV
import Testing
import TrainingModel

@Suite("Reading needs")
struct NeedsReaderTests {
    let topics: Set<String> = ["financial-investigation", "victim-identification", "labour-exploitation", "asset-recovery"]

    @Test("topic and free-text needs are read with their defaults")
    func readsNeeds() throws {
        let needs = try NeedsReader(knownTopics: topics).read(file: Fixtures.path("good.csv")).value
        #expect(needs.map(\.id) == ["A1", "A2", "A3"])
        #expect(needs[0].topic == "financial-investigation")
        #expect(needs[0].languages == ["nl", "fr"] && needs[0].modes == [.onsite, .blended])
        #expect(needs[0].weight == 3 * 12 * 2)
        #expect(needs[1].service == "Parquet de Luxembourg, section traite")
        #expect(needs[1].text == "Nos magistrats doivent mieux connaître les \"équipes communes d'enquête\",\r\net la coopération avec Eurojust.")
        #expect(needs[2].priority == 2 && needs[2].headcount == 1 && needs[2].period == nil)
    }

    @Test("a large file is read on every core and still reports its bad rows in line order, duplicates across parts included")
    func readsLargeFiles() throws {
        var lines = ["id,country,service_kind,topic,priority,headcount"]
        for row in 0..<20_000 {
            lines.append("N\(row),\(["BE", "NL", "LU"][row % 3]),police,asset-recovery,\(1 + row % 4),\(1 + row % 30)")
        }
        let good = try NeedsReader(knownTopics: topics).read(bytes: Array(lines.joined(separator: "\n").utf8), name: "big.csv").value
        #expect(good.map(\.id) == (0..<20_000).map { "N\($0)" })
        #expect(good[19_999].country == "NL" && good[19_999].priority == 4 && good[19_999].headcount == 20)

        lines[3] = "N2,XX,police,asset-recovery,1,1"
        lines[15_001] = "N15000,NL,police,asset-recovery,9,1"
        lines[19_001] = "N7,BE,police,asset-recovery,1,1"
        let error = #expect(throws: InputProblems.self) {
            try NeedsReader(knownTopics: topics).read(bytes: Array(lines.joined(separator: "\n").utf8), name: "big.csv")
        }
        #expect(error?.diagnostics.map(\.description) == [
            "big.csv:4:4: country: \"XX\" is not an ISO 3166-1 alpha-2 country code (e.g. BE, NL, LU)",
            "big.csv:15002:33: priority: \"9\" is out of range: 1–4 (1 low, 2 medium, 3 high, 4 critical)",
            "big.csv:19002:1: id: duplicate id \"N7\" (first used on line 9)",
        ])
    }

    @Test("every bad row is reported with its line and field, and no need is returned")
    func reportsEveryBadRow() throws {
        let error = #expect(throws: InputProblems.self) {
            try NeedsReader(knownTopics: topics, topicSource: "thb-topics.xml").read(file: Fixtures.path("bad-rows.csv"))
        }
        let lines = Dictionary(grouping: error?.diagnostics ?? [], by: \.line).mapValues { $0.map(\.message) }
        #expect(lines[3]?.first?.hasPrefix("country: \"XX\"") == true)
        #expect(lines[4]?.first?.hasPrefix("service_kind: \"navy\"") == true)
        #expect(lines[5]?.first == "topic: \"no-such-topic\" is not a concept of thb-topics.xml")
        #expect(lines[6]?.first?.hasPrefix("priority: \"7\" is out of range") == true)
        #expect(lines[7]?.first?.hasPrefix("headcount: \"-4\"") == true)
        #expect(lines[8]?.first?.contains("neither a text nor a topic") == true)
        #expect(lines[9]?.count == 3)
        #expect(lines[10]?.first?.contains("duplicate id \"B1\" (first used on line 2)") == true)
        #expect(lines[2] == nil)
        let priority = error?.diagnostics.first { $0.line == 6 }
        #expect(priority?.description == "\(Fixtures.path("bad-rows.csv")):6:40: priority: \"7\" is out of range: 1–4 (1 low, 2 medium, 3 high, 4 critical)")
    }

    @Test("unknown columns are ignored with a warning; semicolon-separated files are read")
    func warnsAboutUnknownColumns() throws {
        let decoded = try NeedsReader().read(file: Fixtures.path("semicolons.csv"))
        #expect(decoded.value.map(\.id) == ["S1", "S2"])
        #expect(decoded.value[1].text == "Rechtshulp; snel en goed")
        #expect(decoded.warnings.isEmpty)
        let withRemarks = try NeedsReader().read(bytes: Array("id,country,service_kind,text,remarks\n1,BE,police,x,y\n".utf8), name: "r.csv")
        #expect(withRemarks.warnings.map(\.message) == ["unknown column \"remarks\" is ignored"])
    }

    @Test("a missing header column, an empty file and text that is not UTF-8 are refused")
    func refusesBrokenFiles() {
        let header = #expect(throws: InputProblems.self) { try NeedsReader().read(file: Fixtures.path("missing-header.csv")) }
        #expect(header?.diagnostics.first?.message.contains("lacks the required column(s) id, country, service_kind") == true)
        #expect(throws: InputProblems.self) { try NeedsReader().read(bytes: [], name: "empty.csv") }
        let latin1 = #expect(throws: InputProblems.self) { try NeedsReader().read(file: Fixtures.path("latin1.csv")) }
        #expect(latin1?.diagnostics.map(\.line) == [3])
        #expect(latin1?.diagnostics.first?.message.contains("UTF-8") == true)
    }
}
