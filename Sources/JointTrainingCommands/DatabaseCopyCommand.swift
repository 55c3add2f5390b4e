import ArgumentParser
import Foundation
import PostgresStore
import SurveyStore
import WebApp

/// `jointtraining db`: work on a database as a whole.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Work on a database as a whole (copy it between SQLite and PostgreSQL).",
        subcommands: [DatabaseCopyCommand.self]
    )
}

/// `jointtraining db copy --from DB --to DB`: every row of one database into an empty other one.
struct DatabaseCopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole database (surveys, responses, audit log, coordinators, plan runs, uploaded catalogues, embedding vectors) into an empty one.",
        discussion: """
        Either side is an SQLite file or postgres://USER@HOST:PORT/DB, e.g. from the SQLite file of \
        one machine into the PostgreSQL server several instances will share, or back. The target \
        must be empty (a new SQLite file is created); the source is only read. Everything goes \
        in one transaction, and every row is read back from the target and compared before the \
        command says it is done.
        """
    )

    @Option(help: "The database to copy from.")
    var from: String

    @Option(help: "The empty database to copy into.")
    var to: String

    func validate() throws {
        _ = try StoreLocation(from)
        _ = try StoreLocation(to)
        guard from != to else { throw ValidationError("--from and --to name the same database") }
    }

    func run() async throws {
        let source = try StoreLocation(from), target = try StoreLocation(to)
        if case .sqlite(let path) = source, !FileManager.default.fileExists(atPath: path) {
            Output.error("error: there is no database at \(path) to copy from")
            throw InputRejected()
        }
        let from = try await source.openWithDatabase().database, to = try await target.openWithDatabase().database
        let receipt: DatabaseCopy.Receipt
        do {
            receipt = try await DatabaseCopy.copy(from: from, to: to)
        } catch let failure as DatabaseCopy.Failure {
            if case .targetNotEmpty = failure {
                Output.error("error: \(target.description): \(failure)")
                throw InputRejected()
            }
            throw CommandFailure(message: "error: \(failure)")
        } catch {
            throw CommandFailure(message: "error: the copy into \(target.description) failed, nothing was kept: \(error)")
        }
        let total = receipt.rows.map(\.count).reduce(0, +)
        for (table, count) in receipt.rows where count > 0 {
            Output.text("\(table): \(count) rows")
        }
        Output.text("copied \(total) rows from \(source.description) into \(target.description); every row read back and compared")
    }
}
