import Foundation
import Logging
import NIOCore
import NIOSSL
import PostgresNIO
import _ConnectionPoolModule
import SurveyStore

/// The one connection pool the product opens to a PostgreSQL database, shared by the survey
/// store and the web app's store (each with its own tables and migrations), as `StoreDatabase`
/// is for an SQLite file. The pool runs for the lifetime of this object and reconnects by
/// itself when the server comes back after a restart.
public final class PostgresStoreDatabase: Sendable {
    public let location: PostgresLocation
    let client: PostgresClient
    private let runner: Task<Void, Never>
    package static let logger: Logger = {
        var logger = Logger(label: "jointtraining.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// How long one operation may wait for a connection before the server counts as unreachable.
    let waitLimit: Duration

    /// Opens a pool to `location` (no connection is made until the first operation).
    public init(_ location: PostgresLocation, waitLimit: Duration = .seconds(10)) throws {
        self.location = location
        self.waitLimit = waitLimit
        let tls: PostgresClient.Configuration.TLS
        switch location.tls {
        case .disable: tls = .disable
        case .prefer, .require:
            var configuration = TLSConfiguration.makeClientConfiguration()
            // `require` (as in libpq) encrypts without checking the certificate; `verify-full` checks it.
            configuration.certificateVerification = .none
            tls = location.tls == .prefer ? .prefer(configuration) : .require(configuration)
        case .verifyCA:
            // The certificate's chain is checked against the system's authorities, not its name.
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .noHostnameVerification
            tls = .require(configuration)
        case .verifyFull:
            tls = .require(TLSConfiguration.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(host: location.host, port: location.port, username: location.user,
                                                         password: location.password, database: location.database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.maximumConnections = 20
        let background = Self.logger
        let client = PostgresClient(configuration: configuration, backgroundLogger: background)
        self.client = client
        self.runner = Task { await client.run() }
    }

    /// Opens the database at a `postgres://` address.
    public convenience init(address: String) throws {
        try self.init(PostgresLocation.parse(address))
    }

    deinit {
        runner.cancel()
    }

    /// Ends the pool's connections.
    public func close() async {
        runner.cancel()
        await runner.value
    }

    /// Runs each statement of `sql` as it is, in one transaction, and gives the last one's rows
    /// as text (NULL as nil, bytea as `\\x` and hex): for maintenance and for tests that go
    /// past the store.
    public func textRows(_ sql: String) async throws -> [[String?]] {
        try await plain { connection in
            var rows: [[String?]] = []
            for statement in SQLStatements.split(sql) {
                rows = try await connection.rows(PostgresQuery(unsafeSQL: statement)).map { row in
                    try row.map { cell in try Self.text(cell) }
                }
            }
            return rows
        }
    }

    private static func text(_ cell: PostgresCell) throws -> String? {
        guard cell.bytes != nil else { return nil }
        switch cell.dataType {
        case .int2, .int4, .int8: return String(try cell.decode(Int.self))
        case .bool: return try cell.decode(Bool.self) ? "t" : "f"
        case .float4, .float8: return String(try cell.decode(Double.self))
        case .bytea: return "\\x" + (try cell.decode(Data.self)).map { String(format: "%02x", $0) }.joined()
        case .timestamptz, .timestamp: return ISO8601DateFormatter().string(from: try cell.decode(Date.self))
        default: return try cell.decode(String.self)
        }
    }

    // MARK: Transactions

    /// Runs `body` as one serializable transaction, retried from the start when PostgreSQL
    /// refuses it for a conflict with a concurrent one: what SQLite gets from its single writer.
    public func write<Value: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Value) async throws -> Value {
        try await transaction("BEGIN ISOLATION LEVEL SERIALIZABLE", body)
    }

    /// Runs `body` as one transaction at READ COMMITTED, for the steps on one invitation that
    /// begin by locking its row (`FOR UPDATE`): concurrent saves of one link then take turns, as
    /// behind SQLite's single writer, while saves of different links never conflict (under
    /// SERIALIZABLE their index reads made them refuse each other by the thousands).
    public func locking<Value: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Value) async throws -> Value {
        try await transaction("BEGIN ISOLATION LEVEL READ COMMITTED", body)
    }

    /// Runs `body` on one consistent snapshot, without writing.
    public func read<Value: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Value) async throws -> Value {
        try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    /// Runs `body` in a transaction of the default level (READ COMMITTED), for migrations that
    /// wait on a lock and must then see what the process before them committed, and for rows
    /// only ever added, never changed (`ON CONFLICT DO NOTHING`), which no conflict can corrupt.
    package func plain<Value: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Value) async throws -> Value {
        try await transaction("BEGIN", body)
    }

    private func transaction<Value: Sendable>(_ begin: String, _ body: @Sendable (PostgresConnection) async throws -> Value) async throws -> Value {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await withConnection { connection in
                    try await connection.exec(PostgresQuery(unsafeSQL: begin))
                    do {
                        let value = try await body(connection)
                        try await connection.exec("COMMIT")
                        return value
                    } catch {
                        _ = try? await connection.exec("ROLLBACK")
                        throw error
                    }
                }
            } catch let error as ConnectionPoolError {
                // The pool stopped waiting for the server (its circuit breaker): it keeps trying in the background.
                throw StoreUnavailable(location: location.description, reason: "\(error)")
            } catch let error as PSQLError {
                let translated = translate(error)
                if let failure = translated as? PostgresQueryError, failure.isConflict, attempt < 30 {
                    // Another transaction touched the same rows: run again after a short, random pause.
                    try await Task.sleep(for: .milliseconds(Int.random(in: 1...(5 * min(attempt, 10)))))
                    continue
                }
                throw translated
            }
        }
    }

