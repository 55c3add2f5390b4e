import CurriculumExport
import Foundation
import Planning
import Testing

@Suite("plan.ics")
struct PlanICSTests {
    func calendar() throws -> String {
        try #require(PlanICS.write(Sample.plan, options: Sample.options))
    }

    @Test("one VEVENT per session with UID, DTSTAMP and all-day dates on working days")
    func events() throws {
        let ics = try calendar()
        let lines = ics.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == Sample.plan.sessions.count)
        #expect(lines.filter { $0 == "END:VEVENT" }.count == Sample.plan.sessions.count)
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == Sample.plan.sessions.count)
        #expect(lines.filter { $0 == "DTSTAMP:20270115T080000Z" }.count == Sample.plan.sessions.count)
        let starts = lines.filter { $0.hasPrefix("DTSTART;VALUE=DATE:") }.map { $0.dropFirst("DTSTART;VALUE=DATE:".count) }
        let ends = lines.filter { $0.hasPrefix("DTEND;VALUE=DATE:") }.map { $0.dropFirst("DTEND;VALUE=DATE:".count) }
        #expect(starts.first == "20270111")
        // The 3-day sessions fill Monday to Wednesday, then the next starts on Thursday and,
        // not fitting before the weekend, moves to the next Monday.
        #expect(Array(starts.prefix(2)) == ["20270111", "20270118"])
        #expect(Array(ends.prefix(2)) == ["20270114", "20270121"])
    }

    @Test("CRLF line ends, lines folded at 75 octets without splitting a character, text escaped")
    func format() throws {
        let ics = try calendar()
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.contains { $0.hasPrefix(" ") })
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("Financial investigation\\, cases & <tricks>"))
        #expect(unfolded.contains("Code pénal art. 42\\, \"special\""))
        #expect(unfolded.contains("\\nNeeds: "))
    }

    @Test("no calendar without a first day")
    func needsStart() {
        #expect(PlanICS.write(Sample.plan, options: ExportOptions()) == nil)
    }
}
