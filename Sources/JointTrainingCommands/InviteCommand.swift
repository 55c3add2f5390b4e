import Diagnostics
import ArgumentParser
import Foundation
import NeedsCSV
import SurveyMail
import Tabular
import SurveyDefinition
import SurveyStore
import TrainingModel

/// `jointtraining survey invite`: creates invitation links, one per service.
struct InviteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Invite a service (or, with --csv, many) and print the invitation link(s).",
        discussion: """
        Each link BASE/s/TOKEN carries a random token that is shown only now: the database \
        keeps only its hash. Send each link to its service; it allows one contribution and \
        expires after --expires-days. With --csv FILE (columns country,kind,service,email) \
        a CSV of the services with their links is printed; if any line is bad, every bad \
        line is reported and nobody is invited.
        """
    )

    @Option(help: "Country of the service (BE, NL, LU, ...).")
    var country: String?

    @Option(help: "Kind of service: \(ServiceKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String?

    @Option(help: "Name of the service or unit.")
    var service: String?

    @Option(help: "E-mail address the link is sent to (kept with the invitation).")
    var email: String?

    @Option(help: "Language of the link's pages and e-mails: nl, fr, de or en (default: from the country and the browser).")
    var lang: String?

    @Option(help: "A CSV of services to invite: columns country,kind,service,email.")
    var csv: String?

    @OptionGroup var site: SiteAddress
    var baseURL: String { site.resolved() }

    @Option(name: .customLong("expires-days"), help: "Days the invitation stays valid.")
    var expiresDays: Int = 60

    @Option(help: "Write the links (CSV with --csv; an xlsx workbook when FILE ends in .xlsx) to this file instead of standard output.")
    var out: String?

    @Flag(help: "E-mail each link to its service's address, in the invitation's language.")
    var send = false

    @OptionGroup var mail: MailOptions

    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if csv == nil && (country == nil || kind == nil || service == nil) {
            throw ValidationError("Give --country, --kind and --service, or --csv FILE.")
        }
        if csv != nil && (country != nil || kind != nil || service != nil || email != nil || lang != nil) {
            throw ValidationError("--csv invites the services of the file; leave out --country, --kind, --service, --email and --lang (the file's language column gives it).")
        }
        try NumberOptions.check(expiresDays, in: NumberOptions.expiresDays, option: "--expires-days", meaning: "a number of days")
        if send { _ = try mail.settings() }
    }

    func run() async throws {
        let requests = try csv.map { path in
            let bytes = try readInput(path)
            return try readOrReport { () throws(InputProblems) in try InvitationList.read(bytes: bytes, name: path) }
        } ?? [single()]
        let store = try await database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        let expiry = Date().addingTimeInterval(Double(expiresDays) * 86_400)
        let issued = try await storeCall { try await store.invite(requests, to: survey, expiresAt: expiry, by: database.who) }
        let day = expiry.formatted(.iso8601.year().month().day())
        if csv == nil, let invitation = issued.first {
            Output.error("invitation \(invitation.id) for \(invitation.request.service.country) \(invitation.request.service.kind.rawValue) \"\(invitation.request.service.name)\", valid until \(day)")
            try writeResult(invitation.link(base: baseURL) + "\n", to: out)
        } else {
            try writeLinks(issued, day: day, survey: survey)
        }
        // The links are written first: if the relay fails, no link is lost.
        if send {
            let mailer = try mail.mailer(store: store, baseURL: baseURL)
            let decoded = try await storeCall { try await store.latestVersion(of: survey).decoded() }
            try MailOptions.report(try await storeCall { try await mailer.sendInvitations(issued, survey: decoded, by: database.who) },
                                   kind: "invitation")
        }
    }

    private func writeLinks(_ issued: [IssuedInvitation], day: String, survey: String) throws {
        let table = Table(name: "invitations", header: ["invitation", "country", "kind", "service", "email", "language", "link", "expires"],
                          rows: issued.map { invitation in
            let service = invitation.request.service
            return [.integer(Int(invitation.id)), .text(service.country.code), .text(service.kind.rawValue), .text(service.name),
                    .text(invitation.request.email), .text(invitation.request.language?.tag), .text(invitation.link(base: baseURL)),
                    .date(Day(invitation.expiresAt))]
        })
        try writeTable(table, as: SheetFormat.chosen(nil, out: out), to: out, what: "\(issued.count) invitation links")
        Output.error("\(issued.count) invitations created for survey \(survey), valid until \(day)")
    }

    private func single() throws -> InvitationRequest {
        var problems: [String] = []
        let code = CountryCode((country ?? "").uppercased())
        if !code.isValid { problems.append("--country \"\(country ?? "")\" is not an ISO 3166-1 country code (e.g. BE, NL, LU)") }
        let serviceKind = ServiceKind(rawValue: kind ?? "")
        if serviceKind == nil { problems.append("--kind \"\(kind ?? "")\" is not a service kind; use one of \(ServiceKind.allCases.map(\.rawValue).joined(separator: ", "))") }
        let name = (service ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems.append("--service is empty; give the name of the service or unit") }
        if let email, !InvitationList.isPlausibleEmail(email) { problems.append("--email \"\(email)\" is not an e-mail address") }
        let language = lang.map { LanguageCode($0.lowercased()) }
        if let language, !InvitationList.invitationLanguages.contains(language) {
            problems.append("--lang \"\(language.tag)\" is not a language of the survey's pages; use nl, fr, de or en")
        }
        guard problems.isEmpty, let serviceKind else {
            for problem in problems { Output.error("error: \(problem)") }
            throw InputRejected()
        }
        return InvitationRequest(service: ServiceIdentity(country: code, kind: serviceKind, name: name), email: email, language: language)
    }
}

/// `jointtraining survey revoke ID`: withdraws an invitation.
struct RevokeInvitationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke",
        abstract: "Withdraw an invitation: its link no longer opens, saves or submits anything."
    )

    @Argument(help: "The invitation number, as printed by `survey invite`.")
    var invitation: Int64

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try await database.open()
        try await storeCall { try await store.revokeInvitation(invitation, by: database.who) }
        Output.text("invitation \(invitation) withdrawn")
    }
}
