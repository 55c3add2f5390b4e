import Foundation
import GRDB
import PostgresNIO
import SurveyStore

/// `jointtraining db copy`: every row of one database (SQLite or PostgreSQL) into another, ids
/// kept, in one transaction of the target, then every row read back from the target and
/// compared with the source. The target must be empty (its schema made by the stores'
/// migrations); the source is only read.
public enum DatabaseCopy {
    /// One engine's side of a copy.
    public enum Side: Sendable {
        case sqlite(any DatabaseWriter)
        case postgres(PostgresStoreDatabase)
    }

    /// What was copied, per table.
    public struct Receipt: Sendable {
        public var rows: [(table: String, count: Int)]
    }

    public enum Failure: Error, CustomStringConvertible {
        case targetNotEmpty([String])
        case mismatch(String)

        public var description: String {
            switch self {
            case .targetNotEmpty(let tables):
                "the target database already holds data (in \(tables.joined(separator: ", "))); copy only into an empty database"
            case .mismatch(let what):
                "the copy differs from the source: \(what); the target holds what was copied and must not be used: "
                    + "empty it (or make a new database) and copy again"
            }
        }
    }

    enum Kind { case integer, text, blob, date, boolean }

    /// Every table of both stores, parents before children, with its columns as they are after
    /// the last migration. `erasure_window` is always empty outside an erasure.
    static let tables: [(name: String, columns: [(String, Kind)])] = [
        ("survey_version", [("id", .integer), ("survey", .text), ("version", .integer), ("definition", .text), ("definition_sha256", .blob),
                            ("thesaurus_json", .text), ("published_at", .date), ("published_by", .text)]),
        ("service", [("id", .integer), ("country", .text), ("kind", .text), ("name", .text), ("languages", .text), ("created_at", .date)]),
        ("invitation", [("id", .integer), ("survey", .text), ("service_id", .integer), ("email", .text), ("token_sha256", .blob),
                        ("created_at", .date), ("created_by", .text), ("expires_at", .date), ("revoked_at", .date), ("revoked_by", .text),
                        ("language", .text)]),
        ("response", [("id", .integer), ("contribution", .text), ("survey_version_id", .integer), ("service_id", .integer),
                      ("invitation_id", .integer), ("origin", .text), ("created_at", .date)]),
        ("response_revision", [("id", .integer), ("response_id", .integer), ("number", .integer), ("state", .text), ("answers", .text),
                               ("saved_at", .date), ("autosave", .boolean)]),
        ("reopening", [("id", .integer), ("response_id", .integer), ("reopened_at", .date), ("reopened_by", .text)]),
        ("need", [("id", .integer), ("survey", .text), ("response_id", .integer), ("service_id", .integer), ("need_id", .text),
                  ("country", .text), ("service_kind", .text), ("service", .text), ("language", .text), ("topic", .text), ("text", .text),
                  ("priority", .integer), ("current_level", .integer), ("required_level", .integer), ("headcount", .integer),
                  ("languages", .text), ("modes", .text), ("period", .text), ("joint_countries", .text), ("joint_services", .text)]),
        ("audit_log", [("id", .integer), ("at", .date), ("actor", .text), ("action", .text), ("survey", .text), ("subject", .text),
                       ("detail", .text)]),
        ("erasure", [("id", .integer), ("service_id", .integer), ("survey", .text), ("what", .text), ("erased_at", .date), ("erased_by", .text)]),
        ("invitation_link", [("token_sha256", .blob), ("invitation_id", .integer), ("created_at", .date)]),
        ("retention", [("survey", .text), ("days", .integer), ("set_at", .date), ("set_by", .text)]),
        ("web_coordinator", [("name", .text), ("password_hash", .text), ("created_at", .date)]),
        ("web_key", [("name", .text), ("value", .blob)]),
        ("web_catalogue", [("id", .integer), ("catalogue_id", .text), ("provider", .text), ("year", .integer), ("filename", .text),
                           ("uploaded_by", .text), ("uploaded_at", .date), ("content", .blob)]),
        ("web_plan_run", [("id", .integer), ("created_by", .text), ("created_at", .date), ("summary", .text), ("facts", .text)]),
        ("web_plan_file", [("run_id", .integer), ("name", .text), ("content", .blob)]),
        ("web_session", [("key", .blob), ("value", .blob), ("coordinator", .text), ("expires_at", .date)]),
        ("web_plan_confirmed", [("run_id", .integer), ("session_id", .text)]),
        ("web_vector", [("model", .text), ("key", .blob), ("vector", .blob)]),
    ]

    /// Tables whose first column alone does not order their rows.
    static let secondOrderColumn = ["web_plan_file": "name", "web_plan_confirmed": "session_id", "web_vector": "key"]

