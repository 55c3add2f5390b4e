import TrainingModel

/// The kept sessions of a planning input that still fit, with their needs and days, and
/// those that no longer fit, with the reason.
struct KeptSelection {
    private(set) var holding: [(kept: KeptSession, module: TrainingModule, placements: [Placement])] = []
    private(set) var notKept: [NotKeptSession] = []
    /// The needs seated in kept sessions: they are not planned again.
    private(set) var needIds = Set<String>()
    private(set) var days = 0.0
    /// The summed weight of the needs seated in kept sessions.
    private(set) var weight = 0

    init(_ input: PlanningInput) {
        guard !input.kept.isEmpty else { return }
        var modules: [String: TrainingModule] = [:]
        for module in input.modules where modules[module.id] == nil { modules[module.id] = module }
        var needs: [String: Need] = [:]
        for need in input.needs where needs[need.id] == nil { needs[need.id] = need }
        for kept in input.kept {
            guard let module = modules[kept.module] else {
                notKept.append(NotKeptSession(session: kept, reason: .moduleMissing))
                continue
            }
            guard module.status == .active else {
                notKept.append(NotKeptSession(session: kept, reason: .moduleWithdrawn))
                continue
            }
            guard module.languages.contains(kept.language), module.modes.contains(kept.mode) else {
                notKept.append(NotKeptSession(session: kept, reason: .variantGone))
                continue
            }
            let missing = kept.seats.map(\.need).filter { needs[$0] == nil }
            guard missing.isEmpty else {
                notKept.append(NotKeptSession(session: kept, reason: .needsWithdrawn(missing)))
                continue
            }
            holding.append((kept, module, kept.seats.map { Placement(need: needs[$0.need]!, staff: $0.staff) }))
            days += module.duration.days
            for seat in kept.seats where needIds.insert(seat.need).inserted { weight += needs[seat.need]!.weight }
        }
    }

    /// The kept sessions as planned sessions, flagged for their countries as they are now.
    func sessions(flagger: SessionFlagger) -> [PlannedSession] {
        holding.map { kept, module, placements in
            PlannedSession(id: kept.id, module: module, number: 0, language: kept.language, mode: kept.mode,
                           days: module.duration.days, placements: placements,
                           legalFlags: flagger.flags(module, countries: placements.map(\.need.country)),
                           quarter: kept.quarter, confirmed: true, keptDates: kept.dates)
        }
    }
}
