import Foundation
import NeedsInventory
import TrainingModel

/// The "Match and plan" page (`admin-plan`): the catalogues to plan with, the budget, the
/// export language, catalogue upload, and the runs made so far.
struct PlanFormContent {
    struct Option {
        var id: String
        var value: String
        var label: String
        var checked: Bool
    }

    struct Run {
        var href: String
        var created: String
        var by: String
        var summary: String
    }

    var survey: String?
    /// What the page does with the survey's submitted responses, with their number.
    var intro: String = ""
    var problem: String?
    var needs: Int = 0
    var catalogues: [Option] = []
    var hasCatalogues: Bool = false
    var budget: String = "60"
    var start: String = ""
    /// The languages the exports can be written in, each named in itself.
    var exportLanguages: [Option] = []
    var thesaurus: String?
    var legalBase: String?
    var problems: [String] = []
    var uploadProblems: [String] = []
    var uploadNotice: String?
    var runs: [Run] = []
    /// A replan: the run whose confirmed sessions are kept, and what is kept.
    var keep: Int64?
    var keepNotice: String?
}

/// One run's page (`admin-plan-run`): the sessions with their legal flags, the needs left out,
/// and every export; sessions to confirm, and a replan that keeps them. The run's `PlanView` in
/// the reader's language gives titles, topics, legal flags and reasons in that language (runs
/// kept before have one view, in their export language); codes (countries, kinds, modes, flag
/// states) are named here.
struct PlanRunContent {
    struct Session {
        var id: String
        var module: String
        var title: String
        var number: String
        var languageAndMode: String
        /// The first and last day, or the quarter.
        var when: String?
        var participants: String
        var placements: String
        var flags: [Flag]
        var hasFlags: Bool
        /// Ticked on the page: a replan keeps it.
        var confirmed: Bool
        /// Kept as it was from the earlier run.
        var kept: Bool
        var late: String?
        var legalBaseCheck: String?
    }

    struct Flag {
        /// `differs`, `unknown` or `reform`, for the page's style.
        var status: String
        var statusLabel: String
        var topic: String
        var provisions: [String]
        var unknown: String?
        var advice: String
        var reforms: [String]
    }

    var title: String
    var madeOn: String
    var sessionsValue: String
    var needsCoveredValue: String
    var daysValue: String
    var flaggedSessions: Int
    var legalBaseGiven: Bool
    var sessions: [Session]
    var unmet: [PlanView.Unmet]
    var downloads: [DownloadLink]
    /// Where the confirmations are sent, and the replan form (absent for runs kept before
    /// replanning existed, which have no settings to start again from).
    var confirmAction: String
    var replanHref: String?
    var confirmNotice: String?
    /// Sessions of the earlier run that could not be kept, and why.
    var notKept: [String]
    /// What the matching went without (the embedding model), and how to get it.
    var matchingNotes: [String]
    var keptFrom: String?

    init(id: Int64, run: StoredPlanRun, plan: PlanView, downloads: [DownloadLink], text: CoordinatorText) {
        title = text.sentences.planRunTitle(id)
        madeOn = text.sentences.madeOn(text.dateTime(run.createdAt), by: run.createdBy, from: Self.summary(of: run, text: text))
        sessionsValue = text.sentences.sessionsValue(plan.sessions.count, multiCountry: plan.multiCountrySessions)
        needsCoveredValue = text.sentences.needsCoveredValue(
            covered: plan.coveredNeeds, of: plan.needs,
            weightShare: plan.totalWeight > 0 ? text.percent(Double(plan.coveredWeight) / Double(plan.totalWeight)) : "–",
            coveredWeight: plan.coveredWeight, totalWeight: plan.totalWeight)
        daysValue = text.sentences.ofValue(Self.number(plan.daysUsed, text), of: Self.number(plan.budgetDays, text))
        flaggedSessions = plan.flaggedSessions
        legalBaseGiven = plan.legalBaseGiven
        sessions = plan.sessions.map { session in
            Session(
                id: session.id, module: session.module, title: session.title, number: text.sentences.sessionNumber(session.number),
                languageAndMode: text.sentences.languageModeValue(
                    language: text.languageName(LanguageCode(session.language)),
                    mode: DeliveryMode(rawValue: session.mode).map(text.mode) ?? session.mode,
                    days: Double(session.days) ?? 0),
                when: session.when,
                participants: text.sentences.participantsValue(
                    session.participants, countries: Self.countries(session.countries, text),
                    kinds: Self.list(session.kinds) { ServiceKind(rawValue: $0).map(text.kind) ?? $0 }),
                placements: session.placements,
                flags: session.flags.map { flag in
                    Flag(status: flag.status, statusLabel: Self.status(flag.status, text),
                         topic: flag.topic, provisions: flag.provisions,
                         unknown: flag.unknown.map { text.sentences.noProvision(for: Self.countries($0, text)) }, advice: flag.advice,
                         reforms: flag.reforms ?? [])
                },
                hasFlags: session.hasFlags,
                confirmed: run.confirmed.contains(session.id),
                kept: session.confirmed == true,
                late: session.late,
                legalBaseCheck: session.legalBaseCheck
            )
        }
        confirmAction = "/admin/plan/\(id)/confirm"
        replanHref = run.facts?.catalogueKeys == nil ? nil : "/admin/plan?keep=\(id)"
        notKept = plan.notKept ?? []
        matchingNotes = plan.matchingNotes ?? []
        keptFrom = run.facts?.keptFrom.map { text.sentences.keptFrom(plan: $0) }
        unmet = plan.unmet.map { item in
            var named = item
            // "Parquet de Liège — BE prosecution": the service by name, with its country and kind.
            named.group = (item.service.map { $0 + " — " } ?? "") + Self.group(item.group, text)
            return named
        }
        self.downloads = downloads
    }

    /// What a run was made from, in the reader's language when the run kept it as values.
    static func summary(of run: StoredPlanRun, text: CoordinatorText) -> String {
        guard let facts = run.facts else { return run.summary }
        return text.sentences.runSummary(needs: facts.needs, survey: facts.survey, catalogues: facts.catalogues.joined(separator: ", "),
                                       budget: text.number(facts.budgetDays))
    }

    private static func status(_ status: String, _ text: CoordinatorText) -> String {
        switch status {
        case "differs": text[.flagDiffers]
        case "reform": text[.flagReform]
        default: text[.flagUnknown]
        }
    }

    /// `PlanView` keeps lists of codes as "BE, NL".
    private static func list(_ codes: String, _ name: (String) -> String) -> String {
        codes.split(separator: ", ").map { name(String($0)) }.joined(separator: ", ")
    }

    private static func countries(_ codes: String, _ text: CoordinatorText) -> String {
        list(codes) { text.country(CountryCode($0)) }
    }

    /// "BE police" as the heatmap names the group: the code and the kind in the reader's words.
    private static func group(_ group: String, _ text: CoordinatorText) -> String {
        let parts = group.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = ServiceKind(rawValue: parts[1]) else { return group }
        return Inventory.Group(CountryCode(parts[0]), kind).label(in: text.language)
    }

    /// `PlanView` keeps numbers as "0.5"; the reader may write "0,5".
    private static func number(_ value: String, _ text: CoordinatorText) -> String {
        Double(value).map { text.number($0) } ?? value
    }
}
