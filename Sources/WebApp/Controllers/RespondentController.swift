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
    /// Embeds a submitted response's needs in the background, ahead of the plan.
    let warmer: VectorWarmer

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
        var steps: FormSteps { FormSteps(survey: survey) }
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let opened = try await open(request, context: context)
        let language = language(for: request, opened: opened, explicit: request.uri.queryParameters["lang"].map(String.init))
        if let submission = opened.invitation.submission {
            return try receiptPage(opened, submission: submission, language: language, justSubmitted: false)
                .response(from: request, context: context)
        }
        let answers = opened.invitation.answers ?? prefilled(opened) ?? Answers(language: language)
        let step = opened.steps.step(request.uri.queryParameters["page"].flatMap { Int(String($0)) })
        let saved = request.uri.queryParameters["saved"] != nil
        // A link of the error summary of another page: show what the submission check finds.
        var problems: [AnswerProblem] = []
        if request.uri.queryParameters["check"] != nil {
            var checked = answers
            checked.language = language
            problems = Self.inSurveyOrder(AnswerValidator(survey: opened.survey).check(checked, mode: .submission).problems, survey: opened.survey)
        }
        return try formPage(opened, step: step, answers: answers, problems: problems, language: language, saved: saved,
                            status: .ok, submitting: true)
            .response(from: request, context: context)
    }

    /// Saves a page (or, from a form without `_page`, every answer) as a draft, then goes on,
    /// back, or stays in another language, through a redirect: the browser's back button and
    /// a reload never post again. Answers the page cannot keep (ranks given twice, letters in a
    /// number) keep the respondent on the page with them as typed; so do problems across
    /// fields on the way forward.
    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let opened = try await open(request, context: context)
        let language = formLanguage(context.form, request: request, opened: opened)
        let wantsJSON = request.headers[.accept]?.contains("application/json") == true
        if opened.invitation.submission != nil {
            if wantsJSON { return json(["error": "submitted"], status: .conflict) }
            return redirect(opened.base + "?lang=" + language.tag)
        }
        try await countSave(opened)
        let (answers, step, formProblems) = posted(context.form, opened: opened, language: language)
        // The page's own saves every 30 s say so; only the latest of them is kept.
        let origin: DraftOrigin = context.form["_autosave"] == "1" ? .autosave : .respondent
        guard let revision = try await saveDraft(answers, origin: origin, opened: opened, request: request, context: context) else {
            if wantsJSON { return json(["error": "submitted"], status: .conflict) }
            return redirect(opened.base + "?lang=" + language.tag)
        }
        if wantsJSON { return json(["revision": revision], status: .ok) }

        let go = context.form["_go"]
        let current = step ?? opened.steps.step(1)
        var problems = formProblems
        if go == "next" && context.form["_switch"] == nil {
            problems += AnswerValidator(survey: opened.survey).check(answers, mode: .draft).problems.filter(current.holds)
        }
        if !problems.isEmpty {
            return try formPage(opened, step: current, answers: answers, problems: Self.inSurveyOrder(problems, survey: opened.survey),
                                language: language, saved: false, status: .unprocessableContent, typed: typed(context.form), submitting: false)
                .response(from: request, context: context)
        }
        let target: Int
        switch go {
        case "next" where context.form["_switch"] == nil: target = min(current.number + 1, opened.steps.count)
        case "back" where context.form["_switch"] == nil: target = max(current.number - 1, 1)
        default: return redirect(address(opened, language: language, page: current.number) + "&saved=1")
        }
        // To the top of the next page's questions: the next Tab is its first field.
        return redirect(address(opened, language: language, page: target) + "#main")
    }

    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let opened = try await open(request, context: context)
        let language = formLanguage(context.form, request: request, opened: opened)
        let receiptAddress = opened.base + "/receipt?lang=" + language.tag
        if opened.invitation.submission != nil { return redirect(receiptAddress) }
        try await countSave(opened)
        let (answers, step, formProblems) = posted(context.form, opened: opened, language: language)
        let check = AnswerValidator(survey: opened.survey).check(answers, mode: .submission)
        var problems = formProblems + check.problems
        var keptByStore = false
        if problems.isEmpty {
            do {
                _ = try await surveys.submit(token: opened.token, answers: answers)
                warmer.ask(.needs(survey: opened.invitation.version.survey))
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
        if !keptByStore, try await saveDraft(answers, origin: .respondent, opened: opened, request: request, context: context) == nil {
            return redirect(receiptAddress)
        }
        problems = Self.inSurveyOrder(problems, survey: opened.survey)
        // The page sent, when something typed on it could not be kept; else the first page
        // holding a problem. The summary links to the others.
        let first = problems.lazy.compactMap(opened.steps.step(of:)).first
        let shown = (formProblems.isEmpty ? nil : step) ?? first ?? step ?? opened.steps.step(1)
        let typed = shown.number == step?.number || step == nil ? typed(context.form) : [:]
        return try formPage(opened, step: shown, answers: answers, problems: problems, language: language, saved: false,
                            status: .unprocessableContent, typed: typed, submitting: true)
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

    /// The answers a form stands for: a page's fields merged into the latest draft (or what the
    /// invitation says), or every answer from a form without `_page`; the page, and the
    /// problems of fields whose text cannot be an answer at all.
    private func posted(_ form: FormBody, opened: Opened, language: LanguageCode) -> (Answers, FormSteps.Step?, [AnswerProblem]) {
        let (sent, problems) = AnswerForm.answers(from: form, survey: opened.survey, language: language)
        guard let number = form["_page"].flatMap({ Int($0) }) else { return (sent, nil, problems) }
        let step = opened.steps.step(number)
        let merged = FormSteps.merge(sent, of: step, into: opened.invitation.answers ?? prefilled(opened))
        return (merged, step, problems.filter(step.holds))
    }

    /// What the respondent typed into the answer fields, to show it again as typed.
    private func typed(_ form: FormBody) -> [String: String] {
        var typed: [String: String] = [:]
        for (name, values) in form.fields where name.hasPrefix("r:") || name.hasPrefix("m:") {
            typed[name] = values.first
        }
        return typed
    }

    private func saveDraft(_ answers: Answers, origin: DraftOrigin, opened: Opened, request: Request,
                           context: AppRequestContext) async throws -> Int? {
        do {
            return try await surveys.saveDraft(token: opened.token, answers: answers, origin: origin).revision
        } catch SurveyStoreError.alreadySubmitted {
            return nil
        } catch SurveyStoreError.draftsQuotaReached {
            throw HTTPError(.contentTooLarge)
        } catch let error as SurveyStoreError {
            try await refused(error, token: opened.token, request: request, context: context)
        }
    }

    /// The form's page `page` in `language`.
    private func address(_ opened: Opened, language: LanguageCode, page: Int) -> String {
        opened.base + "?lang=" + language.tag + (page > 1 ? "&page=\(page)" : "")
    }

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

    private func formPage(_ opened: Opened, step: FormSteps.Step, answers: Answers, problems: [AnswerProblem], language: LanguageCode,
                          saved: Bool, status: HTTPResponse.Status, typed: [String: String] = [:], submitting: Bool) throws -> HTML {
        let text = UIText.for(language)
        let survey = opened.survey
        let steps = opened.steps
        var shown = answers
        shown.language = language
        let titles = steps.steps.map { step -> String in
            step.isDetails ? text.detailsStepTitle : (survey.sections[step.section].titles.best(for: language) ?? survey.sections[step.section].id)
        }
        let stepText = text.words.stepOf(step.number, of: steps.count)
        let here = address(opened, language: language, page: step.number)
        let form = form.form(survey: survey, version: "\(survey.id)#\(survey.version)", steps: steps, step: step, answers: shown,
                             problems: problems, text: text, typed: typed) { number, target in
            opened.base + "?lang=\(language.tag)&page=\(number)&check=1#" + target
        }
        var links = form
        links.errorLinks = form.errorLinks.map { link in
            var link = link
            if !link.target.hasPrefix("#"), let number = Self.page(of: link.target) {
                link.label += " (" + text.words.stepShort(number) + ")"
            }
            return link
        }
        let page = RespondentFormPage(
            lang: language.tag, pageTitle: stepText + " – " + titles[step.number - 1] + " – " + survey.title(for: language),
            skipText: text.skipToQuestions, text: text,
            languages: LanguageLink.all(current: language, base: here, saveAction: opened.base + "/save"),
            title: survey.title(for: language), serviceName: opened.invitation.service.name,
            intro: survey.intros.best(for: language), saved: saved, hasErrors: !problems.isEmpty,
            csrf: tokens.token(for: .invitation(opened.token)), submitAction: opened.base, saveAction: opened.base + "/save",
            autosaveSeconds: 30, form: links, page: step.number, stepText: stepText,
            steps: steps.steps.map { StepLink(number: $0.number, title: titles[$0.number - 1], current: $0.number == step.number) },
            isFirst: step.number == 1, isLast: step.number == steps.count,
            errorSummaryText: submitting ? text.errorSummary : text.errorSummaryPage
        )
        return HTML(html: pages.render("respondent-form", page), status: status)
    }

    /// The page number of an error-summary link to another page.
    private static func page(of link: String) -> Int? {
        guard let range = link.range(of: "page=") else { return nil }
        return Int(link[range.upperBound...].prefix { $0.isNumber })
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
