import Foundation
import Glibc
import HTTPTypes
import Hummingbird
import PostgresStore
import TestSupport
import HummingbirdTesting
import SurveyStore
import SurveyDefinition
import Testing
import TrainingModel
@testable import WebApp

/// What the attack run of the first round broke: lost saves, a crash from one form field, a
/// coordinator locked out by someone else, slow sockets and unauthenticated uploads.
@Suite("reliability")
struct ReliabilityTests {
    /// Two web apps on one database (an SQLite file, or a PostgreSQL database with a pool of
    /// connections each), as two `serve` processes would run.
    struct TwoProcesses {
        let directory: URL
        let clock = ManualClock()
        let first: (surveys: any SurveyStore, web: any WebStore)
        let second: (surveys: any SurveyStore, web: any WebStore)
        var token = ""

        init(_ engine: WebEngine = .sqlite) async throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("jt-reliability-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("jointtraining.sqlite").path
            let now = clock.clock.now
            switch engine {
            case .sqlite:
                let one = try StoreDatabase.open(path: path), two = try StoreDatabase.open(path: path)
                first = (try GRDBSurveyStore(database: one, clock: now), try SQLiteWebStore(database: one))
                second = (try GRDBSurveyStore(database: two, clock: now), try SQLiteWebStore(database: two))
            case .postgres:
                let address = try PostgresServer.shared().makeDatabase()
                let one = try PostgresStoreDatabase(address: address), two = try PostgresStoreDatabase(address: address)
                first = (try await PostgresSurveyStore(database: one, clock: now), try await PostgresWebStore(database: one))
                second = (try await PostgresSurveyStore(database: two, clock: now), try await PostgresWebStore(database: two))
            }
            _ = try await first.surveys.publish(TestWorld.publishable, by: "test")
            try await first.web.addCoordinator(name: TestWorld.coordinatorName, passwordHash: TestWorld.passwordHash, replace: false,
                                               at: clock.clock.now())
            token = try await first.surveys.invite([InvitationRequest(service: ServiceIdentity(country: "NL", kind: .police, name: "Politie Rotterdam"))],
                                                   to: "thb-needs-2027", expiresAt: clock.clock.now().addingTimeInterval(30 * 86_400), by: "test")[0].token
        }

        func apps() async throws -> (some ApplicationProtocol, some ApplicationProtocol) {
            (try await buildApplication(settings: WebSettings(), surveys: first.surveys, web: first.web, clock: clock.clock),
             try await buildApplication(settings: WebSettings(), surveys: second.surveys, web: second.web, clock: clock.clock))
        }

        /// Runs `test` with a client of each app and the link's anti-forgery headers for saves.
        func run(_ test: @escaping @Sendable (any TestClientProtocol, any TestClientProtocol, HTTPFields) async throws -> Void) async throws {
            let (one, two) = try await apps()
            let token = token
            try await one.test(.router) { firstClient in
                try await two.test(.router) { secondClient in
                    var reader = Browser(client: firstClient)
                    let csrf = try await reader.get("/s/\(token)").csrf!
                    try await test(firstClient, secondClient, [HTTPField.Name("X-CSRF-Token")!: csrf, .accept: "application/json"])
                }
            }
        }
    }

    @Test("two processes on one database: X on one, Y on the other, X again on the first: X is stored and shown by both", arguments: WebEngine.allCases)
    func repeatedSaveAcrossProcesses(_ engine: WebEngine) async throws {
        let world = try await TwoProcesses(engine)
        defer { try? FileManager.default.removeItem(at: world.directory) }
        let token = world.token
        try await world.run { firstClient, secondClient, json throws in
            var a = Browser(client: firstClient), b = Browser(client: secondClient)
            #expect(try await a.post("/s/\(token)/save", [("q:unit", "X")], headers: json).body == #"{"revision":1}"#)
            #expect(try await b.post("/s/\(token)/save", [("q:unit", "Y")], headers: json).body == #"{"revision":2}"#)
            #expect(try await a.post("/s/\(token)/save", [("q:unit", "X")], headers: json).body == #"{"revision":3}"#)
            #expect(try await a.get("/s/\(token)").body.contains(#"name="q:unit" value="X""#))
            #expect(try await b.get("/s/\(token)").body.contains(#"name="q:unit" value="X""#))
        }
        let stored = try await world.second.surveys.openInvitation(token: token).answers
        #expect(stored?["unit"] == .text("X"))
    }

