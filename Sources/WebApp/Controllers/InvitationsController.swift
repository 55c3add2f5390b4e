import Diagnostics
import Foundation
import Hummingbird
import SurveyDefinition
import SurveyStore
import TrainingModel

/// Inviting services one by one or from a CSV, withdrawing invitations and reopening
/// submitted responses. New links are shown once, on the page that created them.
struct InvitationsController: Sendable {
    let surveys: any SurveyStore
    let pages: PageRenderer
    let tokens: CSRFTokens
    let invitations: InvitationCache
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
        var content = try await baseContent(request)
        let text = UIText.for(VisitorLanguage.of(request))
        switch request.uri.queryParameters["done"] {
        case "revoked": content.notice = .init(text: text.invitationWithdrawn, lang: text.language.tag)
        case "reopened": content.notice = .init(text: text.responseReopened, lang: text.language.tag)
        default: break
        }
        return try await page(context, content)
    }

    @Sendable func inviteOne(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let form = context.form
        var content = try await baseContent(request, country: form["country"] ?? "BE", kind: form["kind"] ?? "police")
        content.service = form["service"] ?? ""
        content.email = form["email"] ?? ""
        content.days = Int(form["days"] ?? "") ?? 90
        guard let survey = content.survey else { return try await page(context, content, status: .conflict) }

        let country = CountryCode((form["country"] ?? "").uppercased())
        let kind = ServiceKind(rawValue: form["kind"] ?? "")
        let name = content.service.trimmingCharacters(in: .whitespacesAndNewlines)
        let email = content.email.trimmingCharacters(in: .whitespacesAndNewlines)
        if !country.isValid { content.formProblems.append("Country: choose BE, NL or LU.") }
        if kind == nil { content.formProblems.append("Kind of service: choose one of the list.") }
        if name.isEmpty { content.formProblems.append("Service: give the name of the service or unit.") }
        if !email.isEmpty && !InvitationList.isPlausibleEmail(email) { content.formProblems.append("E-mail: \"\(email)\" is not an e-mail address.") }
        if !(1...730).contains(content.days) { content.formProblems.append("Valid for: give a number of days from 1 to 730.") }
        guard content.formProblems.isEmpty, let kind else { return try await page(context, content, status: .unprocessableContent) }

        let request = InvitationRequest(service: ServiceIdentity(country: country, kind: kind, name: name), email: email.isEmpty ? nil : email)
        let issued = try await surveys.invite([request], to: survey, expiresAt: expiry(days: content.days), by: coordinator(context))
        content.show(issued, base: baseURL)
        content.service = ""
        content.email = ""
        content.lines = try await lines(survey)
        return try await page(context, content)
    }

    @Sendable func inviteList(_ request: Request, context: AppRequestContext) async throws -> HTML {
        var content = try await baseContent(request)
        guard let survey = content.survey else { return try await page(context, content, status: .conflict) }
        content.days = Int(context.form["days"] ?? "") ?? 90
        guard let file = context.form.files["file"], !file.bytes.isEmpty else {
            content.uploadProblems = ["Choose a CSV file with the columns country, kind, service and email."]
            return try await page(context, content, status: .unprocessableContent)
        }
        let name = file.filename.isEmpty ? "invitations.csv" : file.filename
        let requests: [InvitationRequest]
        do {
            requests = try InvitationList.read(bytes: file.bytes, name: name)
        } catch {
            content.uploadProblems = error.diagnostics.map(\.description)
            return try await page(context, content, status: .unprocessableContent)
        }
        let issued = try await surveys.invite(requests, to: survey, expiresAt: expiry(days: content.days), by: coordinator(context))
        content.show(issued, base: baseURL)
        content.lines = try await lines(survey)
        return try await page(context, content)
    }

    /// Withdraws an invitation: its link stops working at once, cached page views included.
    @Sendable func revoke(_ request: Request, context: AppRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        do {
            try await surveys.revokeInvitation(id, by: coordinator(context))
            invitations.forget(invitation: id)
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
            invitations.forget(invitation: id)
        } catch SurveyStoreError.unknownInvitationID {
            throw HTTPError(.notFound)
        } catch SurveyStoreError.reopenRefused(_, let reason) {
            var content = try await baseContent(request)
            content.refusal = Self.refusal(reason, invitation: id, text: UIText.for(VisitorLanguage.of(request)))
            return try await page(context, content, status: .conflict).response(from: request, context: context)
        }
        return Response(status: .seeOther, headers: [.location: "/admin/invitations?done=reopened"])
    }

    private static func refusal(_ reason: SurveyStoreError.ReopenRefusal, invitation: Int64, text: UIText) -> InvitationsContent.Message {
        let (words, date): (String, Date?) = switch reason {
        case .withdrawn(let at): (text.reopenWithdrawn, at)
        case .expired(let at): (text.reopenExpired, at)
        case .notSubmitted: (text.reopenNotSubmitted, nil)
        }
        let message = words.replacingOccurrences(of: "%1", with: String(invitation))
            .replacingOccurrences(of: "%2", with: date.map(DateText.day) ?? "")
        return .init(text: message, lang: text.language.tag)
    }

    // MARK: Steps

    private func baseContent(_ request: Request, country: String = "BE", kind: String = "police") async throws -> InvitationsContent {
        do {
            let survey = try await surveys.resolveSurvey(request.uri.queryParameters["survey"].map(String.init))
            var content = InvitationsContent(survey: survey, country: country, kind: kind)
            content.lines = try await lines(survey)
            return content
        } catch let error as SurveyStoreError {
            return InvitationsContent(survey: nil, problem: error.description)
        }
    }

    private func lines(_ survey: String) async throws -> [InvitationsContent.Line] {
        let now = clock.now()
        return try await surveys.invitations(of: survey).map { InvitationsContent.Line($0, at: now) }
    }

    private func expiry(days: Int) -> Date {
        clock.now().addingTimeInterval(TimeInterval(days) * 86_400)
    }

    private func coordinator(_ context: AppRequestContext) -> String {
        context.sessions.session?.name ?? "coordinator"
    }

    private func page(_ context: AppRequestContext, _ content: InvitationsContent, status: HTTPResponse.Status = .ok) async throws -> HTML {
        HTML(html: pages.render("admin-invitations", AdminPage(
            pageTitle: "Invitations", coordinator: coordinator(context), csrf: context.csrfBinding.map { tokens.token(for: $0) } ?? "",
            nav: AdminPage<InvitationsContent>.navigation(current: "/admin/invitations"), content: content)), status: status)
    }
}
