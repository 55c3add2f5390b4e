import ArgumentParser
import Foundation
import WebApp
#if canImport(Glibc)
import Glibc
#endif

/// `jointtraining user`: coordinators' accounts for the web app.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the coordinators who can sign in to the web app.",
        subcommands: [AddUserCommand.self]
    )
}

/// `jointtraining user add --db DB --name N`: a coordinator account, password stored as a bcrypt hash.
struct AddUserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a coordinator account (the password is asked for, or read from standard input).",
        discussion: """
        At a terminal the password is asked twice without showing it; otherwise the first line \
        of standard input is the password, e.g. `printf '%s\\n' "$PASSWORD" | jointtraining user add --name anna`. \
        Only a bcrypt hash of it is stored.
        """
    )

    @Option(help: "The database: an SQLite file (created when missing), or postgres://USER@HOST:PORT/DB.")
    var db: String = "jointtraining.sqlite"

    @Option(help: "The name the coordinator signs in with.")
    var name: String

    @Flag(help: "Set a new password for an existing coordinator.")
    var replace = false

    func validate() throws {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty || trimmed != name || name.count > 100 {
            throw ValidationError("--name must be 1 to 100 characters without leading or trailing spaces")
        }
    }

    func run() async throws {
        let password: String
        if isatty(STDIN_FILENO) != 0 {
            let first = try Self.prompt("Password for \(name): ")
            let second = try Self.prompt("Repeat the password: ")
            guard first == second else {
                Output.error("the two passwords differ; nothing was stored")
                throw InputRejected()
            }
            password = first
        } else {
            guard let line = readLine(strippingNewline: true) else {
                Output.error("no password on standard input; nothing was stored")
                throw InputRejected()
            }
            password = line
        }
        if let problem = Passwords.problem(with: password) {
            Output.error("\(problem); nothing was stored")
            throw InputRejected()
        }
        let store = try await StoreLocation(db).openWeb()
        do {
            try await store.addCoordinator(name: name, passwordHash: Passwords.hash(password), replace: replace, at: Date())
        } catch let error as WebStoreError {
            Output.error("\(error.description); nothing was stored")
            throw InputRejected()
        }
        Output.text("coordinator \"\(name)\" can now sign in at /login")
    }

    /// Reads a line from the terminal without echoing it.
    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw CommandFailure(message: "no password given") }
        return line
    }
}