    /// A connection from the pool, or `StoreUnavailable` when none comes within the wait limit
    /// (the pool keeps trying to reach the server meanwhile). Only the wait is limited: a long
    /// transaction, once it has its connection, runs to its end.
    func withConnection<Value: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> Value) async throws -> Value {
        let limit = waitLimit
        let unavailable = StoreUnavailable(location: location.description, reason: "no connection within \(limit.components.seconds) s")
        let wait = WaitOutcome()
        return try await withoutActuallyEscaping(body) { body in
            try await withThrowingTaskGroup(of: Value?.self) { group in
                group.addTask {
                    try await self.client.withConnection { connection in
                        // A connection that comes after the caller was told "unavailable" runs
                        // nothing: what the caller was told stays true.
                        guard wait.settle(.acquired) == .acquired else { throw unavailable }
                        return try await body(connection)
                    }
                }
                group.addTask {
                    try? await Task.sleep(for: limit)
                    return nil
                }
                while let result = try await group.next() {
                    if let value = result {
                        group.cancelAll()
                        return value
                    }
                    // The wait is over: either the body has its connection (and its result is
                    // awaited, whatever it takes), or nothing will run.
                    if wait.settle(.gaveUp) == .gaveUp {
                        group.cancelAll()
                        throw unavailable
                    }
                }
                throw unavailable
            }
        }
    }

    /// The error as the store reports it: unreachable servers as `StoreUnavailable`, SQL errors
    /// with their SQLSTATE and the server's message (PSQLError's own description hides both).
    func translate(_ error: PSQLError) -> any Error {
        switch error.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .poolClosed:
            let underlying = error.underlying.map { String(describing: $0) } ?? "\(error.code)"
            return StoreUnavailable(location: location.description, reason: underlying)
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "error"
            // 57P01-03: the server is shutting down or starting; 08xxx: connection exceptions.
            if state.hasPrefix("57P") || state.hasPrefix("08") {
                return StoreUnavailable(location: location.description, reason: message)
            }
            return PostgresQueryError(sqlState: state, message: message)
        default:
            return PostgresQueryError(sqlState: "", message: String(reflecting: error))
        }
    }
}