    /// A value of a row, the same whichever engine it came from.
    enum Value: Hashable, Sendable {
        case null
        case integer(Int64)
        case text(String)
        case blob(Data)
        case date(Date)
        case boolean(Bool)

        /// The same value on both engines: dates within a millisecond, since SQLite keeps them
        /// to the millisecond (cut or rounded) and PostgreSQL to the microsecond.
        func matches(_ other: Value) -> Bool {
            if case .date(let one) = self, case .date(let two) = other { return abs(one.timeIntervalSince(two)) < 0.001 }
            return self == other
        }
    }

    typealias Rows = [[Value]]

    /// Copies everything from `source` into the empty `target` and checks it.
    public static func copy(from source: Side, to target: Side) async throws -> Receipt {
        let full = try await counts(target).filter { $0.count > 0 }.map(\.table)
        guard full.isEmpty else { throw Failure.targetNotEmpty(full) }
        var data: [String: Rows] = [:]
        var missing: [String] = []
        for table in tables {
            guard try await exists(source, table: table.name) else { continue }
            let rows = try await read(source, table: table.name, columns: table.columns)
            if !rows.isEmpty, try await !exists(target, table: table.name) { missing.append(table.name) }
            data[table.name] = rows
        }
        guard missing.isEmpty else { throw Failure.mismatch("the target has no table \(missing.joined(separator: ", "))") }
        let steps = order(data)
        try await write(target, steps: steps)
        // Read back and compare, table by table.
        for table in tables where data[table.name] != nil {
            let copied = try await read(target, table: table.name, columns: table.columns)
            let expected = data[table.name] ?? []
            guard copied.count == expected.count else {
                throw Failure.mismatch("\(table.name) has \(copied.count) rows instead of \(expected.count)")
            }
            for (one, other) in zip(copied, expected) where one.count != other.count || !zip(one, other).allSatisfy({ $0.matches($1) }) {
                throw Failure.mismatch("a row of \(table.name) differs")
            }
        }
        return Receipt(rows: tables.filter { data[$0.name] != nil }.map { ($0.name, data[$0.name]?.count ?? 0) })
    }

    /// Whether the side has the table (a database of the survey store alone has no web tables).
    static func exists(_ side: Side, table: String) async throws -> Bool {
        switch side {
        case .sqlite(let writer):
            return try await writer.read { db in try db.tableExists(table) }
        case .postgres(let database):
            return try await database.read { db in
                try await db.value("SELECT to_regclass(\(table)) IS NOT NULL", as: Bool.self) ?? false
            }
        }
    }

