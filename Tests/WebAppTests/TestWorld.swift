import CurriculumFormats
import Diagnostics
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PostgresStore
import TestSupport
import SurveyDefinition
import SurveyStore
import Testing
import TrainingModel
@testable import WebApp

/// The engines the web app's store tests run on.
enum WebEngine: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }
}

/// A web app on stores in memory (or on a PostgreSQL database), with the shipped survey published, a few services invited
/// and one coordinator account; its clock only moves when a test says so.
struct TestWorld {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let coordinatorName = "anna"
    static let coordinatorPassword = "correct horse battery"

    /// The shipped survey, checked against the shipped thesaurus once for all tests.
    static let publishable: PublishableSurvey = {
        let thesaurus = try! CurriculumReader.thesaurus(file: shipped("Curricula/thesaurus/thb-topics.xml")).value
        let bytes = Array(FileManager.default.contents(atPath: shipped("Surveys/thb-needs-2027.survey.xml"))!)
        return try! PublishableSurvey.check(bytes: bytes, name: "thb-needs-2027.survey.xml", thesaurus: thesaurus).value
    }()

    /// A bcrypt hash of the coordinator's password at the lowest cost, to keep tests quick.
    static let passwordHash = Passwords.hash(coordinatorPassword, cost: 4)

    let clock: ManualClock
    let surveys: any SurveyStore
    let web: any WebStore
    var settings: WebSettings
    /// Tokens by service name: "Politiezone Antwerpen" (BE police), "Politie Rotterdam" (NL police),
    /// "Parquet de Liège" (BE prosecution), "Police grand-ducale" (LU police).
    var tokens: [String: String] = [:]
    var invitationIDs: [String: Int64] = [:]

    static func shipped(_ path: String) -> String {
        packageRoot.appendingPathComponent(path).path
    }

    init(settings: WebSettings = WebSettings(), engine: WebEngine = .sqlite, postgres: PostgresStoreDatabase? = nil) async throws {
        clock = ManualClock()
        switch engine {
        case .sqlite:
            let store = try GRDBSurveyStore.inMemory(clock: clock.clock.now)
            surveys = store
            web = try SQLiteWebStore(database: store.database)
        case .postgres:
            let database = try postgres ?? PostgresStoreDatabase(address: PostgresServer.shared().makeDatabase())
            surveys = try await PostgresSurveyStore(database: database, clock: clock.clock.now)
            web = try await PostgresWebStore(database: database)
        }
        self.settings = settings
        _ = try await surveys.publish(Self.publishable, by: "test")
        try await web.addCoordinator(name: Self.coordinatorName, passwordHash: Self.passwordHash, replace: false, at: clock.clock.now())
        let services: [(CountryCode, ServiceKind, String)] = [
            ("BE", .police, "Politiezone Antwerpen"), ("NL", .police, "Politie Rotterdam"),
            ("BE", .prosecution, "Parquet de Liège"), ("LU", .police, "Police grand-ducale"),
        ]
        let issued = try await surveys.invite(
            services.map { InvitationRequest(service: ServiceIdentity(country: $0.0, kind: $0.1, name: $0.2)) },
            to: "thb-needs-2027", expiresAt: clock.clock.now().addingTimeInterval(90 * 86_400), by: "test")
        for invitation in issued {
            tokens[invitation.request.service.name] = invitation.token
            invitationIDs[invitation.request.service.name] = invitation.id
        }
    }

    func application() async throws -> some ApplicationProtocol {
        try await buildApplication(settings: settings, surveys: surveys, web: web, clock: clock.clock)
    }

    /// Runs `test` against the app in process, with a browser that keeps cookies.
    func run(_ test: @escaping @Sendable (inout Browser) async throws -> Void) async throws {
        let app = try await application()
        try await app.test(.router) { client in
            var browser = Browser(client: client)
            try await test(&browser)
        }
    }
}

/// What a test sees of a response: status, headers and the body as text.
struct Page: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var body: String

    var location: String? { headers[.location] }

    /// The anti-forgery token of the page's first form.
    var csrf: String? { Page.first(#"name="_csrf" value="([^"]+)""#, in: body) }

    var htmlLang: String? { Page.first(#"<html lang="([^"]+)""#, in: body) }

    static func first(_ pattern: String, in text: String) -> String? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    static func all(_ pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: match.numberOfRanges > 1 ? 1 : 0), in: text).map { String(text[$0]) }
        }
    }

    /// The HTML of the element with `id` up to the end of its block, for "next to the field" checks.
    func block(around id: String, length: Int = 4_000) -> String {
        guard let start = body.range(of: "id=\"\(id)\"") else { return "" }
        return String(body[start.lowerBound...].prefix(length))
    }
}