/// Set once, read from any task.
/// How the wait for a connection ended, decided once: the connection came first, or the wait
/// limit did.
private final class WaitOutcome: @unchecked Sendable {
    enum State { case waiting, acquired, gaveUp }
    private let lock = NSLock()
    private var state = State.waiting

    /// Settles the outcome as `wanted` unless it is already settled; returns the outcome.
    func settle(_ wanted: State) -> State {
        lock.withLock {
            if state == .waiting { state = wanted }
            return state
        }
    }
}

/// An SQL statement PostgreSQL refused, with its SQLSTATE and the server's message (e.g. a
/// trigger's "a saved revision never changes").
public struct PostgresQueryError: Error, CustomStringConvertible, Sendable {
    public var sqlState: String
    public var message: String

    /// A serialization failure or deadlock: the transaction may simply be run again.
    var isConflict: Bool { sqlState == "40001" || sqlState == "40P01" }

    public var description: String { message }
}

// MARK: Query helpers

extension PostgresConnection {
    /// Every row of the query's result.
    package func rows(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        var rows: [PostgresRandomAccessRow] = []
        for try await row in try await self.query(query, logger: PostgresStoreDatabase.logger) {
            rows.append(row.makeRandomAccess())
        }
        return rows
    }

    /// The first column of the first row, nil when there is no row or it holds NULL.
    package func value<Value: PostgresDecodable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value? {
        guard let row = try await rows(query).first, row[0].bytes != nil else { return nil }
        return try row[0].decode(Value.self)
    }

    /// The first column of every row.
    package func values<Value: PostgresDecodable>(_ query: PostgresQuery, as type: Value.Type) async throws -> [Value] {
        try await rows(query).map { try $0[0].decode(Value.self) }
    }

    /// Runs a statement; its result rows (e.g. `RETURNING 1`) are counted.
    @discardableResult
    package func exec(_ query: PostgresQuery) async throws -> Int {
        var count = 0
        for try await _ in try await self.query(query, logger: PostgresStoreDatabase.logger) { count += 1 }
        return count
    }
}

extension PostgresRandomAccessRow {
    /// The value of a column by name.
    package func get<Value: PostgresDecodable>(_ column: String, as type: Value.Type = Value.self) throws -> Value {
        try self[column].decode(Value.self)
    }

    /// The value of a column by position.
    package func get<Value: PostgresDecodable>(_ index: Int, as type: Value.Type = Value.self) throws -> Value {
        try self[index].decode(Value.self)
    }
}

/// SQL text cut into its statements at the semicolons outside quotes, comments and
/// dollar-quoted bodies, since the extended protocol takes one statement at a time.
enum SQLStatements {
    static func split(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var characters = Array(sql)[...]
        var dollarTag: String?
        var inQuote = false
        while let character = characters.popFirst() {
            current.append(character)
            if let tag = dollarTag {
                if current.hasSuffix(tag) { dollarTag = nil }
                continue
            }
            if inQuote {
                if character == "'" { inQuote = false }
                continue
            }
            switch character {
            case "'": inQuote = true
            case "-" where characters.first == "-":
                while let next = characters.first, next != "\n" { current.append(next); characters.removeFirst() }
            case "$":
                // $$ or $tag$ opens a body that ends at the same tag.
                var tag = "$"
                var lookahead = characters
                while let next = lookahead.popFirst() {
                    tag.append(next)
                    if next == "$" { break }
                    if !(next.isLetter || next.isNumber || next == "_") { tag = ""; break }
                }
                if tag.count >= 2 && tag.hasSuffix("$") {
                    current.append(contentsOf: tag.dropFirst())
                    characters = lookahead
                    dollarTag = tag
                }
            case ";":
                let statement = current.dropLast().trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { statements.append(statement) }
                current = ""
            default: break
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { statements.append(rest) }
        return statements
    }
}
