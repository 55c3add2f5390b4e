import ArgumentParser
import Foundation
import PostgresStore
import SurveyStore
import WebApp

/// What `--db` names: an SQLite file (any plain path) or a database on a PostgreSQL server
/// (`postgres://USER@HOST:PORT/DB`, password from PGPASSWORD or ~/.pgpass, `?sslmode=require`
/// for TLS). Both stores of a process share one connection: one SQLite pool, or one
/// PostgreSQL client.
enum StoreLocation {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    /// Reads `--db`; a `postgres://` address that cannot be read is a usage error.
    init(_ db: String) throws {
        guard PostgresLocation.isAddress(db) else {
            self = .sqlite(path: db)
            return
        }
        do {
            self = .postgres(try PostgresLocation.parse(db))
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The database for messages, without a password.
    var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let location): location.description
        }
    }

    /// Opens both stores, their schemas brought up to date.
    func open() async throws -> (surveys: any SurveyStore, web: any WebStore) {
        let opened = try await openWithDatabase()
        return (opened.surveys, opened.web)
    }

    /// Both stores and the one database they share (what `db copy` reads and writes).
    func openWithDatabase() async throws -> (surveys: any SurveyStore, web: any WebStore, database: DatabaseCopy.Side) {
        do {
            switch self {
            case .sqlite(let path):
                // One pool for both stores: the file is opened once.
                let database = try StoreDatabase.open(path: path)
                return (try GRDBSurveyStore(database: database), try SQLiteWebStore(database: database), .sqlite(database))
            case .postgres(let location):
                let database = try PostgresStoreDatabase(location)
                return (try await PostgresSurveyStore(database: database), try await PostgresWebStore(database: database),
                        .postgres(database))
            }
        } catch {
            throw CommandFailure(message: "error: cannot open the database \(description): \(error)")
        }
    }

    /// Opens the survey store alone.
    func openSurveys() async throws -> any SurveyStore {
        do {
            switch self {
            case .sqlite(let path):
                return try GRDBSurveyStore(path: path)
            case .postgres(let location):
                return try await PostgresSurveyStore(database: PostgresStoreDatabase(location))
            }
        } catch {
            throw CommandFailure(message: "error: cannot open the survey database \(description): \(error)")
        }
    }

    /// Opens the web app's store alone.
    func openWeb() async throws -> any WebStore {
        do {
            switch self {
            case .sqlite(let path):
                return try SQLiteWebStore(path: path)
            case .postgres(let location):
                return try await PostgresWebStore(database: PostgresStoreDatabase(location))
            }
        } catch {
            throw CommandFailure(message: "error: cannot open the database \(description): \(error)")
        }
    }
}
