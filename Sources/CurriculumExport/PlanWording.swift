import Foundation
import Planning
import TrainingModel
import Wording

/// The fixed wording of the plan as people read it — the Markdown and HTML pages, the text
/// report and the calendar's event descriptions — in one language. Machine-readable exports
/// (curriculum.xml, plan.csv, plan.json) keep their English wording and codes.
///
/// Each language is a type of its own, so that a translator reads one file from top to
/// bottom, and the sentences can follow the grammar of their language (plurals, word order,
/// French spacing) instead of a shared template.
protocol PlanWording: Sendable {
    /// The language the wording is in, with its numbers, lists and quotation marks.
    var reader: ReaderLanguage { get }

    // Names of codes.
    func serviceKind(_ kind: ServiceKind) -> String
    func mode(_ mode: DeliveryMode) -> String
    /// "in en", "in het Engels": the language a session is given in, within a sentence.
    func inLanguage(_ language: LanguageCode) -> String
    /// The session's language in the facts line under its heading.
    func factsLanguage(_ language: LanguageCode) -> String
    func status(_ status: LegalFlag.Status) -> String

    // The summary at the top.
    var title: String { get }
    func coverage(sessions: Int, covered: Int, needs: Int, weight: Int, totalWeight: Int,
                  share: Double, daysUsed: Double, budgetDays: Double) -> String
    func jointness(score: Double, crossCountry: Double, crossService: Double) -> String
    var noLegalBase: String { get }
    var noLegalDifferences: String { get }
    func legalDifferences(sessions: Int, differences: Int, unknown: Int) -> String

    // The courses.
    var courses: String { get }
    var noSessionFits: String { get }
    var courseColumns: [String] { get }
    /// "THB-FIN session 2".
    func session(module: String, number: Int) -> String
    /// "23 participants (places 5–20)".
    func participants(_ count: Int, places: TrainingModule.Places) -> String
    /// A session's first and last day, when they differ.
    func dates(from first: CivilDate, to last: CivilDate) -> String
    var placementColumns: [String] { get }

    // Legal points.
    var legalPoint: String { get }
    /// The laws differ between these countries.
    func lawsDiffer(_ countries: [String]) -> String
    /// These countries have no provision on the topic.
    func noProvision(for countries: [String]) -> String
    var provisionColumns: [String] { get }
    var notVerified: String { get }
    var noProvisionInLegalBase: String { get }
    var proposedHandling: String { get }

    // Needs left out.
    var needsLeftOut: String { get }
    var everyNeedCovered: String { get }
    func reasonHeading(_ code: String) -> String
    var unmetColumns: [String] { get }

    // Labels of the text report and the calendar.
    var coveredLabel: String { get }
    var togetherLabel: String { get }
    var legalLabel: String { get }
    var fromLabel: String { get }
    var needsLabel: String { get }
    func staff(_ headcount: Int, weight: Int) -> String
    func participants(_ count: Int, from countries: String, kinds: String) -> String
    var requestedPeriod: String { get }

    // Periods, kept sessions and legal drift.
    /// "Q2 2027": the quarter a session is given in.
    func quarter(year: Int, quarter: Int) -> String
    /// The label before the services seated later than the quarter they asked for.
    var lateLabel: String { get }
    /// "(asked for Q1 2027)".
    func askedFor(_ quarter: String) -> String
    /// The mark of a session kept as it was from an earlier plan.
    var confirmedMark: String { get }
    var notKeptHeading: String { get }
    /// Why a session of the earlier plan could not be kept.
    func notKept(_ session: NotKeptSession) -> String
    /// A reform under way in a country; `applied` when it applies by the session's date.
    func reform(country: String, text: String, asOf: String, status: String, effective: String?, applied: Bool) -> String
    /// The legal base's facts are more than a year old at the session's date.
    func legalBaseOld(asOf: String) -> String
}

extension PlanWording {
    func factsLanguage(_ language: LanguageCode) -> String { inLanguage(language) }

    func days(_ value: Double) -> String { reader.days(value) }

    /// "Label: text", spaced as the language spaces a colon.
    func labelled(_ label: String, _ text: String) -> String { label + reader.colon + text }

    /// A figure with exactly two decimals, as the jointness score is always given.
    func twoDecimals(_ value: Double) -> String { reader.fixed(value, decimals: 2) }

    /// "Laws differ between BE, NL" and/or "no provision for LU".
    func flagStatus(_ flag: LegalFlag) -> String {
        var parts: [String] = []
        if flag.status == .differs { parts.append(lawsDiffer(flag.provisions.map(\.country.code))) }
        if !flag.unknownCountries.isEmpty { parts.append(noProvision(for: flag.unknownCountries.map(\.code))) }
        return parts.joined(separator: reader.semicolon)
    }

    /// "Confiscation: laws differ between BE, NL" (the topic's id only where it has no label).
    func flagSummary(_ flag: LegalFlag, language: LanguageCode) -> String {
        guard flag.status != .reform else { return labelled(flag.label(for: language), status(.reform)) }
        return labelled(flag.label(for: language), flagStatus(flag))
    }

    /// A session's flags for a table cell: "Confiscation: differs; Reflection period: unknown".
    func flagCell(_ flags: [LegalFlag], language: LanguageCode) -> String {
        flags.map { labelled($0.label(for: language), status($0.status)) }.joined(separator: "; ")
    }

    /// "Parket Antwerpen (BE, prosecution, 6)": the staff of one service in a session, its
    /// needs together; the need's id stands in for a service without a name.
    func services(_ placements: [Placement]) -> String {
        var order: [String] = []
        var staff: [String: (need: Need, staff: Int)] = [:]
        for placement in placements {
            let name = placement.need.service ?? placement.need.id
            if staff[name] == nil { order.append(name) }
            staff[name, default: (placement.need, 0)].staff += placement.staff
        }
        return order.map { name in
            let entry = staff[name]!
            return "\(name) (\(entry.need.country.code), \(serviceKind(entry.need.serviceKind)), \(entry.staff))"
        }.joined(separator: ", ")
    }

