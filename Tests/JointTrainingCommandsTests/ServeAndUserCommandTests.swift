import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite("serve and user commands")
struct ServeAndUserCommandTests {
    /// Runs `jointtraining arguments` with `input` on standard input (nil: no input at all).
    static func run(_ arguments: [String], input: String?) throws -> CommandRunner.Result {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                     errors: String(decoding: errorData, as: UTF8.self))
    }

    static func temporaryDatabase() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jt-user-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("test.sqlite")
    }

    @Test("user add stores a bcrypt hash of the password read from standard input, never the password")
    func addUser() throws {
        let db = try Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: db.deletingLastPathComponent()) }
        let password = "a long enough secret 42"
        let added = try Self.run(["user", "add", "--db", db.path, "--name", "anna"], input: password + "\n")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.contains("coordinator \"anna\" can now sign in at /login"))
        let files = try FileManager.default.contentsOfDirectory(atPath: db.deletingLastPathComponent().path)
        let stored = try files.map { try Data(contentsOf: db.deletingLastPathComponent().appendingPathComponent($0)) }
            .reduce(Data(), +)
        #expect(stored.range(of: Data(password.utf8)) == nil, "the password itself is not stored")
        #expect(stored.range(of: Data("$2b$12$".utf8)) != nil, "a bcrypt hash of cost 12 is")

        let again = try Self.run(["user", "add", "--db", db.path, "--name", "anna"], input: "another long password\n")
        #expect(again.status == 1)
        #expect(again.errors.contains("a coordinator named \"anna\" already exists (use --replace to set a new password); nothing was stored"))
        #expect(try Self.run(["user", "add", "--db", db.path, "--name", "anna", "--replace"], input: "another long password\n").status == 0)
    }

    @Test("user add refuses a short or missing password and a blank name")
    func refusals() throws {
        let db = try Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: db.deletingLastPathComponent()) }
        let short = try Self.run(["user", "add", "--db", db.path, "--name", "bob"], input: "short\n")
        #expect(short.status == 1)
        #expect(short.errors.contains("the password is too short: use at least 10 characters; nothing was stored"))
        let none = try Self.run(["user", "add", "--db", db.path, "--name", "bob"], input: nil)
        #expect(none.status == 1)
        #expect(none.errors.contains("no password on standard input"))
        #expect(try Self.run(["user", "add", "--db", db.path, "--name", " "], input: "long enough password\n").status == 2)
        #expect(try Self.run(["user", "add", "--db", db.path], input: "long enough password\n").status == 2)
        // Nothing was stored: bob can still be added without --replace.
        #expect(try Self.run(["user", "add", "--db", db.path, "--name", "bob"], input: "long enough password\n").status == 0)
    }

    @Test("serve answers on the given address with the security headers and stops on SIGTERM")
    func serve() async throws {
        let db = try Self.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: db.deletingLastPathComponent()) }
        let port = Int.random(in: 20_000...60_000)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["serve", "--db", db.path, "--host", "127.0.0.1", "--port", String(port)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var login: (Data, HTTPURLResponse)?
        for _ in 0..<100 where login == nil {
            if let (data, response) = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/login")!),
               let http = response as? HTTPURLResponse {
                login = (data, http)
            } else {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        let (body, response) = try #require(login, "the server did not answer")
        #expect(response.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("Coordinator sign-in"))
        #expect((response.value(forHTTPHeaderField: "Content-Security-Policy") ?? "").contains("frame-ancestors 'none'"))
        let (_, unknown) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/s/not-a-token")!)
        #expect((unknown as? HTTPURLResponse)?.statusCode == 404)
        // SIGTERM, as a service manager stops it: the server shuts down gracefully and exits 0.
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(try Self.run(["serve", "--port", "70000"], input: nil).status == 2)
    }
}
