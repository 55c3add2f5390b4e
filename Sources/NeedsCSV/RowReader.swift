import Diagnostics
import Foundation
import Tabular
import TrainingModel

/// A column of the needs format, in the order of `NeedsReader.columns`.
enum NeedColumn: Int, CaseIterable, Sendable {
    case id, country, serviceKind, service, language, topic, text, priority, currentLevel
    case requiredLevel, headcount, languages, modes, period

    /// The column's name in a header row.
    var name: String { NeedsReader.columns[rawValue] }
}

/// Where each column of the format sits in one file, looked up once per file rather than
/// by name for every cell of every row.
struct ColumnPositions: Sendable {
    private let positions: [Int?]

    init(header: [String: Int]) {
        positions = NeedColumn.allCases.map { header[$0.name] }
    }

    subscript(column: NeedColumn) -> Int? { positions[column.rawValue] }
}

/// Reads one needs row, reporting each bad field at its column.
struct RowReader {
    let record: CSVRecord
    let columns: ColumnPositions
    let file: String
    private(set) var problems: [Diagnostic] = []

    init(record: CSVRecord, columns: ColumnPositions, file: String) {
        self.record = record
        self.columns = columns
        self.file = file
    }

    /// The trimmed value of a column, a spreadsheet guard (`'=...`) removed; nil when the
    /// column is absent or the cell empty. Free-text cells keep a leading TAB or CR: it is
    /// what makes a spreadsheet read `\t=...` as a formula, so it must survive to be guarded
    /// again on export.
    func value(_ column: NeedColumn) -> String? {
        guard let position = columns[column], position < record.fields.count else { return nil }
        let field = record.fields[position]
        let freeText = column == .text || column == .service
        let value = SpreadsheetText.restored(freeText ? Self.trimmedKeepingFormulaStart(field) : Self.trimmed(field))
        return value.isEmpty ? nil : value
    }

    /// Like `trimmed`, but white space at the start stops at a TAB or CR.
    static func trimmedKeepingFormulaStart(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, first.properties.isWhitespace else { return trimmed(text) }
        let start = scalars.firstIndex { !$0.properties.isWhitespace || $0 == "\t" || $0 == "\r" } ?? scalars.endIndex
        return String(scalars[start...]).trimmingTrailingWhiteSpace()
    }

    /// The words of a space-separated cell. ASCII cells, nearly all of them, are split on
    /// their bytes, which gives the same words as splitting on Unicode white space at a
    /// fraction of the cost; other cells are split on Unicode white space.
    static func words(_ text: String?) -> [Substring] {
        guard let text else { return [] }
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace) }
        return text.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }).map { Substring($0) }
    }

    /// The text without surrounding white space. Most cells have none, and Foundation's
    /// trimming costs microseconds per call on Linux, which dominated imports of large files.
    static func trimmed(_ text: String) -> String {
        guard let firstByte = text.utf8.first, let lastByte = text.utf8.last else { return text }
        let visibleASCII: ClosedRange<UInt8> = 0x21...0x7E
        if visibleASCII.contains(firstByte) && visibleASCII.contains(lastByte) { return text }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    mutating func fail(_ column: NeedColumn, _ message: String) {
        let position = columns[column] ?? 0
        let columnNumber = position < record.columns.count ? record.columns[position] : 1
        problems.append(Diagnostic(file: file, line: record.line, column: columnNumber, message: "\(column.name): \(message)"))
    }

    mutating func need(knownTopics: Set<String>?, topicSource: String) -> Need? {
        let before = problems.count
        let id = value(.id) ?? ""
        if id.isEmpty { fail(.id, "every row needs an id") }

        let country = CountryCode(value(.country) ?? "")
        if value(.country) == nil {
            fail(.country, "missing; give an ISO 3166-1 code such as BE, NL or LU")
        } else if !country.isValid {
            fail(.country, "\"\(country)\" is not an ISO 3166-1 alpha-2 country code (e.g. BE, NL, LU)")
        }

        let kindText = value(.serviceKind) ?? ""
        let kind = ServiceKind(rawValue: kindText)
        if kind == nil {
            let allowed = ServiceKind.allCases.map(\.rawValue).joined(separator: ", ")
            fail(.serviceKind, kindText.isEmpty ? "missing; one of \(allowed)" : "\"\(kindText)\" is not a service kind; one of \(allowed)")
        }

        let topic = value(.topic)
        let text = value(.text)
        if topic == nil && text == nil {
            fail(columns[.text] != nil ? .text : .topic, "the row has neither a text nor a topic: say what the need is")
        }
        if let topic, let knownTopics, !knownTopics.contains(topic) {
            fail(.topic, "\"\(topic)\" is not a concept of \(topicSource)")
        }

        let language = languageCode(.language)
        let priority = integer(.priority, in: 1...4, meaning: "1 low, 2 medium, 3 high, 4 critical") ?? 2
        let current = integer(.currentLevel, in: 0...4, meaning: "0 none … 4 expert")
        let required = integer(.requiredLevel, in: 0...4, meaning: "0 none … 4 expert")
        let headcount = integer(.headcount, in: 1...1_000_000, meaning: "the number of staff to train, at least 1") ?? 1
        let languages = Self.words(value(.languages)).compactMap { tag -> LanguageCode? in
            let language = LanguageCode(String(tag))
            if !language.isValid { fail(.languages, "\"\(tag)\" is not a language code (nl, fr, de, en, ...)") }
            return language.isValid ? language : nil
        }
        let modes = Self.words(value(.modes)).compactMap { word -> DeliveryMode? in
            let mode = DeliveryMode(rawValue: String(word))
            if mode == nil {
                fail(.modes, "\"\(word)\" is not a delivery mode; use \(DeliveryMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return mode
        }
        let period = value(.period)
        if let period, !Self.isPeriod(period) {
            fail(.period, "\"\(period)\" is not a period; write YYYY-Qn, e.g. 2027-Q2")
        }
        guard problems.count == before, let kind else { return nil }
        return Need(
            id: id, country: country, serviceKind: kind, service: value(.service),
            text: text, topic: topic, language: language, priority: priority,
            currentLevel: current, requiredLevel: required, headcount: headcount,
            languages: languages, modes: modes, period: period
        )
    }

    private mutating func languageCode(_ column: NeedColumn) -> LanguageCode? {
        guard let tag = value(column) else { return nil }
        let language = LanguageCode(tag)
        if !language.isValid { fail(column, "\"\(tag)\" is not a language code (nl, fr, de, en, ...)") }
        return language.isValid ? language : nil
    }

    private mutating func integer(_ column: NeedColumn, in range: ClosedRange<Int>, meaning: String) -> Int? {
        guard let text = value(column) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            fail(column, "\"\(text)\" is out of range: \(range.lowerBound)–\(range.upperBound) (\(meaning))")
            return nil
        }
        return number
    }

    /// `YYYY-Qn`, checked on the bytes: this runs for every row of large files.
    static func isPeriod(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "Q") else { return false }
        return bytes[0..<4].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            && (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(bytes[6])
    }
}

extension String {
    /// The text without white space at its end.
    func trimmingTrailingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[...last])
    }
}
