import Foundation
import SafeXML
import ZIPFoundation

/// Writes tables as an Excel workbook (Office Open XML, `.xlsx`), one sheet per table.
///
/// Cells keep their types: numbers are numbers and dates are dates (shown `yyyy-mm-dd`) in every
/// locale, which a CSV cannot promise (in fr, de and nl spreadsheets `0.5` arrives as text). The
/// header row is bold and frozen and each column is as wide as its longest value (within
/// bounds). Text is stored as text, never as a formula, so it needs no `'` guard here.
public enum XLSXWriter {
    /// The media type of the file, for downloads.
    public static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The workbook's bytes. Parts carry a fixed date so that the same tables give the same file.
    public static func write(_ tables: [Table]) throws -> [UInt8] {
        let names = sheetNames(tables.map(\.name))
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets: tables.count)),
            ("_rels/.rels", packageRelationships()),
            ("xl/workbook.xml", workbook(names)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: tables.count)),
            ("xl/styles.xml", styles()),
        ]
        for (index, table) in tables.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(table)))
        }
        let archive = try Archive(data: Data(), accessMode: .create)
        let written = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: written,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return [UInt8](data)
    }

    /// A single table's workbook.
    public static func write(_ table: Table) throws -> [UInt8] {
        try write([table])
    }

    // MARK: Parts

    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    private static func contentTypes(sheets: Int) -> String {
        let xml = XMLWriter(indent: false)
        xml.element("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) {
            xml.element("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
            xml.element("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
            xml.element("Override", [("PartName", "/xl/workbook.xml"),
                                     ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")])
            xml.element("Override", [("PartName", "/xl/styles.xml"),
                                     ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")])
            for sheet in 0..<sheets {
                xml.element("Override", [("PartName", "/xl/worksheets/sheet\(sheet + 1).xml"),
                                         ("ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")])
            }
        }
        return xml.finish()
    }

    private static func packageRelationships() -> String {
        let xml = XMLWriter(indent: false)
        xml.element("Relationships", [("xmlns", packageRelationshipsNamespace)]) {
            xml.element("Relationship", [("Id", "rId1"), ("Type", relationships + "/officeDocument"), ("Target", "xl/workbook.xml")])
        }
        return xml.finish()
    }

    private static func workbook(_ names: [String]) -> String {
        let xml = XMLWriter(indent: false)
        xml.element("workbook", [("xmlns", main), ("xmlns:r", relationships)]) {
            xml.element("sheets") {
                for (index, name) in names.enumerated() {
                    xml.element("sheet", [("name", name), ("sheetId", String(index + 1)), ("r:id", "rId\(index + 1)")])
                }
            }
        }
        return xml.finish()
    }

    private static func workbookRelationships(sheets: Int) -> String {
        let xml = XMLWriter(indent: false)
        xml.element("Relationships", [("xmlns", packageRelationshipsNamespace)]) {
            for sheet in 0..<sheets {
                xml.element("Relationship", [("Id", "rId\(sheet + 1)"), ("Type", relationships + "/worksheet"),
                                             ("Target", "worksheets/sheet\(sheet + 1).xml")])
            }
            xml.element("Relationship", [("Id", "rId\(sheets + 1)"), ("Type", relationships + "/styles"), ("Target", "styles.xml")])
        }
        return xml.finish()
    }

    /// Cell formats by position in `cellXfs`.
    private enum Style: Int {
        case plain = 0, header, date, oneDecimal, twoDecimals, threeDecimals
    }

    private static func styles() -> String {
        let xml = XMLWriter(indent: false)
        xml.element("styleSheet", [("xmlns", main)]) {
            xml.element("numFmts", [("count", "3")]) {
                xml.element("numFmt", [("numFmtId", "164"), ("formatCode", "yyyy-mm-dd")])
                xml.element("numFmt", [("numFmtId", "165"), ("formatCode", "0.0")])
                xml.element("numFmt", [("numFmtId", "166"), ("formatCode", "0.000")])
            }
            xml.element("fonts", [("count", "2")]) {
                xml.element("font") { xml.element("sz", [("val", "11")]); xml.element("name", [("val", "Calibri")]) }
                xml.element("font") { xml.element("b"); xml.element("sz", [("val", "11")]); xml.element("name", [("val", "Calibri")]) }
            }
            xml.element("fills", [("count", "2")]) {
                xml.element("fill") { xml.element("patternFill", [("patternType", "none")]) }
                xml.element("fill") { xml.element("patternFill", [("patternType", "gray125")]) }
            }
            xml.element("borders", [("count", "1")]) {
                xml.element("border") { for side in ["left", "right", "top", "bottom", "diagonal"] { xml.element(side) } }
            }
            xml.element("cellStyleXfs", [("count", "1")]) {
                xml.element("xf", [("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")])
            }
            let formats: [(format: String, font: String)] = [("0", "0"), ("0", "1"), ("164", "0"), ("165", "0"), ("2", "0"), ("166", "0")]
            xml.element("cellXfs", [("count", String(formats.count))]) {
                for (index, format) in formats.enumerated() {
                    xml.element("xf", [("numFmtId", format.format), ("fontId", format.font), ("fillId", "0"), ("borderId", "0"), ("xfId", "0"),
                                       ("applyNumberFormat", index >= Style.date.rawValue ? "1" : nil),
                                       ("applyFont", index == Style.header.rawValue ? "1" : nil)])
                }
            }
            xml.element("cellStyles", [("count", "1")]) {
                xml.element("cellStyle", [("name", "Normal"), ("xfId", "0"), ("builtinId", "0")])
            }
        }
        return xml.finish()
    }

    private static func worksheet(_ table: Table) -> String {
        let xml = XMLWriter(indent: false)
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        xml.element("worksheet", [("xmlns", main), ("xmlns:r", relationships)]) {
            if columns > 0 {
                xml.element("dimension", [("ref", "A1:\(columnName(columns - 1))\(table.rows.count + 1)")])
            }
            xml.element("sheetViews") {
                xml.element("sheetView", [("workbookViewId", "0")]) {
                    xml.element("pane", [("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen")])
                    xml.element("selection", [("pane", "bottomLeft"), ("activeCell", "A2"), ("sqref", "A2")])
                }
            }
            xml.element("sheetFormatPr", [("defaultRowHeight", "15")])
            if columns > 0 {
                xml.element("cols") {
                    for (index, width) in widths(table, columns: columns).enumerated() {
                        xml.element("col", [("min", String(index + 1)), ("max", String(index + 1)),
                                            ("width", String(width)), ("customWidth", "1")])
                    }
                }
            }
            xml.element("sheetData") {
                xml.element("row", [("r", "1")]) {
                    for (index, name) in table.header.enumerated() {
                        cell(xml, .text(name), reference: "\(columnName(index))1", style: .header)
                    }
                }
                for (number, row) in table.rows.enumerated() {
                    let line = String(number + 2)
                    xml.element("row", [("r", line)]) {
                        for (index, value) in row.enumerated() where value != .empty && value != .text("") {
                            cell(xml, value, reference: columnName(index) + line, style: nil)
                        }
                    }
                }
            }
        }
        return xml.finish()
    }

    private static func cell(_ xml: XMLWriter, _ value: Cell, reference: String, style: Style?) {
        switch value {
        case .text(let text):
            xml.element("c", [("r", reference), ("s", style.map { String($0.rawValue) }), ("t", "inlineStr")]) {
                xml.element("is") { xml.element("t", [("xml:space", "preserve")], text: xmlSafe(fitted(text))) }
            }
        case .integer(let number):
            xml.element("c", [("r", reference)]) { xml.element("v", text: String(number)) }
        case .decimal(let number, let places):
            let style: Style = switch places {
            case 1: .oneDecimal
            case 2: .twoDecimals
            case 3: .threeDecimals
            default: .plain
            }
            xml.element("c", [("r", reference), ("s", style == .plain ? nil : String(style.rawValue))]) {
                // Rounded as the CSV writes it, so that both files hold the same figures.
                xml.element("v", text: number.isFinite ? value.plainText : "0")
            }
        case .date(let day):
            xml.element("c", [("r", reference), ("s", String(Style.date.rawValue))]) { xml.element("v", text: String(day.serial)) }
        case .empty:
            break
        }
    }

    /// Characters XML 1.0 cannot carry (control characters other than TAB, LF and CR) become
    /// U+FFFD: a spreadsheet refuses the whole file otherwise.
    static func xmlSafe(_ text: String) -> String {
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: true
            case 0x00..<0x20, 0xFFFE, 0xFFFF: false
            default: true
            }
        }
        guard !text.unicodeScalars.allSatisfy(allowed) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(allowed(scalar) ? scalar : "\u{FFFD}") }
        return String(scalars)
    }

    /// The most a spreadsheet cell holds: Excel refuses a workbook with a longer text.
    static let cellLimit = 32_767

    /// The text, cut to what a cell holds and ended with "…" when it is longer.
    static func fitted(_ text: String) -> String {
        guard text.utf16.count > cellLimit else { return text }
        var cut = "", count = 0
        for character in text {
            let length = character.utf16.count
            if count + length > cellLimit - 1 { break }
            cut.append(character)
            count += length
        }
        return cut + "…"
    }

    /// `A`, `B`, … `Z`, `AA`, … for a 0-based column index.
    static func columnName(_ index: Int) -> String {
        var number = index + 1, name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// Each column as wide as its longest line (header included), between 6 and 60 characters.
    private static func widths(_ table: Table, columns: Int) -> [Int] {
        var widths = [Int](repeating: 0, count: columns)
        func measure(_ text: String, _ column: Int) {
            let longest = text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
            widths[column] = max(widths[column], longest)
        }
        for (index, name) in table.header.enumerated() { measure(name, index) }
        for row in table.rows {
            for (index, value) in row.enumerated() where index < columns {
                switch value {
                case .date: widths[index] = max(widths[index], 10)
                case .empty: break
                default: measure(value.plainText, index)
                }
            }
        }
        return widths.map { min(60, max(6, $0 + 2)) }
    }

    /// Sheet names as spreadsheets accept them: at most 31 characters, none of `[]:*?/\`, unique.
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { index, name in
            var clean = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            if clean.isEmpty { clean = "Sheet\(index + 1)" }
            var candidate = clean, suffix = 2
            while used.contains(candidate.lowercased()) {
                candidate = String(clean.prefix(28)) + " \(suffix)"
                suffix += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}
