import ArgumentParser
import Diagnostics
import Foundation
import SurveyStore

/// The options every survey command shares: the database and who acts.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "The survey database: an SQLite file, or postgres://USER@HOST:PORT/DB on a PostgreSQL server (password from PGPASSWORD or ~/.pgpass; ?sslmode=require for TLS).")
    var db: String = "./jointtraining.sqlite"

    @Option(help: "Who acts, as written in the audit log (default: the login name).")
    var actor: String?

    var who: String {
        actor ?? ProcessInfo.processInfo.environment["USER"] ?? "coordinator"
    }

    func validate() throws {
        _ = try StoreLocation(db)
    }

    /// Opens the store; only publishing may create a new SQLite file (a PostgreSQL database is
    /// created on its server, by its administrator).
    func open(creating: Bool = false) async throws -> any SurveyStore {
        let location = try StoreLocation(db)
        if case .sqlite = location, !creating && !FileManager.default.fileExists(atPath: db) {
            Output.error("error: there is no survey database at \(db); publish a survey first with `jointtraining survey publish FILE --db \(db)`")
            throw InputRejected()
        }
        let store = try await location.openSurveys()
        // Contact data past their retention period go before anything else reads them.
        do {
            for receipt in try await store.applyRetention(by: who) {
                Output.error("survey \(receipt.survey): \(receipt.addresses) e-mail addresses removed, their retention period after the survey closed has passed")
            }
        } catch {
            throw CommandFailure(message: "error: cannot apply the retention period in \(location.description): \(error)")
        }
        return store
    }
}

/// The `--survey` option of commands that work on one survey.
struct SurveyOption: ParsableArguments {
    @Option(help: "The survey id; may be left out when the database holds one survey.")
    var survey: String?
}

/// Runs a store call; a refusal is printed for people and rejects the input (exit 1),
/// problems in an input file are all printed with their place.
func storeCall<Value>(_ call: () async throws -> Value) async throws -> Value {
    do {
        return try await call()
    } catch let error as SurveyStoreError {
        Output.error("error: \(error)")
        throw InputRejected()
    } catch let problems as InputProblems {
        for diagnostic in problems.diagnostics { Output.error(diagnostic.description) }
        throw InputRejected()
    } catch let error as InputRejected {
        throw error
    } catch let error as CommandFailure {
        throw error
    } catch {
        throw CommandFailure(message: "error: the survey database failed: \(error)")
    }
}

/// The bytes of an input file, or every reason it cannot be read, as a diagnostic.
func readInput(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
        Output.error("\(path):1:1: \(reason)")
        throw InputRejected()
    }
    return [UInt8](data)
}

/// Writes a command's result to `--out` or, without it, to standard output.
func writeResult(_ text: String, to path: String?) throws {
    guard let path else {
        Output.data(text)
        return
    }
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
        throw CommandFailure(message: "error: cannot write \(path): \(error.localizedDescription)")
    }
}
