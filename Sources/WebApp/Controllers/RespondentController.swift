import Foundation
import Hummingbird
import SurveyDefinition
import SurveyStore
import TrainingModel

/// The respondent's pages under `/s/{token}`: the survey form, draft saving (button and
/// autosave), submission and the receipt with a printable copy.
///
/// Every request first checks the client is not refused for guessing links, then opens the
/// invitation in the store (never from a copy kept in this process: another process may have
/// saved, submitted or withdrawn since); an unknown, withdrawn or expired link gets the same 404
/// page with no hint why, and counts as a failed guess. A save is acknowledged only once the
/// store committed it.
struct RespondentController: Sendable {
    let surveys: any SurveyStore
    let pages: PageRenderer
    let tokens: CSRFTokens
    let guesses: RateLimiter
    /// Draft saves per invitation: one link cannot flood the store.
    let saves: RateLimiter
    let form: SurveyFormRenderer
    let trustForwardedFor: Bool

    func add(to router: Router<AppRequestContext>) {
        router.get("/s/:token", use: show)
        router.post("/s/:token", use: submit)
        router.post("/s/:token/save", use: save)
        router.get("/s/:token/receipt", use: receipt)
    }

    /// An opened invitation with its decoded survey.
    struct Opened {
        var token: String
        var invitation: OpenedInvitation
        var survey: Survey { invitation.survey }
        var base: String { "/s/" + token }
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let opened = try await open(request, context: context)
        let language = language(for: request, opened: opened, explicit: request.uri.queryParameters["lang"].map(String.init))
        if let submission = opened.invitation.submission {
            return try receiptPage(opened, submission: submission, language: language, justSubmitted: false)
                .response(from: request, context: context)
        }
        let answers = opened.invitation.answers ?? prefilled(opened)
        let saved = request.uri.queryParameters["saved"] != nil
        return try formPage(opened, answers: answers, problems: [], language: language, saved: saved, status: .ok)
            .response(from: request, context: context)
    }

    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let opened = try await open(request, context: context)
        let language = formLanguage(context.form, request: request, opened: opened)
        let wantsJSON = request.headers[.accept]?.contains("application/json") == true
        if opened.invitation.submission != nil {
            if wantsJSON { return json(["error": "submitted"], status: .conflict) }
            return redirect(opened.base + "?lang=" + language.tag)
        }
        try await countSave(opened)
        let (answers, _) = AnswerForm.answers(from: context.form, survey: opened.survey, language: language)
        // The page's own saves every 30 s say so; only the latest of them is kept.
        let origin: DraftOrigin = context.form["_autosave"] == "1" ? .autosave : .respondent
        let revision: Int
        do {
            revision = try await surveys.saveDraft(token: opened.token, answers: answers, origin: origin).revision
        } catch SurveyStoreError.alreadySubmitted {
            if wantsJSON { return json(["error": "submitted"], status: .conflict) }
            return redirect(opened.base + "?lang=" + language.tag)
        } catch SurveyStoreError.draftsQuotaReached {
            throw HTTPError(.contentTooLarge)
        } catch let error as SurveyStoreError {
            try await refused(error, token: opened.token, request: request, context: context)
        }
        if wantsJSON { return json(["revision": revision], status: .ok) }
        return redirect(opened.base + "?lang=" + language.tag + "&saved=1")
    }

    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let opened = try await open(request, context: context)
        let language = formLanguage(context.form, request: request, opened: opened)
        let receiptAddress = opened.base + "/receipt?lang=" + language.tag
        if opened.invitation.submission != nil { return redirect(receiptAddress) }
        try await countSave(opened)
        let (answers, formProblems) = AnswerForm.answers(from: context.form, survey: opened.survey, language: language)
        let check = AnswerValidator(survey: opened.survey).check(answers, mode: .submission)
        var problems = formProblems + check.problems
        var keptByStore = false
        if problems.isEmpty {
            do {
                _ = try await surveys.submit(token: opened.token, answers: answers)
                return redirect(receiptAddress)
            } catch SurveyStoreError.alreadySubmitted {
                return redirect(receiptAddress)
            } catch SurveyStoreError.draftsQuotaReached {
                throw HTTPError(.contentTooLarge)
            } catch SurveyStoreError.answersRejected(let rejected) {
                // The store keeps refused answers as a draft itself.
                problems = rejected
                keptByStore = true
            } catch let error as SurveyStoreError {
                try await refused(error, token: opened.token, request: request, context: context)
            }
        }
        // Keep what was typed as a draft, so that coming back later finds it, then explain.
        // The store adds nothing when the answers equal the latest revision.
        if !keptByStore {
            do {
                _ = try await surveys.saveDraft(token: opened.token, answers: answers)
            } catch SurveyStoreError.draftsQuotaReached {
                throw HTTPError(.contentTooLarge)
            } catch let error as SurveyStoreError {
                try await refused(error, token: opened.token, request: request, context: context)
            }
        }
        return try formPage(opened, answers: answers, problems: Self.inSurveyOrder(problems, survey: opened.survey),
                            language: language, saved: false, status: .unprocessableContent)
            .response(from: request, context: context)
    }

    @Sendable func receipt(_ request: Request, context: AppRequestContext) async throws -> Response {
        let opened = try await open(request, context: context)
        let language = language(for: request, opened: opened, explicit: request.uri.queryParameters["lang"].map(String.init))
        guard let submission = opened.invitation.submission else { return redirect(opened.base + "?lang=" + language.tag) }
        return try receiptPage(opened, submission: submission, language: language, justSubmitted: true)
            .response(from: request, context: context)
    }

    // MARK: Steps

    /// Counts a save or submission of the link; past the link's rate, 429.
    private func countSave(_ opened: Opened) async throws {
        let limit = "invitation \(opened.invitation.invitation)"
        if await saves.isBlocked(limit) {
            throw HTTPError(.tooManyRequests, headers: [.retryAfter: String(await saves.retryAfter(limit))])
        }
        await saves.recordFailure(limit)
    }

    private func open(_ request: Request, context: AppRequestContext) async throws -> Opened {
        let client = ClientAddress.key(of: request, context: context, trustForwardedFor: trustForwardedFor)
        if await guesses.isBlocked(client) {
            throw HTTPError(.tooManyRequests, headers: [.retryAfter: String(await guesses.retryAfter(client))])
        }
        guard let token = context.parameters.get("token") else { throw HTTPError(.notFound) }
        do {
            return Opened(token: token, invitation: try await surveys.openInvitation(token: token))
        } catch let error as SurveyStoreError {
            try await refused(error, token: token, request: request, context: context)
        }
    }

    /// An unknown, withdrawn or expired link: the same 404 whatever the reason, counted as a
    /// failed guess. Other store errors pass on.
    private func refused(_ error: SurveyStoreError, token: String, request: Request, context: AppRequestContext) async throws -> Never {
        switch error {
        case .unknownInvitation, .revokedInvitation, .expiredInvitation:
            await guesses.recordFailure(ClientAddress.key(of: request, context: context, trustForwardedFor: trustForwardedFor))
            throw HTTPError(.notFound)
        default:
            throw error
        }
    }

    private func language(for request: Request, opened: Opened, explicit: String?) -> LanguageCode {
        RespondentLanguage.choose(requested: explicit, draft: opened.invitation.answers?.language,
                                  invited: opened.invitation.language, country: opened.invitation.service.country,
                                  acceptLanguage: request.headers[.acceptLanguage])
    }

    /// The language a posted form asks for: the switch button pressed, else the page's own.
    private func formLanguage(_ form: FormBody, request: Request, opened: Opened) -> LanguageCode {
        language(for: request, opened: opened, explicit: form["_switch"] ?? form["_lang"])
    }

    /// What the invitation already says about the service, so the respondent need not retype it.
    private func prefilled(_ opened: Opened) -> Answers? {
        var answers = Answers(language: .english)
        let service = opened.invitation.service
        for question in opened.survey.questions {
            switch question.id {
            case "country" where question.choice(service.country.code) != nil:
                answers[question.id] = .text(service.country.code)
            case "service-kind" where question.choice(service.kind.rawValue) != nil:
                answers[question.id] = .text(service.kind.rawValue)
            case "unit":
                answers[question.id] = .text(service.name)
            default:
                break
            }
        }
        return answers.values.isEmpty ? nil : answers
    }

    private func formPage(_ opened: Opened, answers: Answers?, problems: [AnswerProblem], language: LanguageCode,
                          saved: Bool, status: HTTPResponse.Status) throws -> HTML {
        let text = UIText.for(language)
        let survey = opened.survey
        let page = RespondentFormPage(
            lang: language.tag, pageTitle: survey.title(for: language), skipText: text.skipToQuestions, text: text,
            languages: LanguageLink.all(current: language, base: opened.base, saveAction: opened.base + "/save"),
            title: survey.title(for: language), serviceName: opened.invitation.service.name,
            intro: survey.intros.best(for: language), saved: saved, hasErrors: !problems.isEmpty,
            csrf: tokens.token(for: .invitation(opened.token)), submitAction: opened.base, saveAction: opened.base + "/save",
            autosaveSeconds: 30,
            form: form.form(survey: survey, version: "\(survey.id)#\(survey.version)", answers: answers ?? Answers(language: language),
                            problems: problems, text: text)
        )
        return HTML(html: pages.render("respondent-form", page), status: status)
    }

    private func receiptPage(_ opened: Opened, submission: SubmissionReceipt, language: LanguageCode, justSubmitted: Bool) throws -> HTML {
        let text = UIText.for(language)
        let page = RespondentReceiptPage(
            lang: language.tag, pageTitle: text.receiptTitle, skipText: text.skipToQuestions, text: text,
            languages: LanguageLink.all(current: language, base: opened.base + (justSubmitted ? "/receipt" : ""), saveAction: nil),
            heading: justSubmitted ? text.receiptTitle : opened.survey.title(for: language),
            serviceName: opened.invitation.service.name, justSubmitted: justSubmitted,
            contribution: submission.contribution, submittedOn: DateText.dateTime(submission.submittedAt, language: language),
            copy: AnswerCopyView(survey: opened.survey, answers: opened.invitation.answers ?? Answers(language: language), text: text)
        )
        return HTML(html: pages.render("respondent-receipt", page))
    }

    private func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    private func json(_ value: [String: some Encodable], status: HTTPResponse.Status) -> Response {
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Problems in the order of the questions, so that the summary reads like the form.
    static func inSurveyOrder(_ problems: [AnswerProblem], survey: Survey) -> [AnswerProblem] {
        let position = Dictionary(survey.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        return problems.enumerated().sorted { a, b in
            (position[a.element.question] ?? Int.max, a.offset) < (position[b.element.question] ?? Int.max, b.offset)
        }.map(\.element)
    }
}
