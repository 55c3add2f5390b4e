import ArgumentParser
import Foundation
import SurveyStore
import WebApp

/// `jointtraining serve`: the web app for respondents and coordinators.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app: respondents answer through their invitation link, coordinators sign in at /login.",
        discussion: """
        Serves everything itself (pages, stylesheet, script): no outside site is contacted. \
        Put it behind a TLS reverse proxy that sets X-Forwarded-Proto: https, or give --secure, \
        so that cookies are only sent over TLS. Create coordinator accounts with `jointtraining user add`.
        """
    )

    @Option(help: "The database file (created when missing).")
    var db: String = "jointtraining.sqlite"

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(name: .customLong("base-url"), help: "The address respondents use, for the links shown when inviting (default http://HOST:PORT).")
    var baseURL: String?

    @Option(help: "The folder with the shipped catalogues, thesaurus and legal base.")
    var curricula: String = "Curricula"

    @Flag(help: "Mark cookies Secure even without X-Forwarded-Proto (the app is reached over TLS).")
    var secure = false

    @Flag(name: .customLong("behind-proxy"), help: "Take the client address from X-Forwarded-For (set only behind a reverse proxy).")
    var behindProxy = false

    func validate() throws {
        try NumberOptions.check(port, in: NumberOptions.port, option: "--port", meaning: "a port number")
    }

    func run() async throws {
        let settings = WebSettings(
            host: host, port: port, secureCookies: secure, trustForwardedFor: behindProxy,
            curriculaDirectory: FileManager.default.fileExists(atPath: curricula) ? curricula : nil, baseURL: baseURL
        )
        let surveys: GRDBSurveyStore
        let web: SQLiteWebStore
        do {
            surveys = try GRDBSurveyStore(path: db)
            web = try SQLiteWebStore(path: db)
        } catch {
            throw CommandFailure(message: "\(db): cannot open the database: \(error)")
        }
        let app = try await buildApplication(settings: settings, surveys: surveys, web: web)
        Output.error("JointTraining serves \(db) at http://\(host):\(port)/ (coordinators: /login); stop with Ctrl-C")
        try await app.runService()
    }
}
