import Planning
import TrainingModel
import Wording

/// The exports' own sentences for a page that shows a plan to a reader of one language (the web
/// app's plan page): the same words as plan.md and plan.html, so that page and exports agree.
public struct PlanPageWording: Sendable {
    private let wording: any PlanWording
    private let plan: Plan
    private let schedule: SessionSchedule?

    /// The wording of `language` (English for languages other than nl, fr and de) for `plan`,
    /// with the calendar `options` give it.
    public init(_ plan: Plan, options: ExportOptions, language: LanguageCode) {
        wording = ReaderLanguage(language).planWording
        self.plan = plan
        schedule = SessionSchedule.of(plan, options: options)
    }

    /// When a session is given: its first and last day when the plan has a calendar, else its
    /// quarter in words ("2e trimestre 2027"); nil when it has neither.
    public func when(_ session: PlannedSession) -> String? {
        if let range = schedule?[session: session.id] { return wording.dates(range) }
        return session.quarter.map { wording.quarter($0) }
    }

    /// The services seated later than the quarter they asked for, with the quarter asked for.
    public func late(_ session: PlannedSession) -> String? { wording.late(session) }

    /// Each reform of a `reform` flag, as the exports word it: the country, the state of the
    /// reform with its dates, its text in the reader's language, and whether the law has
    /// changed by the session's date.
    public func reforms(_ flag: LegalFlag, in session: PlannedSession) -> [String] {
        let day = self.day(session)
        return flag.reforms.map { item in
            wording.reform(country: item.country.code, text: item.reform.text(for: wording.reader.code), asOf: item.reform.asOf,
                           status: item.reform.status, effective: item.reform.effective, applied: day.map(item.applies(on:)) ?? false)
        }
    }

    /// The warning that the legal base's facts are more than a year old at the session's date.
    public func legalBaseCheck(_ session: PlannedSession) -> String? {
        guard let asOf = plan.legalBaseAsOf, let day = day(session), !session.legalFlags.isEmpty,
              PlanFacts.isOld(asOf: asOf, on: day) else { return nil }
        return wording.legalBaseOld(asOf: asOf)
    }

    private func day(_ session: PlannedSession) -> String? {
        PlanFacts.day(of: session, dates: schedule?[session: session.id])
    }

    /// The sessions of the earlier plan that could not be kept, and why.
    public var notKept: [String] { plan.notKept.map(wording.notKept) }
}
