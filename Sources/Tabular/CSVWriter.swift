import Foundation
/// The one CSV writer of the project (FORMATS section 4, "Spreadsheet safety"; docs/formats.md).
///
/// RFC 4180 with CRLF line ends and, by default, a byte-order mark so that Excel reads UTF-8.
/// A field holding a comma, a quote, a semicolon (Belgian and Dutch Excel split on it), CR, LF or
/// CRLF is quoted. A text cell that a spreadsheet would run as a formula is neutralised as
/// OWASP recommends, with a leading `'`.
public enum CSVWriter {
    public static func write(_ table: Table, byteOrderMark: Bool = true) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        out.reserveCapacity(table.rows.count * 120)
        out += table.header.map { field(.text($0)) }.joined(separator: ",") + "\r\n"
        for row in table.rows {
            out += row.map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One cell as a CSV field: neutralised when it is text, then quoted where needed.
    public static func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): quoted(SpreadsheetText.neutralised(text))
        default: cell.plainText
        }
    }

    /// The field, quoted when RFC 4180 (or a semicolon-separated spreadsheet) needs it.
    /// Checked on Unicode scalars: `"\r\n"` is one `Character`, equal to neither `"\r"` nor `"\n"`.
    static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Formula-injection guard for text cells, and its inverse for readers.
///
/// A text beginning with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`. So that every text
/// survives a round trip, a text made of leading `'`s and then such a character gets one more;
/// a reader removes exactly one `'` from any text of that shape.
public enum SpreadsheetText {
    /// The characters that make a spreadsheet read a cell as a formula.
    static func isFormulaStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "=" || scalar == "+" || scalar == "-" || scalar == "@" || scalar == "\t" || scalar == "\r"
    }

    /// The text as it is written into a spreadsheet cell.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first(where: { $0 != "'" }), isFormulaStart(first) else { return text }
        return "'" + text
    }

    /// The text a neutralised cell stood for: one leading `'` removed before a formula start.
    public static func restored(_ text: String) -> String {
        guard text.utf8.first == UInt8(ascii: "'"),
              let first = text.unicodeScalars.first(where: { $0 != "'" }), isFormulaStart(first) else { return text }
        return String(text.unicodeScalars.dropFirst())
    }
}
