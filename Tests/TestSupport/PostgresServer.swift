import Foundation

/// A throwaway PostgreSQL server for tests: a new cluster made with `initdb` in a temporary
/// folder and run with `pg_ctl` on 127.0.0.1 at a free port, from Debian's `postgresql` package
/// (installed by `.ci/setup`). One server per test process, started on first use and stopped
/// when the process exits; each test takes a database of its own (`makeDatabase`).
///
/// `initdb` refuses to run as root: as root, the cluster belongs to the `postgres` user that the
/// Debian package creates, and the programs run as that user (`runuser`).
public final class PostgresServer: @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case failed(String)

        public var description: String {
            switch self {
            case .notInstalled:
                "PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin): run .ci/setup, which installs Debian's postgresql package"
            case .failed(let message): "the test PostgreSQL server did not start: \(message)"
            }
        }
    }

    /// The server of this test process, started on first use.
    public static func shared() throws -> PostgresServer {
        try lock.withLock {
            if let server = current { return server }
            let server = try PostgresServer()
            current = server
            atexit { PostgresServer.current?.stop() }
            return server
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var current: PostgresServer?

    public let port: Int
    public let user = "postgres"
    public let folder: URL
    private let bin: URL
    private var databases = 0
    private let databaseLock = NSLock()

    /// The folder of the newest installed PostgreSQL's programs.
    static func binaries() -> URL? {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return versions.compactMap { Int($0) }.sorted().last
            .map { root.appendingPathComponent(String($0)).appendingPathComponent("bin") }
            .flatMap { FileManager.default.fileExists(atPath: $0.appendingPathComponent("initdb").path) ? $0 : nil }
    }

    /// A server of its own, for a test that stops and restarts it; `stop()` ends it.
    public init() throws {
        guard let bin = Self.binaries() else { throw Failure.notInstalled }
        self.bin = bin
        folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("jt-postgres-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        port = try Self.freePort()
        if getuid() == 0 {
            try Self.run("/usr/bin/chown", ["postgres:postgres", folder.path])
        }
        let data = folder.appendingPathComponent("data").path
        try runAsOwner("initdb", ["-D", data, "-U", user, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        let options = "-c listen_addresses=127.0.0.1 -c port=\(port) -c unix_socket_directories='\(folder.path)' -c fsync=off -c max_connections=200"
        try runAsOwner("pg_ctl", ["-D", data, "-l", folder.appendingPathComponent("log").path, "-o", options, "-w", "-t", "60", "start"],
                       capture: false)
    }

    /// A new, empty database on the server; its `postgres://` address.
    public func makeDatabase() throws -> String {
        let name = databaseLock.withLock { () -> String in
            databases += 1
            return "t\(databases)"
        }
        try runAsOwner("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", user, name])
        return address(name)
    }

    /// The address of database `name`.
    public func address(_ name: String) -> String {
        "postgres://\(user)@127.0.0.1:\(port)/\(name)"
    }

    /// Stops the server at once (as a crash or a restart would), keeping its data.
    public func stopNow() throws {
        try runAsOwner("pg_ctl", ["-D", folder.appendingPathComponent("data").path, "-m", "immediate", "-w", "stop"])
    }

    /// Starts the server again after `stopNow`.
    public func start() throws {
        let options = "-c listen_addresses=127.0.0.1 -c port=\(port) -c unix_socket_directories='\(folder.path)' -c fsync=off -c max_connections=200"
        try runAsOwner("pg_ctl", ["-D", folder.appendingPathComponent("data").path, "-l", folder.appendingPathComponent("log").path,
                                  "-o", options, "-w", "-t", "60", "start"], capture: false)
    }

    /// Stops the server and removes its folder.
    public func stop() {
        _ = try? runAsOwner("pg_ctl", ["-D", folder.appendingPathComponent("data").path, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs one of PostgreSQL's programs as the cluster's owner. `capture: false` for
    /// `pg_ctl start`, whose server keeps any pipe it is given open: its output goes to the log.
    private func runAsOwner(_ program: String, _ arguments: [String], capture: Bool = true) throws {
        let path = bin.appendingPathComponent(program).path
        do {
            if getuid() == 0 {
                try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", path] + arguments, capture: capture)
            } else {
                try Self.run(path, arguments, capture: capture)
            }
        } catch Failure.failed(let message) where !capture {
            let log = (try? String(contentsOf: folder.appendingPathComponent("log"), encoding: .utf8)) ?? ""
            throw Failure.failed(message + log)
        }
    }

    /// Runs a program to its end, its output in a file (read on failure). posix_spawn and
    /// waitpid rather than `Process`: `pg_ctl start` leaves a server running that `Process`'s
    /// waiting did not always come back from.
    private static func run(_ path: String, _ arguments: [String], capture: Bool = true) throws {
        let outputPath = "/tmp/jt-pg-output-\(getpid())-\(UUID().uuidString.prefix(8))"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else of this process goes with it: a server started here would otherwise keep
        // other tests' pipes open (an SMTP sink waiting for the end of its input would never stop).
        if let closeFrom = Self.addCloseFrom { _ = closeFrom(&actions, 3) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure.failed("\(path) could not be started (\(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7f) == 0 && ((status >> 8) & 0xff) == 0
        guard exited else {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            throw Failure.failed("\(URL(fileURLWithPath: path).lastPathComponent) \(arguments.joined(separator: " ")) failed: \(text)")
        }
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
    /// module does not declare.
    private static let addCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// A port nothing listens on now, found by binding port 0.
    private static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure.failed("no socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw Failure.failed("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
