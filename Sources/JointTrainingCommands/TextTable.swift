/// A plain-text table for terminals: columns padded to their widest cell.
struct TextTable {
    var headers: [String]
    var rows: [[String]]

    /// The table, cells longer than `maxColumnWidth` cut with an ellipsis.
    func rendered(maxColumnWidth: Int = 50) -> String {
        let cut = { (cell: String) -> String in
            cell.count > maxColumnWidth ? String(cell.prefix(maxColumnWidth - 1)) + "…" : cell
        }
        let cells = ([headers] + rows).map { $0.map { cut(TerminalText.escaped($0, lineBreaks: .flattened)) } }
        let widths = headers.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        let line = { (row: [String]) -> String in
            zip(row, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
                .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(cells[0]), rule] + cells.dropFirst().map(line)).joined(separator: "\n")
    }
}

import Foundation