    @Test("concurrent saves on one link: every acknowledged revision holds what was sent, and the page shows the latest", arguments: WebEngine.allCases)
    func concurrentSaves(_ engine: WebEngine) async throws {
        let world = try await TwoProcesses(engine)
        defer { try? FileManager.default.removeItem(at: world.directory) }
        let token = world.token
        try await world.run { firstClient, secondClient, json throws in
            var reader = Browser(client: firstClient)
            // Pairs of saves of the same two values, half through each process, all at once.
            let acknowledged = try await withThrowingTaskGroup(of: (Int, String).self) { group in
                for index in 0..<24 {
                    let client: any TestClientProtocol = index.isMultiple(of: 2) ? firstClient : secondClient
                    let value = index % 4 < 2 ? "X" : "Y"
                    group.addTask {
                        var browser = Browser(client: client)
                        let saved = try await browser.post("/s/\(token)/save", [("q:unit", value)], headers: json)
                        #expect(saved.status == .ok)
                        let revision = try JSONDecoder().decode([String: Int].self, from: Data(saved.body.utf8))["revision"] ?? -1
                        return (revision, value)
                    }
                }
                return try await group.reduce(into: [(Int, String)]()) { $0.append($1) }
            }
            let revisions = try await world.first.surveys.revisions(ofInvitation: 1)
            let stored = Dictionary(uniqueKeysWithValues: revisions.map { ($0.number, $0.answers["unit"]) })
            for (revision, value) in acknowledged {
                #expect(stored[revision] == .text(value), "revision \(revision) acknowledged for \(value)")
            }
            let latest = try #require(revisions.last)
            let shown = try await reader.get("/s/\(token)").body
            #expect(shown.contains(#"name="q:unit" value="\#(latest.answers["unit"].map { if case .text(let t) = $0 { t } else { "" } } ?? "")""#))
        }
    }

    @Test("a session survives a restart and a sign-out ends it in every process", arguments: WebEngine.allCases)
    func sessionsInTheDatabase(_ engine: WebEngine) async throws {
        let world = try await TwoProcesses(engine)
        defer { try? FileManager.default.removeItem(at: world.directory) }
        let (one, two) = try await world.apps()
        let cookies = try await one.test(.router) { client throws -> [String: String] in
            var browser = Browser(client: client)
            #expect(try await browser.signIn().location == "/admin")
            return browser.cookies
        }
        try await two.test(.router) { client in
            var browser = Browser(client: client)
            browser.cookies = cookies
            let dashboard = try await browser.get("/admin")
            #expect(dashboard.status == .ok, "the other process knows the session")
            _ = try await browser.post("/logout", [("_csrf", dashboard.csrf!)])
        }
        try await one.test(.router) { client in
            var browser = Browser(client: client)
            browser.cookies = cookies
            let after = try await browser.get("/admin")
            #expect(after.location == "/login", "signed out everywhere")
        }
    }

    @Test("a budget no planner could use is refused with a message in the coordinator's language, and the app goes on")
    func hugeBudget() async throws {
        let world = try await TestWorld()
        try await world.run { browser in
            _ = try await browser.signIn()
            let form = try await browser.get("/admin/plan?lang=fr")
            for budget in ["9e18", "1e19", "-1", "abc", "inf", "nan", "10001"] {
                let refused = try await browser.post("/admin/plan", [("_csrf", form.csrf!), ("budget", budget), ("catalogue", "file:none.xml"), ("lang", "fr")])
                #expect(refused.status == .unprocessableContent, "budget \(budget)")
                #expect(refused.body.contains("un nombre de 0 à 10 000"), "budget \(budget)")
            }
            #expect(try await browser.get("/admin/plan").status == .ok)
        }
        #expect(PlanningController.budget("42,5") == 42.5)
        #expect(PlanningController.budget(" 60 ") == 60)
    }

