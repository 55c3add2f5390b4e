import TrainingModel

/// Everything the planner works from; it reads no file and asks no other component.
///
/// Free-text needs carry no topic, so the planner cannot find their modules itself: the
/// caller (the `plan` command, with the matcher) gives each such need its candidate
/// module ids in `freeTextCandidates`, already cut at the matcher's threshold. The planner
/// still applies the same audience, language, mode and status conditions as for topic needs.
public struct PlanningInput: Sendable {
    public var needs: [Need]
    /// The modules of every catalogue; ids are expected to be unique across them.
    public var modules: [TrainingModule]
    /// How each country's law treats the legal topics; without it no legal flags are raised.
    public var legalBase: LegalBase?
    /// Links module topics to legal topics; without it only `legalTopic` refs count.
    public var thesaurus: Thesaurus?
    /// Training days available: the sum of the days of all sessions may not exceed it.
    public var budgetDays: Double
    /// Candidate module ids per free-text need id, best first.
    public var freeTextCandidates: [String: [String]]
    /// For a free-text need without candidates, the module the matcher found closest: named
    /// beside the gap (`UnmetReason.noModule`), never planned.
    public var closestModules: [String: String]
    /// No session is given before this quarter (`YYYY-Qn`): the quarter of the calendar's
    /// first day, when one is given.
    public var earliestQuarter: String?
    /// Sessions of an earlier plan that stay as they were; the rest is planned around them.
    public var kept: [KeptSession]

    public init(needs: [Need], modules: [TrainingModule], legalBase: LegalBase? = nil,
                thesaurus: Thesaurus? = nil, budgetDays: Double,
                freeTextCandidates: [String: [String]] = [:], closestModules: [String: String] = [:],
                earliestQuarter: String? = nil, kept: [KeptSession] = []) {
        self.closestModules = closestModules
        self.earliestQuarter = earliestQuarter
        self.kept = kept
        self.needs = needs
        self.modules = modules
        self.legalBase = legalBase
        self.thesaurus = thesaurus
        self.budgetDays = budgetDays
        self.freeTextCandidates = freeTextCandidates
    }
}

/// How hard the planner searches; the defaults suit inventories of any size.
public struct PlannerSettings: Sendable, Hashable {
    /// Rounds of the improvement search (remove some sessions, rebuild them differently).
    /// Fewer rounds are used on very large inputs so that planning stays fast.
    public var improvementRounds: Int
    /// Work allowed for the exact polish of small inputs (elementary steps of its tables);
    /// it stops earlier when it proves the plan optimal.
    public var exactSearchWork: Int
    /// Seed of the search's random choices: the same input always gives the same plan.
    public var seed: UInt64

    public init(improvementRounds: Int = 1_000, exactSearchWork: Int = 120_000_000, seed: UInt64 = 0x4A54_504C_414E) {
        self.improvementRounds = improvementRounds
        self.exactSearchWork = exactSearchWork
        self.seed = seed
    }
}
