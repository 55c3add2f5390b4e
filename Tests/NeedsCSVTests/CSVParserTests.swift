import Diagnostics
import NeedsCSV
import Testing

@Suite("CSV parsing")
struct CSVParserTests {
    @Test("quoted fields with commas, doubled quotes and line breaks keep the line each record starts on")
    func parsesRFC4180() {
        let text = "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",z\r\nlast,row"
        let (records, problems) = CSVParser.parse(Array(text.utf8), file: "t.csv")
        #expect(problems.isEmpty)
        #expect(records.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["multi\nline", "z"], ["last", "row"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
        #expect(records[1].columns == [1, 8])
    }

    @Test("a byte-order mark is skipped and semicolon files from Excel are recognised")
    func handlesBOMAndSemicolons() {
        let (records, _) = CSVParser.parse([0xEF, 0xBB, 0xBF] + Array("id;text\n1;\"a;b\"\n".utf8), file: "s.csv")
        #expect(records.map(\.fields) == [["id", "text"], ["1", "a;b"]])
    }

    @Test("an unclosed quote and text that is not UTF-8 are reported with their lines")
    func reportsBrokenInput() {
        let unclosed = CSVParser.parse(Array("a,b\n1,\"open\n2,3\n".utf8), file: "u.csv")
        #expect(unclosed.problems.map(\.description) == ["u.csv:2:3: a quoted field is never closed: a \" is missing"])
        let latin1 = CSVParser.parse(Array("a\nok\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A], file: "l.csv")
        #expect(latin1.problems.map(\.line) == [3])
        #expect(latin1.records.count == 2)
    }

    @Test("a NUL byte, quoted or not, refuses its line with the field's column: text cannot carry it")
    func refusesNUL() {
        let parsed = CSVParser.parse(Array("id,country,service\nF1,BE,Police\n\"\u{0}\",NL,OM\nF3,LU,\"a\u{0}b\"\nF4,BE,x\u{0}\n".utf8), file: "n.csv")
        #expect(parsed.problems.map(\.description) == [
            "n.csv:3:1: this field holds a NUL character (byte 0), which text cannot carry; remove it, or save the file again from the spreadsheet",
            "n.csv:4:7: this field holds a NUL character (byte 0), which text cannot carry; remove it, or save the file again from the spreadsheet",
            "n.csv:5:7: this field holds a NUL character (byte 0), which text cannot carry; remove it, or save the file again from the spreadsheet",
        ])
        #expect(parsed.records.map(\.line) == [1, 2])
    }

    /// Rows of about 100 bytes, every third with a quoted field spanning two lines and doubled
    /// quotes, so that a file of several megabytes is cut into parts near such fields.
    static func largeFile(rows: Int) -> (text: String, fields: [[String]], lines: [Int]) {
        var text = "id,text,note\n", fields = [["id", "text", "note"]], lines = [1], line = 2
        for row in 0..<rows {
            let note = String(repeating: "x", count: 60 + row % 17)
            if row % 3 == 0 {
                text += "R\(row),\"first line, \"\"quoted\"\"\nsecond line\",\(note)\r\n"
                fields.append(["R\(row)", "first line, \"quoted\"\nsecond line", note])
                lines.append(line)
                line += 2
            } else {
                text += "R\(row),plain,\(note)\n"
                fields.append(["R\(row)", "plain", note])
                lines.append(line)
                line += 1
            }
        }
        return (text, fields, lines)
    }

    @Test("a large file, parsed in parts on every core, gives every record with the line it starts on")
    func parsesLargeFilesInParts() {
        let file = Self.largeFile(rows: 40_000)
        #expect(file.text.utf8.count > 3 << 20)
        let (records, problems) = CSVParser.parse(Array(file.text.utf8), file: "big.csv")
        #expect(problems.isEmpty)
        #expect(records.map(\.fields) == file.fields)
        #expect(records.map(\.line) == file.lines)
    }

    @Test("in a large file, a bad line and an unclosed quote near the end are reported with their lines")
    func reportsProblemsInLargeFiles() {
        let file = Self.largeFile(rows: 40_000)
        let bytes = Array(file.text.utf8) + Array("bad,caf".utf8) + [0xE9] + Array(",x\nlast,\"open\n".utf8)
        let (records, problems) = CSVParser.parse(bytes, file: "big.csv")
        let badLine = file.lines.last! + 2
        #expect(problems.map(\.description) == [
            "big.csv:\(badLine):1: this line is not valid UTF-8 text; save the file as \"CSV UTF-8\"",
            "big.csv:\(badLine + 1):6: a quoted field is never closed: a \" is missing",
        ])
        #expect(records.count == file.fields.count)
    }
}