    /// Row counts of every table the side has.
    public static func counts(_ side: Side) async throws -> [(table: String, count: Int)] {
        var result: [(String, Int)] = []
        for table in tables where try await exists(side, table: table.name) {
            let sql = "SELECT COUNT(*) FROM \(table.name)"
            switch side {
            case .sqlite(let writer):
                result.append((table.name, try await writer.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }))
            case .postgres(let database):
                result.append((table.name, try await database.read { db in try await db.value(PostgresQuery(unsafeSQL: sql), as: Int.self) ?? 0 }))
            }
        }
        return result
    }

    /// One insertion: rows of a table with its columns.
    struct Step {
        var table: String
        var columns: [(String, Kind)]
        var rows: Rows
    }

    /// The tables in order, except that revisions and reopenings go response by response in the
    /// order the database's own rules accept: a reopening only after a submission, a further
    /// submission only after a reopening.
    static func order(_ data: [String: Rows]) -> [Step] {
        var steps: [Step] = []
        let revisionColumns = tables.first { $0.name == "response_revision" }!.columns
        let reopeningColumns = tables.first { $0.name == "reopening" }!.columns
        for table in tables where table.name != "response_revision" && table.name != "reopening" && data[table.name] != nil {
            steps.append(Step(table: table.name, columns: table.columns, rows: data[table.name] ?? []))
            guard table.name == "response" else { continue }
            // response_id is column 1 of both; state column 3 of revisions; rows are in id order.
            var reopenings: [Value: [[Value]]] = [:]
            for row in data["reopening"] ?? [] { reopenings[row[1], default: []].append(row) }
            var revisionSteps: [Step] = []
            var revisionsBatch: Rows = []
            var submissions: [Value: Int] = [:], used: [Value: Int] = [:]
            for row in data["response_revision"] ?? [] {
                let response = row[1]
                if row[3] == .text("submitted") {
                    let count = submissions[response, default: 0]
                    if count > 0 {
                        // The reopenings this further submission needs go in before it.
                        let queued = reopenings[response] ?? []
                        let from = used[response, default: 0], upTo = min(count, queued.count)
                        if from < upTo {
                            revisionSteps.append(Step(table: "response_revision", columns: revisionColumns, rows: revisionsBatch))
                            revisionsBatch = []
                            revisionSteps.append(Step(table: "reopening", columns: reopeningColumns, rows: Array(queued[from..<upTo])))
                            used[response] = upTo
                        }
                    }
                    submissions[response] = count + 1
                }
                revisionsBatch.append(row)
            }
            revisionSteps.append(Step(table: "response_revision", columns: revisionColumns, rows: revisionsBatch))
            var rest: Rows = []
            for row in data["reopening"] ?? [] {
                let response = row[1]
                let index = (reopenings[response] ?? []).firstIndex(of: row) ?? 0
                if index >= used[response, default: 0] { rest.append(row) }
            }
            revisionSteps.append(Step(table: "reopening", columns: reopeningColumns, rows: rest))
            steps += revisionSteps.filter { !$0.rows.isEmpty }
        }
        return steps
    }

    static func read(_ side: Side, table: String, columns: [(String, Kind)]) async throws -> Rows {
        let names = columns.map(\.0).joined(separator: ", ")
        let key = columns.first!.0
        let sql = "SELECT \(names) FROM \(table) ORDER BY \(key)" + (secondOrderColumn[table].map { ", " + $0 } ?? "")
        switch side {
        case .sqlite(let writer):
            return try await writer.read { db in
                try Row.fetchAll(db, sql: sql).map { row in
                    columns.indices.map { index -> Value in
                        let value: DatabaseValue = row[index]
                        if value.isNull { return .null }
                        switch columns[index].1 {
                        case .integer: return .integer(row[index])
                        case .text: return .text(row[index])
                        case .blob: return .blob(row[index])
                        case .date: return .date(row[index])
                        case .boolean: return .boolean(row[index])
                        }
                    }
                }
            }
        case .postgres(let database):
            return try await database.read { db in
                try await db.rows(PostgresQuery(unsafeSQL: sql)).map { row in
                    try columns.indices.map { index -> Value in
                        if row[index].bytes == nil { return .null }
                        switch columns[index].1 {
                        case .integer: return .integer(try row.get(index))
                        case .text: return .text(try row.get(index))
                        case .blob: return .blob(try row.get(index))
                        case .date: return .date(try row.get(index))
                        case .boolean: return .boolean(try row.get(index))
                        }
                    }
                }
            }
        }
    }

    static func write(_ side: Side, steps: [Step]) async throws {
        switch side {
        case .sqlite(let writer):
            try await writer.write { db in
                for step in steps {
                    let names = step.columns.map(\.0)
                    let statement = try db.makeStatement(sql: """
                        INSERT INTO \(step.table) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))
                        """)
                    for row in step.rows {
                        try statement.execute(arguments: StatementArguments(row.map { value -> (any DatabaseValueConvertible)? in
                            switch value {
                            case .null: nil
                            case .integer(let number): number
                            case .text(let text): text
                            case .blob(let data): data
                            case .date(let date): date
                            case .boolean(let flag): flag
                            }
                        }))
                    }
                }
            }
        case .postgres(let database):
            try await database.write { db in
                for step in steps {
                    let names = step.columns.map(\.0).joined(separator: ", ")
                    // Several rows per statement, within PostgreSQL's 65,535 parameters.
                    let perStatement = max(1, 1000 / step.columns.count)
                    var start = 0
                    while start < step.rows.count {
                        let slice = step.rows[start..<min(start + perStatement, step.rows.count)]
                        var bindings = PostgresBindings()
                        var placeholders: [String] = []
                        for row in slice {
                            var cells: [String] = []
                            for (value, column) in zip(row, step.columns) {
                                switch value {
                                case .null:
                                    switch column.1 {
                                    case .integer: bindings.append(Int64?.none)
                                    case .text: bindings.append(String?.none)
                                    case .blob: try bindings.append(Data?.none)
                                    case .date: bindings.append(Date?.none)
                                    case .boolean: bindings.append(Bool?.none)
                                    }
                                case .integer(let number): bindings.append(number)
                                case .text(let text): bindings.append(text)
                                case .blob(let data): try bindings.append(data)
                                case .date(let date): bindings.append(date)
                                case .boolean(let flag): bindings.append(flag)
                                }
                                cells.append("$\(bindings.count)")
                            }
                            placeholders.append("(" + cells.joined(separator: ", ") + ")")
                        }
                        try await db.exec(PostgresQuery(unsafeSQL: "INSERT INTO \(step.table) (\(names)) VALUES \(placeholders.joined(separator: ", "))",
                                                        binds: bindings))
                        start += perStatement
                    }
                }
                // Identity columns go on after the copied ids.
                for table in tables where table.columns.first?.0 == "id" && steps.contains(where: { $0.table == table.name }) {
                    try await db.exec(PostgresQuery(unsafeSQL: """
                        SELECT setval(pg_get_serial_sequence('\(table.name)', 'id'), COALESCE((SELECT MAX(id) FROM \(table.name)), 0) + 1, false)
                        """))
                }
            }
        }
    }
}
