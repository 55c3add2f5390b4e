import CurriculumExport
import Foundation
import NeedsCSV
import Planning
import Testing
import TrainingModel

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

@Suite("plan.csv spreadsheet safety")
struct PlanCSVSafetyTests {
    static let hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"]

    static var plan: Plan {
        var input = Sample.input
        input.needs = hostile.enumerated().map { index, name in
            Need(id: "H\(index)", country: "BE", serviceKind: .police, service: name,
                 text: index == 0 ? "=1+1\r\nsecond line" : nil, topic: index == 0 ? nil : "financial-investigation",
                 headcount: 2, languages: ["fr"])
        }
        return Planner.plan(input)
    }

    @Test("service names and need texts come out neutralised; numbers stay numbers")
    func neutralised() throws {
        let csv = PlanCSV.write(Self.plan, options: Sample.options)
        let parsed = CSVParser.parse(Array(csv.utf8), file: "plan.csv")
        #expect(parsed.problems.isEmpty)
        let rows = Array(parsed.records.dropFirst())
        let service = PlanCSV.columns.firstIndex(of: "service")!, subject = PlanCSV.columns.firstIndex(of: "subject")!
        let staff = PlanCSV.columns.firstIndex(of: "staff")!
        #expect(Set(rows.map { $0.fields[service] }) == Set(Self.hostile.map { "'" + $0 }))
        #expect(rows.contains { $0.fields[subject] == "'=1+1 second line" })
        #expect(rows.allSatisfy { Int($0.fields[staff]) == 2 })
        for row in rows {
            for field in row.fields {
                #expect(field.unicodeScalars.first.map { !"=+-@\t\r".unicodeScalars.contains($0) } ?? true, "live cell \(field.debugDescription)")
            }
        }
    }
}
