import Foundation
import SafeXML
import ZIPFoundation

/// Reads back what an xlsx file holds, as a spreadsheet would: the parts of the zip, and the
/// first sheet's cells typed by their XML (inline strings, numbers, dates by their style).
public enum Workbook {
    public enum Value: Equatable, CustomStringConvertible {
        case text(String), number(Double), date(serial: Int)
        public var description: String {
            switch self {
            case .text(let text): text.debugDescription
            case .number(let number): String(number)
            case .date(let serial): "date \(serial)"
            }
        }
    }

    public static func part(_ bytes: [UInt8], _ path: String) throws -> [UInt8] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        guard let entry = archive[path] else { throw CocoaError(.fileNoSuchFile) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return [UInt8](data)
    }

    public static func paths(_ bytes: [UInt8]) throws -> [String] {
        try Archive(data: Data(bytes), accessMode: .read).map(\.path)
    }

    /// The rows of sheet `number`, each a dictionary from column letters to values.
    public static func rows(_ bytes: [UInt8], sheet number: Int = 1) throws -> [[String: Value]] {
        let xml = try XMLDocument.parse(bytes: part(bytes, "xl/worksheets/sheet\(number).xml"), name: "sheet.xml")
        let data = try require(xml.root.children(named: "sheetData").first)
        return data.children(named: "row").map { row in
            var cells: [String: Value] = [:]
            for cell in row.children(named: "c") {
                let column = String((cell.attribute("r") ?? "").prefix { $0.isLetter })
                if cell.attribute("t") == "inlineStr" {
                    cells[column] = .text(cell.children(named: "is").first?.children(named: "t").first?.text ?? "")
                } else if let value = cell.children(named: "v").first?.text {
                    cells[column] = cell.attribute("s") == "2" ? .date(serial: Int(value) ?? -1) : .number(Double(value) ?? .nan)
                }
            }
            return cells
        }
    }
}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw CocoaError(.fileReadCorruptFile) }
    return value
}