    /// The quarter of a `YYYY-Qn` period in words; the text itself when it is not one.
    func quarter(_ period: String) -> String {
        let parts = period.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), parts[1].first == "Q", let number = Int(parts[1].dropFirst()) else { return period }
        return quarter(year: year, quarter: number)
    }

    /// "ONSS Liège (asked for Q1 2027), ..." for the needs a session seats late.
    func late(_ session: PlannedSession) -> String? {
        let needs = session.lateNeeds
        guard !needs.isEmpty else { return nil }
        var seen = Set<String>()
        return needs.compactMap { need -> String? in
            let name = need.service ?? need.id
            let item = "\(name) \(askedFor(quarter(need.period ?? "")))"
            return seen.insert(item).inserted ? item : nil
        }.joined(separator: ", ")
    }

    /// The reform lines of a session's reform flags, and a warning when the legal base is
    /// old at the session's date.
    func drift(_ session: PlannedSession, plan: Plan, day: String?) -> [String] {
        var lines: [String] = []
        for flag in session.legalFlags where flag.status == .reform {
            for item in flag.reforms {
                let reform = item.reform
                lines.append(labelled(flag.label(for: reader.code),
                                      self.reform(country: item.country.code, text: reform.text(for: reader.code), asOf: reform.asOf,
                                                  status: reform.status, effective: reform.effective,
                                                  applied: day.map(item.applies(on:)) ?? false)))
            }
        }
        if let asOf = plan.legalBaseAsOf, let day, PlanFacts.isOld(asOf: asOf, on: day), !session.legalFlags.isEmpty {
            lines.append(legalBaseOld(asOf: asOf))
        }
        return lines
    }

    func serviceKinds(_ kinds: [ServiceKind]) -> String { kinds.map(serviceKind).joined(separator: ", ") }

    /// One day, or the first and the last.
    func dates(_ range: SessionSchedule.Dates?) -> String {
        guard let range else { return "" }
        return range.first == range.last ? range.first.description : dates(from: range.first, to: range.last)
    }

    /// The line under a session's heading: "3 days · onsite · en · 23 participants (places
    /// 5–20) · 2027-03-01 to 2027-03-03". The text report, read without the table, gives the
    /// language in words ("in en", "in het Engels").
    func facts(_ session: PlannedSession, dates range: SessionSchedule.Dates?, languageInWords: Bool = false) -> String {
        var facts = [days(session.days), mode(session.mode),
                     languageInWords ? inLanguage(session.language) : factsLanguage(session.language),
                     participants(session.participants, places: session.module.effectivePlaces)]
        if let quarter = session.quarter { facts.append(self.quarter(quarter)) }
        if let range { facts.append(dates(range)) }
        if session.confirmed { facts.append(confirmedMark) }
        return facts.joined(separator: " · ")
    }

    /// A provision's value with a note when the legal base has not verified it.
    func provision(_ provision: Provision, language: LanguageCode) -> String {
        LegalFlag.describe(provision, in: language) + (provision.verified ? "" : " (\(notVerified))")
    }

    /// The plan's summary in one sentence.
    func coverage(_ plan: Plan) -> String {
        let objective = plan.objective
        let share = objective.totalWeight == 0 ? 0 : Double(objective.coveredWeight) / Double(objective.totalWeight)
        let covered = plan.coveredNeeds.count
        return coverage(sessions: plan.sessions.count, covered: covered, needs: covered + plan.unmet.count,
                        weight: objective.coveredWeight, totalWeight: objective.totalWeight, share: share,
                        daysUsed: objective.daysUsed, budgetDays: objective.budgetDays)
    }

    func jointness(_ plan: Plan) -> String {
        jointness(score: plan.jointness.score, crossCountry: plan.jointness.crossCountryShare,
                  crossService: plan.jointness.crossServiceShare)
    }

    /// Whether the plan's legal points were checked, and how many there are.
    func legalSummary(_ plan: Plan) -> String {
        guard plan.legalBaseGiven else { return noLegalBase }
        let flags = plan.sessions.flatMap(\.legalFlags).filter { $0.status != .reform }
        guard !flags.isEmpty else { return noLegalDifferences }
        let differences = flags.filter { $0.status == .differs }.count
        return legalDifferences(sessions: plan.sessions.filter { $0.legalFlags.contains { $0.status != .reform } }.count,
                                differences: differences, unknown: flags.count - differences)
    }
}

extension ReaderLanguage {
    /// The plan's wording in this language.
    var planWording: any PlanWording {
        pick(dutch: DutchPlanWording(), french: FrenchPlanWording(), german: GermanPlanWording(), english: EnglishPlanWording())
    }
}

extension ExportOptions {
    /// The wording for the options' language; English for languages other than nl, fr and de.
    var wording: any PlanWording { ReaderLanguage(language).planWording }

    /// The language the page is written in: the asked one (with its region, `nl-BE`) when the
    /// wording exists in it, English otherwise, even if some titles come in the asked one.
    var pageLanguage: LanguageCode {
        let reader = ReaderLanguage(language)
        return reader.code == language.primary ? language : reader.code
    }
}

extension NotKeptSession {
    /// Why the confirmed session could not be kept, as the plan's pages say it in `language`
    /// (English for languages other than nl, fr and de): for the command line's message.
    public func sentence(in language: LanguageCode) -> String {
        ReaderLanguage(language).planWording.notKept(self)
    }
}
