import CurriculumExport
import Foundation
import NeedsCSV
import Testing

@Suite("plan.csv")
struct PlanCSVTests {
    @Test("UTF-8 with a BOM and CRLF, parsed back by the needs CSV parser with every field intact")
    func parses() throws {
        let csv = PlanCSV.write(Sample.plan, options: Sample.options)
        let bytes = Array(csv.utf8)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let parsed = CSVParser.parse(bytes, file: "plan.csv")
        #expect(parsed.problems.isEmpty)
        let header = try #require(parsed.records.first)
        #expect(header.fields == PlanCSV.columns)
        let rows = parsed.records.dropFirst()
        #expect(rows.allSatisfy { $0.fields.count == PlanCSV.columns.count })
        let placements = Sample.plan.sessions.reduce(0) { $0 + $1.placements.count }
        #expect(rows.filter { $0.fields[0] == "placed" }.count == placements)
        #expect(rows.filter { $0.fields[0] == "unmet" }.count == Sample.plan.unmet.count)
        let service = PlanCSV.columns.firstIndex(of: "service")!
        #expect(rows.contains { $0.fields[service] == Sample.tricky })
        let reason = PlanCSV.columns.firstIndex(of: "reason")!
        #expect(rows.filter { $0.fields[0] == "unmet" }.allSatisfy { !$0.fields[reason].isEmpty })
    }
}
