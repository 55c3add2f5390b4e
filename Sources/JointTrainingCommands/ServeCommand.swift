import ArgumentParser
import Foundation
import Hummingbird
import PlanPipeline
import SurveyStore
import TrainingModel
import WebApp

/// `jointtraining serve`: the web app for respondents and coordinators.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app: respondents answer through their invitation link, coordinators sign in at /login.",
        discussion: """
        Serves everything itself (pages, stylesheet, script): no outside site is contacted. \
        Put it behind a TLS reverse proxy that sets X-Forwarded-Proto: https, or give --secure, \
        so that cookies are only sent over TLS. Create coordinator accounts with `jointtraining user add`. \
        With --smtp (or JOINTTRAINING_SMTP_URL) and --from (or JOINTTRAINING_MAIL_FROM), coordinators \
        send invitations and reminders by e-mail from the invitations page.
        """
    )

    @Option(help: "The database: an SQLite file (created when missing), or postgres://USER@HOST:PORT/DB on a PostgreSQL server shared by several instances.")
    var db: String = "jointtraining.sqlite"

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @OptionGroup var site: SiteAddress

    @Option(help: "The folder with the shipped catalogues, thesaurus and legal base.")
    var curricula: String = "Curricula"

    @Flag(help: "Mark cookies Secure even without X-Forwarded-Proto (the app is reached over TLS).")
    var secure = false

    @Flag(name: .customLong("behind-proxy"), help: "Take the client address from X-Forwarded-For (set only behind a reverse proxy).")
    var behindProxy = false

    @Option(name: .customLong("saves-per-minute"), help: "Draft saves allowed per invitation link and minute; autosave needs 2.")
    var savesPerMinute: Int = 30

    @OptionGroup var mail: MailOptions

    func validate() throws {
        _ = try StoreLocation(db)
        try NumberOptions.check(port, in: NumberOptions.port, option: "--port", meaning: "a port number")
        try NumberOptions.check(savesPerMinute, in: NumberOptions.savesPerMinute, option: "--saves-per-minute", meaning: "a number of saves per link and minute")
        _ = try mail.relayIfGiven()
    }

    func run() async throws {
        let curricula = FileManager.default.fileExists(atPath: curricula) ? curricula : nil
        // Looked for once, and said once here, on the console of whoever runs the server; each
        // plan page says it again to the coordinators, in their language.
        let model = SemanticModel.locate(forCurricula: curricula)
        if let note = model.note { Output.error(note.line(in: LanguageCode("en"))) }
        let settings = WebSettings(
            host: host, port: port, secureCookies: secure, trustForwardedFor: behindProxy,
            curriculaDirectory: curricula,
            baseURL: site.resolved(fallback: "http://\(host):\(port)"),
            draftSaveLimit: .init(failures: savesPerMinute, window: 60),
            mail: try mail.relayIfGiven().map { MailRelay(settings: $0.0, from: $0.1) },
            semanticModel: model
        )
        let location = try StoreLocation(db)
        let (surveys, web) = try await location.open()
        Self.raiseOpenFileLimit()
        // Contact data past their retention period are removed now and then every six hours.
        Task.detached {
            while true {
                if let receipts = try? await surveys.applyRetention(by: "retention") {
                    for receipt in receipts {
                        Output.error("survey \(receipt.survey): \(receipt.addresses) e-mail addresses removed, their retention period has passed")
                    }
                }
                try? await Task.sleep(for: .seconds(6 * 3600))
            }
        }
        let app = try await buildApplication(settings: settings, surveys: surveys, web: web)
        Output.error("JointTraining serves \(location.description) at http://\(host):\(port)/ (coordinators: /login); stop with Ctrl-C")
        try await app.runService()
    }

    /// Lets the server hold as many connections as the system allows: with the usual soft limit
    /// of 1,024 open files, a thousand idle sockets would leave no room for real requests.
    static func raiseOpenFileLimit() {
        var limit = rlimit()
        guard getrlimit(RLIMIT_NOFILE_VALUE, &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(RLIMIT_NOFILE_VALUE, &limit)
    }
}

#if canImport(Glibc)
import Glibc
private let RLIMIT_NOFILE_VALUE = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
#else
import Darwin
private let RLIMIT_NOFILE_VALUE = RLIMIT_NOFILE
#endif
