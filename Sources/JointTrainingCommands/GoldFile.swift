import Diagnostics
import Foundation
import Matching
import NeedsCSV

/// A gold file for measuring the matcher: CSV with `need_id,module_id,grade`, where grade 2
/// marks the best modules, 1 also relevant ones, and `module_id` NONE (grade 0) a need that
/// nothing in the catalogue answers.
enum GoldFile {
    struct Row {
        var judgement: GoldJudgement
        var line: Int
        var needColumn: Int
        var moduleColumn: Int
    }

    static func read(file path: String) throws(InputProblems) -> [Row] {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            throw InputProblems([Diagnostic(file: path, line: 1, column: 1, message: reason)])
        }
        let parsed = CSVParser.parse([UInt8](data), file: path)
        var problems = parsed.problems
        guard let header = parsed.records.first else {
            throw InputProblems(problems + [Diagnostic(file: path, line: 1, column: 1, message: "the gold file is empty: a header row need_id,module_id,grade is required")])
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let need = names.firstIndex(of: "need_id"), let module = names.firstIndex(of: "module_id"),
              let grade = names.firstIndex(of: "grade") else {
            throw InputProblems(problems + [Diagnostic(file: path, line: header.line, column: 1,
                message: "the header row must name the columns need_id, module_id and grade; it reads: \(header.fields.joined(separator: ","))")])
        }
        var rows: [Row] = []
        for record in parsed.records.dropFirst() {
            func field(_ index: Int) -> String {
                index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            func column(_ index: Int) -> Int {
                index < record.columns.count ? record.columns[index] : (record.columns.last ?? 1)
            }
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var bad = false
            if field(need).isEmpty {
                problems.append(Diagnostic(file: path, line: record.line, column: column(need), message: "need_id is empty"))
                bad = true
            }
            if field(module).isEmpty {
                problems.append(Diagnostic(file: path, line: record.line, column: column(module), message: "module_id is empty (write NONE for a need that no module answers)"))
                bad = true
            }
            let value = Int(field(grade))
            if value == nil || !(0...2).contains(value!) {
                problems.append(Diagnostic(file: path, line: record.line, column: column(grade),
                                           message: "grade \"\(field(grade))\" must be 0, 1 or 2"))
                bad = true
            }
            if bad { continue }
            let moduleID = field(module) == "NONE" ? nil : field(module)
            rows.append(Row(judgement: GoldJudgement(needID: field(need), moduleID: moduleID, grade: value!),
                            line: record.line, needColumn: column(need), moduleColumn: column(module)))
        }
        if !problems.isEmpty { throw InputProblems(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }) }
        return rows
    }
}
