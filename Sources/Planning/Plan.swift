import TrainingModel

/// The planner's proposal: the sessions to run, the needs left out and why, and how
/// good the proposal is.
public struct Plan: Sendable, Hashable {
    /// One entry per session, numbered C1, C2, ... in module order.
    public var sessions: [PlannedSession]
    /// Every need that no session covers, in input order, each with its reason.
    public var unmet: [UnmetNeed]
    public var objective: Objective
    public var jointness: Jointness
    /// Whether a legal base was given; without one no legal flags can be raised.
    public var legalBaseGiven: Bool
    /// The date of the legal base's facts (`YYYY-MM-DD`), to warn where it is old at a
    /// session's date.
    public var legalBaseAsOf: String?
    /// Sessions of an earlier plan that were to be kept but no longer fit, with the reason.
    public var notKept: [NotKeptSession]
    /// The thesaurus labels of the needs' topics, so that readers see words, not ids.
    public var topicLabels: [String: LocalizedText] = [:]

    public init(sessions: [PlannedSession], unmet: [UnmetNeed], objective: Objective,
                jointness: Jointness, legalBaseGiven: Bool, legalBaseAsOf: String? = nil, notKept: [NotKeptSession] = []) {
        self.legalBaseAsOf = legalBaseAsOf
        self.sessions = sessions
        self.unmet = unmet
        self.objective = objective
        self.jointness = jointness
        self.legalBaseGiven = legalBaseGiven
        self.notKept = notKept
    }

    /// The needs seated in a quarter later than their `period`, in session order.
    public var lateNeeds: [Need] {
        var seen = Set<String>()
        return sessions.flatMap(\.lateNeeds).filter { seen.insert($0.id).inserted }
    }

    /// The needs the plan covers, in session order without repeats.
    public var coveredNeeds: [Need] {
        var seen = Set<String>()
        return sessions.flatMap(\.placements).map(\.need).filter { seen.insert($0.id).inserted }
    }
}

/// One session of a module: one language, one mode, the staff of some needs.
public struct PlannedSession: Sendable, Hashable, Identifiable {
    /// `C1`, `C2`, ...: unique in the plan.
    public var id: String
    public var module: TrainingModule
    /// 1 for the module's first session in the plan, 2 for its second, ...
    public var number: Int
    public var language: LanguageCode
    public var mode: DeliveryMode
    /// The module's duration in days (hours divided by 8).
    public var days: Double
    /// Who sits in the session, in a mixing order; a need may also sit in other sessions
    /// of the same module.
    public var placements: [Placement]
    /// One entry per legal topic the module teaches on which the session's countries differ
    /// or one of them has no provision, or on which a reform is under way.
    public var legalFlags: [LegalFlag]
    /// The quarter the session is given in, `YYYY-Qn`; nil when no need asks for a period
    /// and no start is given.
    public var quarter: String?
    /// Whether the session was kept from an earlier plan, as it was.
    public var confirmed: Bool
    /// The first and last day (`YYYY-MM-DD`) of a kept session: they stay as they were.
    public var keptDates: KeptDates?

    public init(id: String, module: TrainingModule, number: Int, language: LanguageCode,
                mode: DeliveryMode, days: Double, placements: [Placement], legalFlags: [LegalFlag],
                quarter: String? = nil, confirmed: Bool = false, keptDates: KeptDates? = nil) {
        self.id = id
        self.module = module
        self.number = number
        self.language = language
        self.mode = mode
        self.days = days
        self.placements = placements
        self.legalFlags = legalFlags
        self.quarter = quarter
        self.confirmed = confirmed
        self.keptDates = keptDates
    }

    /// The needs seated here later than the quarter they asked for.
    public var lateNeeds: [Need] {
        guard let quarter else { return [] }
        var seen = Set<String>()
        return placements.map(\.need).filter { need in
            need.period.map { $0 < quarter } == true && seen.insert(need.id).inserted
        }
    }

    public var participants: Int { placements.reduce(0) { $0 + $1.staff } }
    public var countries: [CountryCode] { Set(placements.map(\.need.country)).sorted() }
    public var serviceKinds: [ServiceKind] { Set(placements.map(\.need.serviceKind)).sorted() }
}

/// How many of a need's staff sit in one session.
public struct Placement: Sendable, Hashable {
    public var need: Need
    public var staff: Int

    public init(need: Need, staff: Int) {
        self.need = need
        self.staff = staff
    }
}

/// The figures the planner maximises and keeps within bounds.
public struct Objective: Sendable, Hashable {
    /// The summed weight of the covered needs (FORMATS.md section 4).
    public var coveredWeight: Int
    /// The summed weight of all needs.
    public var totalWeight: Int
    /// The sum of the sessions' days.
    public var daysUsed: Double
    public var budgetDays: Double

    public init(coveredWeight: Int, totalWeight: Int, daysUsed: Double, budgetDays: Double) {
        self.coveredWeight = coveredWeight
        self.totalWeight = totalWeight
        self.daysUsed = daysUsed
        self.budgetDays = budgetDays
    }
}

/// The first and last day of a session kept from an earlier plan, `YYYY-MM-DD`.
public struct KeptDates: Sendable, Hashable {
    public var start: String
    public var end: String

    public init(start: String, end: String) {
        self.start = start
        self.end = end
    }
}
