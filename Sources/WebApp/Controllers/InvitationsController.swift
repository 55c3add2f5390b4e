import Diagnostics
import Foundation
import Hummingbird
import HummingbirdAuth
import SurveyDefinition
import SurveyStore
import TrainingModel

/// Inviting services one by one or from a CSV, withdrawing invitations and reopening
/// submitted responses. New links are shown once, on the page that created them.
struct InvitationsController: Sendable {
    let surveys: any SurveyStore
    let pages: PageRenderer
    let tokens: CSRFTokens
    let clock: WebClock
    let baseURL: String

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("/invitations", use: list)
        group.post("/invitations", use: inviteOne)
        group.post("/invitations/upload", use: inviteList)
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
        if !email.isEmpty && !InvitationList.isPlausibleEmail(email) { content.formProblems.append(text.format(.problemEmail, email)) }
        if days == nil { content.formProblems.append(text[.problemDays]) }
        let chosen = (form["language"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let language = chosen.isEmpty ? nil : LanguageCode(chosen)
        if let language, !InvitationList.invitationLanguages.contains(language) { content.formProblems.append(text[.problemLanguage]) }
        guard content.formProblems.isEmpty, let kind, let days else { return page(request, context, content, text: text, status: .unprocessableContent) }

        let invitation = InvitationRequest(service: ServiceIdentity(country: country, kind: kind, name: name), email: email.isEmpty ? nil : email,
                                           language: language)
        let issued = try await surveys.invite([invitation], to: survey, expiresAt: expiry(days: days), by: coordinator(context))
        content.show(issued, base: baseURL, text: text)
        content.service = ""
        content.email = ""
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
        let issued = try await surveys.invite(requests, to: survey, expiresAt: expiry(days: days), by: coordinator(context))
        content.show(issued, base: baseURL, text: text)
        content.lines = try await lines(survey, text: text)
        return page(request, context, content, text: text)
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
        let (word, date): (CoordinatorWord, Date?) = switch reason {
        case .withdrawn(let at): (.reopenWithdrawn, at)
        case .expired(let at): (.reopenExpired, at)
        case .notSubmitted: (.reopenNotSubmitted, nil)
        }
        return text.format(word, String(invitation), date.map(DateText.day) ?? "")
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
    private func page(_ request: Request, _ context: AppRequestContext, _ content: InvitationsContent, text: CoordinatorText,
                      status: HTTPResponse.Status = .ok) -> HTML {
        HTML(html: pages.render("admin-invitations", AdminPage(
            request, context: context, tokens: tokens, text: text, title: text[.navInvitations],
            address: "/admin/invitations", current: "/admin/invitations", content: content)), status: status)
    }
}
