import Foundation
import SafeXML
import Tabular
import TestSupport
import Testing

@Suite("xlsx workbooks")
struct XLSXWriterTests {
    static let table = Table(name: "needs", header: ["id", "service", "headcount", "gap", "start"], rows: [
        [.text("N1"), .text("=HYPERLINK(\"http://x\",\"y\")"), .integer(25), .decimal(-1.5, places: 2), .date(Day(year: 2027, month: 1, day: 11))],
        [.text("N2"), .text("Ligne 1\r\nLigne 2 \u{1B}[31m"), .integer(3), .empty, .empty],
        [.text("N3"), .text("  Liège, « parquet » & <co>  "), .integer(-2), .decimal(0.5, places: nil), .date(Day(year: 2027, month: 12, day: 31))],
    ])

    @Test("the package has its content types, workbook, styles and sheet, each well-formed XML")
    func parts() throws {
        let bytes = try XLSXWriter.write(Self.table)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let paths = try Workbook.paths(bytes)
        #expect(paths.first == "[Content_Types].xml")
        #expect(Set(paths) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                               "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        for path in paths {
            _ = try XMLDocument.parse(bytes: Workbook.part(bytes, path), name: path)
        }
        let workbook = String(decoding: try Workbook.part(bytes, "xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains("name=\"needs\""))
        #expect(try XLSXWriter.write(Self.table) == bytes, "the same table gives the same file")
    }

    @Test("cells keep their types: text as text (not formulas), numbers as numbers, dates as dates")
    func typedCells() throws {
        let rows = try Workbook.rows(XLSXWriter.write(Self.table))
        #expect(rows.count == 4)
        #expect(rows[0] == ["A": .text("id"), "B": .text("service"), "C": .text("headcount"), "D": .text("gap"), "E": .text("start")])
        #expect(rows[1] == ["A": .text("N1"), "B": .text("=HYPERLINK(\"http://x\",\"y\")"), "C": .number(25), "D": .number(-1.5),
                            "E": .date(serial: 46398)])
        #expect(rows[2]["B"] == .text("Ligne 1\r\nLigne 2 \u{FFFD}[31m"), "CR kept, the control character XML cannot carry replaced")
        #expect(rows[2]["D"] == nil && rows[2]["E"] == nil, "empty cells are left out")
        #expect(rows[3] == ["A": .text("N3"), "B": .text("  Liège, « parquet » & <co>  "), "C": .number(-2), "D": .number(0.5),
                            "E": .date(serial: 46752)])
        let sheet = String(decoding: try Workbook.part(XLSXWriter.write(Self.table), "xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(!sheet.contains("<f>"), "no formula anywhere")
    }

    @Test("the header row is frozen and bold, and columns are as wide as their values")
    func layout() throws {
        let bytes = try XLSXWriter.write(Self.table)
        let sheet = try XMLDocument.parse(bytes: Workbook.part(bytes, "xl/worksheets/sheet1.xml"), name: "sheet1.xml").root
        let pane = try #require(sheet.children(named: "sheetViews").first?.children(named: "sheetView").first?.children(named: "pane").first)
        #expect(pane.attribute("state") == "frozen" && pane.attribute("ySplit") == "1" && pane.attribute("topLeftCell") == "A2")
        let widths = try #require(sheet.children(named: "cols").first).children(named: "col").map { Double($0.attribute("width") ?? "") ?? 0 }
        #expect(widths.count == 5)
        #expect(widths[1] > widths[0], "the long service column is wider than the id column")
        #expect(widths[4] >= 10, "a date fits")
        let header = try #require(sheet.children(named: "sheetData").first?.children(named: "row").first)
        #expect(header.children(named: "c").allSatisfy { $0.attribute("s") == "1" })
        let styles = String(decoding: try Workbook.part(bytes, "xl/styles.xml"), as: UTF8.self)
        #expect(styles.contains("formatCode=\"yyyy-mm-dd\""))
    }

    @Test("a text longer than a cell holds is cut to 32,767 characters, ending with …")
    func longText() throws {
        let long = String(repeating: "é", count: 40_000)
        let rows = try Workbook.rows(XLSXWriter.write(Table(name: "t", header: ["text"], rows: [[.text(long)]])))
        guard case .text(let text)? = rows[1]["A"] else { Issue.record("no text cell"); return }
        #expect(text.utf16.count == 32_767 && text.hasSuffix("…") && text.hasPrefix("éé"))
    }

    @Test("sheet names are cut to 31 characters, cleaned and unique")
    func sheetNames() throws {
        let tables = [Table(name: "a/b:c*?[]", header: ["x"]), Table(name: String(repeating: "n", count: 40), header: ["x"]),
                      Table(name: String(repeating: "n", count: 40), header: ["x"])]
        let workbook = String(decoding: try Workbook.part(XLSXWriter.write(tables), "xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains("name=\"abc\""))
        #expect(workbook.contains("name=\"\(String(repeating: "n", count: 31))\""))
        #expect(workbook.contains("name=\"\(String(repeating: "n", count: 28)) 2\""))
    }
}
