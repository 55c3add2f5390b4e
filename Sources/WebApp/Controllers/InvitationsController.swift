import Diagnostics
import Foundation
import Hummingbird
import HummingbirdAuth
import Mail
import SurveyDefinition
import SurveyMail
import SurveyStore
import TrainingModel

/// Inviting services one by one or from a CSV, withdrawing invitations and reopening
/// submitted responses. New links are shown once, on the page that created them. With a mail
/// relay, new links and reminders are e-mailed from here by the same `InvitationMailer` as
/// `survey invite --send` and `survey remind --send`, each delivery reported per address.
struct InvitationsController: Sendable {
    let surveys: any SurveyStore
    let pages: PageRenderer
    let tokens: CSRFTokens
    let clock: WebClock
    let baseURL: String
    let mail: MailRelay?

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("/invitations", use: list)
        group.post("/invitations", use: inviteOne)
        group.post("/invitations/upload", use: inviteList)
        group.post("/invitations/remind", use: remind)
        group.post("/invitations/:id/revoke", use: revoke)
        group.post("/invitations/:id/reopen", use: reopen)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let text = Self.text(request)
        var content = try await baseContent(request, text: text)
        switch request.uri.queryParameters["done"] {
        case "revoked": content.notice = text[.invitationWithdrawn]
        case "reopened": content.notice = text[.responseReopened]
        default: break
        }
        return page(request, context, content, text: text)
    }

    @Sendable func inviteOne(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let form = context.form
        let text = Self.text(request)
        var content = try await baseContent(request, text: text, country: form["country"] ?? "BE", kind: form["kind"] ?? "police",
                                            language: form["language"] ?? "")
        content.service = form["service"] ?? ""
        content.email = form["email"] ?? ""
        content.days = form["days"] ?? content.days
        let days = Self.validity(content.days)
        guard let survey = content.survey else { return page(request, context, content, text: text, status: .conflict) }

        let country = CountryCode((form["country"] ?? "").uppercased())
        let kind = ServiceKind(rawValue: form["kind"] ?? "")
        let name = content.service.trimmingCharacters(in: .whitespacesAndNewlines)
        let email = content.email.trimmingCharacters(in: .whitespacesAndNewlines)
        if !country.isValid { content.formProblems.append(text[.problemCountry]) }
        if kind == nil { content.formProblems.append(text[.problemKind]) }
        if name.isEmpty { content.formProblems.append(text[.problemService]) }
        if !email.isEmpty && !InvitationList.isPlausibleEmail(email) { content.formProblems.append(text.sentences.problemEmail(email)) }
        if days == nil { content.formProblems.append(text[.problemDays]) }
        let chosen = (form["language"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let language = chosen.isEmpty ? nil : LanguageCode(chosen)
        if let language, !InvitationList.invitationLanguages.contains(language) { content.formProblems.append(text[.problemLanguage]) }
        guard content.formProblems.isEmpty, let kind, let days else { return page(request, context, content, text: text, status: .unprocessableContent) }

        let invitation = InvitationRequest(service: ServiceIdentity(country: country, kind: kind, name: name), email: email.isEmpty ? nil : email,
                                           language: language)
        guard firstSubmission(context) else { return try await alreadyDone(request, context, content, survey: survey, text: text) }
        let issued = try await surveys.invite([invitation], to: survey, expiresAt: expiry(days: days), by: coordinator(context))
        content.show(issued, base: baseURL, text: text)
        content.service = ""
        content.email = ""
        try await send(issued, of: survey, if: form["send"] != nil, into: &content, context: context, text: text)
        content.lines = try await lines(survey, text: text)
        return page(request, context, content, text: text)
    }

    @Sendable func inviteList(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let text = Self.text(request)
        var content = try await baseContent(request, text: text)
        guard let survey = content.survey else { return page(request, context, content, text: text, status: .conflict) }
        content.days = context.form["days"] ?? content.days
        guard let days = Self.validity(content.days) else {
            content.uploadProblems = [text[.problemDays]]
            return page(request, context, content, text: text, status: .unprocessableContent)
        }
        guard let file = context.form.files["file"], !file.bytes.isEmpty else {
            content.uploadProblems = [text[.problemNoCSV]]
            return page(request, context, content, text: text, status: .unprocessableContent)
        }
        let name = file.filename.isEmpty ? "invitations.csv" : file.filename
        let requests: [InvitationRequest]
        do {
            requests = try InvitationList.read(bytes: file.bytes, name: name)
        } catch {
            content.uploadProblems = error.diagnostics.map(\.description)
            return page(request, context, content, text: text, status: .unprocessableContent)
        }
        guard firstSubmission(context) else { return try await alreadyDone(request, context, content, survey: survey, text: text) }
        let issued = try await surveys.invite(requests, to: survey, expiresAt: expiry(days: days), by: coordinator(context))
        content.show(issued, base: baseURL, text: text)
        try await send(issued, of: survey, if: context.form["send"] != nil, into: &content, context: context, text: text)
        content.lines = try await lines(survey, text: text)
        return page(request, context, content, text: text)
    }

    /// E-mails a reminder with a new link to every open invitation with an address, or only
    /// to those that have not submitted; each delivery is reported on the page and logged.
    @Sendable func remind(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let text = Self.text(request)
        var content = try await baseContent(request, text: text)
        guard let survey = content.survey else { return page(request, context, content, text: text, status: .conflict) }
        let notAnswered = context.form["who"] != "open"
        content.remindNotAnswered = notAnswered
        guard let mailer else {
            content.refusal = text[.mailNotSetUp]
            return page(request, context, content, text: text, status: .conflict)
        }
        guard firstSubmission(context) else { return try await alreadyDone(request, context, content, survey: survey, text: text) }
        let reports = try await mailer.sendReminders(of: survey, notAnswered: notAnswered, by: coordinator(context))
        content.showMail(reports, heading: text[.mailResultsReminder], text: text)
        content.lines = try await lines(survey, text: text)
        return page(request, context, content, text: text)
    }

    /// The mailer of `survey invite --send` and `survey remind --send`, when a relay is set up.
    private var mailer: InvitationMailer? {
        let clock = clock
        return mail.map { InvitationMailer(store: surveys, client: SMTPClient(settings: $0.settings), from: $0.from, baseURL: baseURL,
                                           clock: { clock.now() }) }
    }

    /// E-mails the links just issued when the coordinator asked for it; the links are on the
    /// page before anything is sent, so that none is lost if the relay fails.
    private func send(_ issued: [IssuedInvitation], of survey: String, if asked: Bool, into content: inout InvitationsContent,
                      context: AppRequestContext, text: CoordinatorText) async throws {
        guard asked else { return }
        guard let mailer else {
            content.refusal = text[.mailNotSetUp]
            return
        }
        let definition = try await surveys.latestVersion(of: survey).decoded()
        let reports = try await mailer.sendInvitations(issued, survey: definition, by: coordinator(context))
        content.showMail(reports, heading: text[.mailResultsInvitation], text: text)
    }

    /// Withdraws an invitation: its link stops working at once, cached page views included.
    @Sendable func revoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        do {
            try await surveys.revokeInvitation(id, by: coordinator(context))
        } catch SurveyStoreError.unknownInvitationID {
            throw HTTPError(.notFound)
        }
        return Response(status: .seeOther, headers: [.location: "/admin/invitations?done=revoked"])
    }

    /// Makes a submitted response editable again; a refusal is explained on the list, in the
    /// coordinator's language.
    @Sendable func reopen(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        do {
            try await surveys.reopenInvitation(id, by: coordinator(context))
        } catch SurveyStoreError.unknownInvitationID {
            throw HTTPError(.notFound)
        } catch SurveyStoreError.reopenRefused(_, let reason) {
            let text = Self.text(request)
            var content = try await baseContent(request, text: text)
            content.refusal = Self.refusal(reason, invitation: id, text: text)
            return try page(request, context, content, text: text, status: .conflict).response(from: request, context: context)
        }
        return Response(status: .seeOther, headers: [.location: "/admin/invitations?done=reopened"])
    }

    private static func refusal(_ reason: SurveyStoreError.ReopenRefusal, invitation: Int64, text: CoordinatorText) -> String {
        switch reason {
        case .withdrawn(let at): text.sentences.reopenWithdrawn(invitation, on: DateText.day(at))
        case .expired(let at): text.sentences.reopenExpired(invitation, on: DateText.day(at))
        case .notSubmitted: text.sentences.reopenNotSubmitted(invitation)
        }
    }

    // MARK: Steps

    private static func text(_ request: Request) -> CoordinatorText {
        CoordinatorText.for(VisitorLanguage.of(request))
    }

    private func baseContent(_ request: Request, text: CoordinatorText, country: String = "BE", kind: String = "police",
                             language: String = "") async throws -> InvitationsContent {
        do {
            let survey = try await surveys.resolveSurvey(request.uri.queryParameters["survey"].map(String.init))
            var content = InvitationsContent(survey: survey, country: country, kind: kind, language: language, text: text)
            content.canMail = mail != nil
            content.lines = try await lines(survey, text: text)
            return content
        } catch let error as SurveyStoreError {
            return InvitationsContent(survey: nil, problem: text.problem(error), text: text)
        }
    }

    private func lines(_ survey: String, text: CoordinatorText) async throws -> [InvitationsContent.Line] {
        let now = clock.now()
        return try await surveys.invitations(of: survey).map { InvitationsContent.Line($0, at: now, text: text) }
    }

    /// How long links stay valid when the form does not say: as on the command line.
    static let defaultValidityDays = 60

    /// The days a link stays valid, as typed (empty: the default), when a whole number from 1 to 730.
    static func validity(_ typed: String) -> Int? {
        let trimmed = typed.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return defaultValidityDays }
        guard let days = Int(trimmed), (1...730).contains(days) else { return nil }
        return days
    }

    private func expiry(days: Int) -> Date {
        clock.now().addingTimeInterval(TimeInterval(days) * 86_400)
    }

    private func coordinator(_ context: AppRequestContext) -> String {
        context.sessions.session?.name ?? "coordinator"
    }

    /// Every form of the page posts elsewhere; the language switch leads back to the list.
    /// Whether this form is handled for the first time: each rendering of the page gives its
    /// forms a one-time `_once` value, kept in the coordinator's session once used, so that
    /// reloading the page after inviting or sending reminders (the browser posts the form
    /// again) invites and e-mails nobody a second time.
    private func firstSubmission(_ context: AppRequestContext) -> Bool {
        guard let once = context.form["_once"], !once.isEmpty, var session = context.sessions.session else { return true }
        var used = session.usedForms ?? []
        if used.contains(once) { return false }
        used.append(once)
        session.usedForms = Array(used.suffix(20))
        _ = context.sessions.updateSession(session)
        return true
    }

    /// The page after a form was posted again: what was done stands, nothing is done twice.
    private func alreadyDone(_ request: Request, _ context: AppRequestContext, _ content: InvitationsContent, survey: String,
                             text: CoordinatorText) async throws -> HTML {
        var content = content
        content.notice = text[.formAlreadySent]
        content.lines = try await lines(survey, text: text)
        return page(request, context, content, text: text)
    }

    private func page(_ request: Request, _ context: AppRequestContext, _ content: InvitationsContent, text: CoordinatorText,
                      status: HTTPResponse.Status = .ok) -> HTML {
        HTML(html: pages.render("admin-invitations", AdminPage(
            request, context: context, tokens: tokens, text: text, title: text[.navInvitations],
            address: "/admin/invitations", current: "/admin/invitations", content: content)), status: status)
    }
}