    @Test("wrong passwords from one address hold back that address only, with a doubling wait")
    func loginBackoff() async throws {
        var settings = WebSettings()
        settings.trustForwardedFor = true
        let world = try await TestWorld(settings: settings)
        try await world.run { attacker in
            attacker.headers[HTTPField.Name("X-Forwarded-For")!] = "203.0.113.9"
            for _ in 1...5 { #expect(try await attacker.signIn(password: "guess guess guess").status == .unauthorized) }
            let blocked = try await attacker.signIn()
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers[.retryAfter] == "1")
            world.clock.advance(by: 1.5)
            #expect(try await attacker.signIn(password: "guess guess guess").status == .unauthorized)
            #expect(try await attacker.signIn().headers[.retryAfter] == "2")

            var coordinator = Browser(client: attacker.client)
            coordinator.headers[HTTPField.Name("X-Forwarded-For")!] = "198.51.100.20"
            let signedIn = try await coordinator.signIn()
            #expect(signedIn.location == "/admin", "the real coordinator is not locked out")
        }
    }

    @Test("an upload's body is read past the small limit only for a signed-in coordinator with a valid token")
    func uploadLimitAfterAuthentication() async throws {
        var settings = WebSettings()
        settings.formBodyLimit = 16 * 1024
        let world = try await TestWorld(settings: settings)
        let csv = "country,kind,service,email\n" + (1...1_000).map { "BE,police,Politiezone \($0),\n" }.joined()
        try await world.run { browser in
            let anonymous = try await browser.upload("/admin/invitations/upload", fields: [], file: ("file", "list.csv", csv))
            #expect(anonymous.status == .contentTooLarge)
            _ = try await browser.signIn()
            let page = try await browser.get("/admin/invitations")
            let forged = try await browser.upload("/admin/invitations/upload?_csrf=forged", fields: [], file: ("file", "list.csv", csv))
            #expect(forged.status == .contentTooLarge)
            let accepted = try await browser.upload("/admin/invitations/upload?_csrf=\(page.csrf!)", fields: [], file: ("file", "list.csv", csv))
            #expect(accepted.status == .ok)
        }
    }

    @Test("a request that arrives too slowly is cut off: headers and bodies have deadlines")
    func slowClients() async throws {
        var settings = WebSettings(port: 0)
        settings.idleSeconds = 1
        settings.requestBodySeconds = 1
        let world = try await TestWorld(settings: settings)
        let app = try await world.application()
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let dribbling = try RawConnection(port: port)
            try dribbling.send("GET /login HTTP/1.1\r\nHost: localhost\r\n")
            #expect(try dribbling.closedWithin(seconds: 4), "an unfinished head is cut off")
            let slowBody = try RawConnection(port: port)
            try slowBody.send("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nname=a")
            #expect(try slowBody.closedWithin(seconds: 4), "an unfinished body is cut off")
            // The server still answers others.
            let polite = try RawConnection(port: port)
            try polite.send("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            #expect(try polite.readAll().hasPrefix("HTTP/1.1 200"))
        }
    }

    @Test("a respondent's token never appears in a log line")
    func redaction() {
        let token = "q0Vh3xq0Vh3xq0Vh3xq0Vh3xq0Vh3xq0Vh3xq0Vh3xA"
        #expect(RespondentPath.redacted("/s/\(token)/save") == "/s/…/save")
        #expect(RespondentPath.redacted("/admin/plan") == "/admin/plan")
    }
}

/// A plain TCP connection to the test server, to send what no well-behaved client would.
final class RawConnection {
    private let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit { close(socket) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(socket, bytes, bytes.count, 0) == bytes.count else { throw POSIXError(.EIO) }
    }

    /// Everything the server sends until it closes the connection.
    func readAll() throws -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Whether the server closes the connection within `seconds` (reads until end of stream).
    func closedWithin(seconds: Int) throws -> Bool {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }
}
