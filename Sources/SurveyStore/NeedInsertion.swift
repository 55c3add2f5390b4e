import GRDB
import GRDBSQLite
import TrainingModel

/// Binds need rows straight to SQLite, for speed: going through GRDB's `StatementArguments`
/// (or a record's `insert`) costs an array of boxed values per row, which took most of an
/// import's time for large files, as `Benchmarks/run survey` measures (100,000 rows);
/// the statement is still GRDB's, prepared and cached in the same transaction. Rows
/// inserted this way bypass GRDB's change notifications, which this store does not use.
struct NeedInsertion {
    let statement: Statement
    let connection: SQLiteConnection?

    /// SQLite copies each bound text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func insert(_ need: Need, survey: String, response: Int64, service: Int64) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        var index: Int32 = 0
        func text(_ value: String?) {
            index += 1
            // The length in bytes, not -1: a value is never cut at a NUL it might hold.
            if let value { sqlite3_bind_text(handle, index, value, Int32(value.utf8.count), Self.transient) }
        }
        func integer(_ value: Int?) {
            index += 1
            if let value { sqlite3_bind_int64(handle, index, Int64(value)) }
        }
        text(survey)
        integer(Int(response))
        integer(Int(service))
        text(need.id)
        text(need.country.code)
        text(need.serviceKind.rawValue)
        text(need.service)
        text(need.language?.tag)
        text(need.topic)
        text(need.text)
        integer(need.priority)
        integer(need.currentLevel)
        integer(need.requiredLevel)
        integer(need.headcount)
        text(need.languages.map(\.tag).joined(separator: " "))
        text(need.modes.map(\.rawValue).joined(separator: " "))
        text(need.period)
        text(need.jointCountries.rawValue)
        text(need.jointServices.rawValue)
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
