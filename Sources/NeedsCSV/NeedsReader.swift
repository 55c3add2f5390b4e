import Diagnostics
import Foundation
import ParallelWork
import TrainingModel

/// Reads the needs CSV of docs/formats.md section 4.
///
/// Every bad row is reported with its line and the column of the bad field, and a file
/// with any error gives no needs at all: importers store all of a file or nothing.
public struct NeedsReader: Sendable {
    /// Thesaurus concept ids that `topic` must be one of; nil accepts any id.
    public var knownTopics: Set<String>?
    public var topicSource: String

    public init(knownTopics: Set<String>? = nil, topicSource: String = "the thesaurus") {
        self.knownTopics = knownTopics
        self.topicSource = topicSource
    }

    /// The columns of the format, in the order the writer uses.
    public static let columns = [
        "id", "country", "service_kind", "service", "language", "topic", "text", "priority",
        "current_level", "required_level", "headcount", "languages", "modes", "period",
    ]

    public func read(file path: String) throws(InputProblems) -> Decoded<[Need]> {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            throw InputProblems([Diagnostic(file: path, line: 1, column: 1, message: reason)])
        }
        return try read(bytes: [UInt8](data), name: path)
    }

    public func read(bytes: [UInt8], name: String) throws(InputProblems) -> Decoded<[Need]> {
        let parsed = CSVParser.parse(bytes, file: name)
        var problems = parsed.problems
        var warnings: [Diagnostic] = []
        guard let header = parsed.records.first else {
            throw InputProblems(problems + [Diagnostic(file: name, line: 1, column: 1, message: "the file is empty: a header row (id,country,service_kind,...) is required")])
        }
        var index: [String: Int] = [:]
        for (position, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if index[name] == nil { index[name] = position }
            if !Self.columns.contains(name) {
                warnings.append(Diagnostic(file: name, line: header.line, column: header.columns[position],
                                           message: "unknown column \"\(raw)\" is ignored", severity: .warning))
            }
        }
        var missing = ["id", "country", "service_kind"].filter { index[$0] == nil }
        if index["text"] == nil && index["topic"] == nil { missing.append("text or topic") }
        if !missing.isEmpty {
            problems.insert(Diagnostic(file: name, line: header.line, column: 1,
                                       message: "the header row lacks the required column(s) \(missing.joined(separator: ", ")); it reads: \(header.fields.joined(separator: ","))"), at: 0)
            throw InputProblems(problems)
        }

        // Rows are read on every core (they are independent); ids are then checked in order.
        let records = parsed.records, rowCount = records.count - 1
        let columns = ColumnPositions(header: index), knownTopics = knownTopics, topicSource = topicSource
        let chunks = ChunkedWork.map(count: rowCount, chunks: ChunkedWork.chunks(for: rowCount, minimumPerChunk: 5_000)) { range in
            records[(range.lowerBound + 1)..<(range.upperBound + 1)].map { record in
                var row = RowReader(record: record, columns: columns, file: name)
                let need = row.need(knownTopics: knownTopics, topicSource: topicSource)
                return (row: row, need: need)
            }
        }
        var needs: [Need] = []
        needs.reserveCapacity(rowCount)
        var seenIds: [String: Int] = [:]
        seenIds.reserveCapacity(rowCount)
        for (var row, need) in chunks.joined() {
            if let need {
                if let first = seenIds[need.id] {
                    row.fail(.id, "duplicate id \"\(need.id)\" (first used on line \(first))")
                } else {
                    seenIds[need.id] = row.record.line
                    needs.append(need)
                }
            }
            problems += row.problems
        }
        if !problems.isEmpty {
            throw InputProblems(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        return Decoded(value: needs, warnings: warnings)
    }
}
