import ArgumentParser
import Foundation
import Tabular

/// How a command writes a table: CSV (the default) or an xlsx workbook with typed cells.
enum SheetFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    case csv, xlsx

    /// `--format` when given, otherwise what the `--out` file's extension says, otherwise CSV.
    static func chosen(_ format: SheetFormat?, out: String?) -> SheetFormat {
        format ?? (out.map { $0.lowercased().hasSuffix(".xlsx") } == true ? .xlsx : .csv)
    }
}

/// Writes a table as CSV (to `--out` or standard output) or as xlsx (to `--out` only: it is a
/// binary file) and says on standard error what was written where.
func writeTable(_ table: Table, as format: SheetFormat, to path: String?, what: String) throws {
    switch format {
    case .csv:
        try writeResult(CSVWriter.write(table), to: path)
    case .xlsx:
        guard let path else { throw ValidationError("An xlsx workbook is a binary file: give --out FILE.xlsx.") }
        do {
            try Data(XLSXWriter.write(table)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(message: "error: cannot write \(path): \(error.localizedDescription)")
        }
    }
    if let path { Output.error("\(what) written to \(path) (\(format.rawValue))") }
}

extension Day {
    /// The calendar day of an instant, in UTC as the store's dates are.
    init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
