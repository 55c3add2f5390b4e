import Diagnostics
import ParallelWork

/// One record of a CSV file with where it starts, for messages that name line and column.
public struct CSVRecord: Sendable, Hashable {
    /// The physical line the record starts on (a quoted field may span lines).
    public var line: Int
    public var fields: [String]
    /// The 1-based character column where each field starts.
    public var columns: [Int]
}

/// An RFC 4180 reader that keeps line numbers and refuses text that is not UTF-8.
///
/// Hand-written because the readers at hand do not report the physical line of a record
/// whose quoted fields span lines, and every bad row must be named by its line. A
/// spreadsheet saved with semicolons (the default in Belgian and Dutch Excel) is
/// recognised from its header line.
public enum CSVParser {
    public static func parse(_ bytes: [UInt8], file: String) -> (records: [CSVRecord], problems: [Diagnostic]) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let separator = detectSeparator(bytes, from: start)
        // Large files are cut at record starts and the parts parsed on every core.
        let parts = ChunkedWork.chunks(for: bytes.count - start, minimumPerChunk: 1 << 20)
        let cuts = recordStarts(bytes, from: start, separator: separator, parts: parts)
        let parsed = ChunkedWork.map(count: cuts.count, chunks: cuts.count) { parts in
            let part = parts.lowerBound
            let end = part + 1 < cuts.count ? cuts[part + 1].offset : bytes.count
            return parse(bytes, range: cuts[part].offset..<end, line: cuts[part].line, separator: separator, file: file)
        }
        return (parsed.flatMap(\.records), parsed.flatMap(\.problems))
    }

    private struct Part: Sendable {
        var records: [CSVRecord]
        var problems: [Diagnostic]
    }

    /// About `parts` offsets where a record starts, with its line: the first is `start`.
    /// Found by following quotes exactly as the parser does, but without building fields,
    /// so that a quoted field spanning lines is never cut.
    private static func recordStarts(_ bytes: [UInt8], from start: Int, separator: UInt8, parts: Int) -> [(offset: Int, line: Int)] {
        var cuts = [(offset: start, line: 1)]
        guard parts > 1 else { return cuts }
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        var index = start, line = 1, atFieldStart = true, inQuotes = false
        var nextCut = start + (bytes.count - start) / parts
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count && bytes[index + 1] == quote { index += 1 } else { inQuotes = false }
                } else if byte == newline {
                    line += 1
                }
            } else if atFieldStart && byte == quote {
                inQuotes = true
            } else if byte == newline {
                line += 1
                if index + 1 >= nextCut && index + 1 < bytes.count {
                    cuts.append((index + 1, line))
                    if cuts.count == parts { break }
                    nextCut = start + (bytes.count - start) * cuts.count / parts
                }
            }
            atFieldStart = !inQuotes && (byte == separator || byte == newline)
            index += 1
        }
        return cuts
    }

    /// Parses the records starting in `range`, which begins at the start of a record on `line`.
    private static func parse(_ bytes: [UInt8], range: Range<Int>, line firstLine: Int, separator: UInt8, file: String) -> Part {
        var index = range.lowerBound
        let end = range.upperBound
        var records: [CSVRecord] = []
        var problems: [Diagnostic] = []
        var line = firstLine
        var lineStart = index
        // Columns are counted on from the previous field of the same line, not from the
        // line start each time, so long lines cost linear time.
        var countedFrom = index, countedCharacters = 0

        while index < end {
            let recordLine = line
            var fields: [String] = []
            var columns: [Int] = []
            var validUTF8 = true
            // The column of the first field holding a NUL byte: text cannot carry one (SQLite
            // would cut the value there, PostgreSQL refuses it), so the line is refused.
            var nulColumn: Int?
            var endOfRecord = false
            while !endOfRecord {
                if countedFrom < lineStart { countedFrom = lineStart; countedCharacters = 0 }
                countedCharacters += characterCount(bytes, from: countedFrom, to: index)
                countedFrom = index
                columns.append(countedCharacters + 1)
                var field: [UInt8] = []
                var text: String?
                if index < end && bytes[index] == UInt8(ascii: "\"") {
                    let quoteLine = line, quoteColumn = columns.last!
                    index += 1
                    var closed = false
                    while index < end {
                        let byte = bytes[index]
                        if byte == UInt8(ascii: "\"") {
                            if index + 1 < end && bytes[index + 1] == UInt8(ascii: "\"") {
                                field.append(byte)
                                index += 2
                                continue
                            }
                            index += 1
                            closed = true
                            break
                        }
                        if byte == UInt8(ascii: "\n") {
                            line += 1
                            lineStart = index + 1
                        }
                        if byte == 0 { nulColumn = nulColumn ?? quoteColumn }
                        field.append(byte)
                        index += 1
                    }
                    if !closed {
                        problems.append(Diagnostic(file: file, line: quoteLine, column: quoteColumn,
                                                   message: "a quoted field is never closed: a \" is missing"))
                        return Part(records: records, problems: problems)
                    }
                    // Anything between the closing quote and the separator is kept, as spreadsheets do.
                    while index < end, bytes[index] != separator, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
                        field.append(bytes[index])
                        index += 1
                    }
                    text = String(validating: field, as: UTF8.self)
                } else {
                    // An unquoted field becomes text straight from the file's bytes, without
                    // a copy per field: most fields of a large file are unquoted.
                    let start = index
                    while index < end, bytes[index] != separator, bytes[index] != UInt8(ascii: "\n") {
                        if bytes[index] == 0 { nulColumn = nulColumn ?? columns.last! }
                        index += 1
                    }
                    let end = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
                    text = String(validating: bytes[start..<end], as: UTF8.self)
                }
                if let text {
                    fields.append(text)
                } else {
                    validUTF8 = false
                    fields.append("")
                }
                if index < end && bytes[index] == separator {
                    index += 1
                } else {
                    if index < end && bytes[index] == UInt8(ascii: "\r") { index += 1 }
                    if index < end && bytes[index] == UInt8(ascii: "\n") { index += 1 }
                    line += 1
                    lineStart = index
                    endOfRecord = true
                }
            }
            if !validUTF8 {
                problems.append(Diagnostic(file: file, line: recordLine, column: 1,
                                           message: "this line is not valid UTF-8 text; save the file as \"CSV UTF-8\""))
                continue
            }
            if let nulColumn {
                problems.append(Diagnostic(file: file, line: recordLine, column: nulColumn,
                                           message: "this field holds a NUL character (byte 0), which text cannot carry; remove it, or save the file again from the spreadsheet"))
                continue
            }
            if fields.count == 1 && fields[0].isEmpty { continue }
            records.append(CSVRecord(line: recordLine, fields: fields, columns: columns))
        }
        return Part(records: records, problems: problems)
    }

    private static func detectSeparator(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var commas = 0, semicolons = 0
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
            if bytes[index] == UInt8(ascii: ",") { commas += 1 }
            if bytes[index] == UInt8(ascii: ";") { semicolons += 1 }
            index += 1
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    private static func characterCount(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        var count = 0
        for byte in bytes[start..<end] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
