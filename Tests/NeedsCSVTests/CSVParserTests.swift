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
}