/// A minimal browser over the test client: keeps cookies, posts forms.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var headers: HTTPFields = [:]

    init(client: any TestClientProtocol) {
        self.client = client
    }

    mutating func get(_ uri: String, headers extra: HTTPFields = [:]) async throws -> Page {
        try await send(uri, method: .get, headers: extra, body: nil)
    }

    /// Posts `fields` as `application/x-www-form-urlencoded`.
    mutating func post(_ uri: String, _ fields: [(String, String)], headers extra: HTTPFields = [:]) async throws -> Page {
        var all = extra
        all[.contentType] = "application/x-www-form-urlencoded"
        return try await send(uri, method: .post, headers: all, body: ByteBuffer(string: Self.encode(fields)))
    }

    /// Posts a `multipart/form-data` form with one file.
    mutating func upload(_ uri: String, fields: [(String, String)], file: (field: String, name: String, content: String)) async throws -> Page {
        let boundary = "----JointTrainingTestBoundary"
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: text/csv\r\n\r\n\(file.content)\r\n"
        body += "--\(boundary)--\r\n"
        return try await send(uri, method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: ByteBuffer(string: body))
    }

    mutating func send(_ uri: String, method: HTTPRequest.Method, headers extra: HTTPFields, body: ByteBuffer?) async throws -> Page {
        var headers = self.headers
        for field in extra { headers[field.name] = field.value }
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for cookie in response.headers[values: .setCookie] {
            let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if cookie.contains("Max-Age=0") || pair[1].isEmpty || Self.expired(cookie) {
                cookies[pair[0]] = nil
            } else {
                cookies[pair[0]] = pair[1]
            }
        }
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    /// Signs the test coordinator in and returns the dashboard.
    mutating func signIn(password: String = TestWorld.coordinatorPassword) async throws -> Page {
        let login = try await get("/login")
        return try await post("/login", [("_csrf", login.csrf ?? ""), ("name", TestWorld.coordinatorName), ("password", password)])
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            (name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name) + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
        }.joined(separator: "&")
    }

    private static func expired(_ cookie: String) -> Bool {
        guard let range = cookie.range(of: "Expires=") else { return false }
        let text = cookie[range.upperBound...].split(separator: ";")[0]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: String(text)) else { return false }
        return date < Date()
    }
}

/// A complete, valid set of answers to the shipped survey, as the form sends them.
enum SampleAnswers {
    static func fields(unit: String = "Politiezone Antwerpen", staff: String = "40") -> [(String, String)] {
        [
            ("q:country", "BE"), ("q:service-kind", "police"), ("q:unit", unit), ("q:thb-staff", staff),
            ("q:working-languages", "nl"), ("q:working-languages", "fr"),
            ("m:needs-matrix:labour-exploitation:relevance", "high"),
            ("m:needs-matrix:labour-exploitation:current-level", "1"),
            ("m:needs-matrix:labour-exploitation:required-level", "3"),
            ("m:needs-matrix:labour-exploitation:priority", "4"),
            ("m:needs-matrix:labour-exploitation:staff", "12"),
            ("m:needs-matrix:financial-investigation:relevance", "medium"),
            ("m:needs-matrix:financial-investigation:current-level", "2"),
            ("m:needs-matrix:financial-investigation:required-level", "3"),
            ("m:needs-matrix:financial-investigation:priority", "2"),
            ("m:needs-matrix:financial-investigation:staff", "5"),
            ("q:other-needs", "Interviewing minors with an interpreter"),
            ("r:top-priorities:labour-exploitation", "1"), ("r:top-priorities:financial-investigation", "2"),
            ("q:delivery-modes", "onsite"), ("q:training-languages", "nl"), ("q:training-languages", "en"),
            ("q:duration", "2-3-days"), ("q:preferred-period", "2027-Q2"),
            ("q:joint-countries", "yes"), ("q:joint-services", "maybe"),
        ]
    }
}
