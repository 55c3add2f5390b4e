import NeedsCSV
import Tabular
import Testing

@Suite("The one CSV writer")
struct CSVWriterTests {
    @Test("a field holding CR, LF or CRLF is quoted, and parses back whole", arguments: ["a\r\nb", "a\nb", "a\rb", "a,b", "say \"hi\"", "a;b"])
    func quotesLineBreaks(_ text: String) throws {
        let table = Table(name: "t", header: ["answer", "n"], rows: [[.text(text), .integer(1)]])
        let csv = CSVWriter.write(table)
        #expect(csv.contains("\""))
        let parsed = CSVParser.parse(Array(csv.utf8), file: "t.csv")
        #expect(parsed.problems.isEmpty)
        #expect(parsed.records.count == 2)
        #expect(parsed.records.last?.fields == [text, "1"])
    }

    @Test("a text cell that a spreadsheet would run as a formula gets a leading '",
          arguments: ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=already"])
    func neutralisesFormulas(_ text: String) {
        let field = CSVWriter.field(.text(text))
        let unquoted = field.hasPrefix("\"") ? String(field.dropFirst()) : field
        #expect(unquoted.hasPrefix("'"))
        #expect(SpreadsheetText.restored(SpreadsheetText.neutralised(text)) == text)
    }

    @Test("plain texts and every number are written as they are")
    func leavesOthersAlone() {
        #expect(CSVWriter.field(.text("Police fédérale")) == "Police fédérale")
        #expect(CSVWriter.field(.text("'quoted'")) == "'quoted'")
        #expect(CSVWriter.field(.integer(-2)) == "-2")
        #expect(CSVWriter.field(.decimal(-1.5, places: 2)) == "-1.50")
        #expect(CSVWriter.field(.decimal(2.5, places: nil)) == "2.5")
        #expect(CSVWriter.field(.decimal(3, places: nil)) == "3")
        #expect(CSVWriter.field(.date(Day(year: 2027, month: 3, day: 8))) == "2027-03-08")
        #expect(CSVWriter.field(.empty) == "")
    }

    @Test("UTF-8 with a BOM and CRLF line ends; the BOM can be left out")
    func frame() {
        let table = Table(name: "t", header: ["a"], rows: [[.text("x")]])
        #expect(CSVWriter.write(table) == "\u{FEFF}a\r\nx\r\n")
        #expect(CSVWriter.write(table, byteOrderMark: false) == "a\r\nx\r\n")
    }

    @Test("a date's serial number is what spreadsheets store")
    func serial() {
        #expect(Day(year: 1900, month: 3, day: 1).serial == 61)
        #expect(Day(year: 2027, month: 1, day: 11).serial == 46398)
    }
}
