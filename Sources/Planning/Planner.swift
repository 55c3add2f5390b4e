import TrainingModel

/// Proposes joint courses: which sessions of which modules to run, in which language and
/// mode, and whose staff sit in them, so that the covered weight is as high as the days
/// allow; then flags legal differences and explains every need left out.
public enum Planner {
    public static func plan(_ input: PlanningInput, settings: PlannerSettings = PlannerSettings()) -> Plan {
        // Kept sessions stay as they were: their needs and days are taken out first.
        let kept = KeptSelection(input)
        let needs = input.needs.filter { !kept.needIds.contains($0.id) }
        let finder = CandidateFinder(modules: input.modules)
        var candidates: [[Int]] = []
        var failures: [Int: UnmetReason] = [:]
        for (index, need) in needs.enumerated() {
            switch finder.candidates(for: need, freeText: need.topic == nil ? input.freeTextCandidates[need.id] : nil,
                                     closest: need.topic == nil ? input.closestModules[need.id] : nil) {
            case .success(let modules): candidates.append(modules)
            case .failure(let failure):
                candidates.append([])
                failures[index] = failure.reason
            }
        }
        let budget = max(0, input.budgetDays - kept.days)
        let flat = PackingProblem(needs: needs, candidates: candidates, modules: input.modules,
                                  budget: budget, earliestQuarter: input.earliestQuarter, quarters: false)
        var search = ImprovementSearch(problem: flat, rounds: rounds(for: flat, settings: settings),
                                       random: SeededRandom(seed: settings.seed))
        var packing = search.run()
        if let allocation = PoolAllocation(problem: flat),
           MappingSearch.isWorthwhile(flat, allocation, work: settings.exactSearchWork) {
            var polish = MappingSearch(problem: flat, allocation: allocation, work: settings.exactSearchWork,
                                       random: SeededRandom(seed: settings.seed ^ 0x5EED))
            packing = polish.improve(packing)
            // Seats anyone the exact pools left out but who fits where another pool runs.
            search.exchange(&packing)
        }
        // Then the quarters: each variant's needs go to the latest quarter one of them asked
        // for, which keeps every session as it is, and moves seat late needs on time.
        let problem: PackingProblem
        if flat.quarters.isEmpty {
            problem = flat
        } else {
            problem = PackingProblem(needs: needs, candidates: candidates, modules: input.modules,
                                     budget: budget, earliestQuarter: input.earliestQuarter)
            packing = inQuarters(packing, from: flat, to: problem)
        }
        improveMixing(&packing, problem)

        let flagger = SessionFlagger(input)
        let sessions = numbered(kept.sessions(flagger: flagger) + layOut(packing, problem: problem, needs: needs, input: input, flagger: flagger),
                                modules: input.modules)
        let daysUsed = sessions.reduce(0) { $0 + $1.days }
        let explainer = UnmetExplainer(problem: problem, packing: packing, modules: input.modules)
        let unmet = needs.indices.compactMap { index -> UnmetNeed? in
            guard packing.assigned[index] < 0 else { return nil }
            let reason = failures[index] ?? explainer.reason(for: index, need: needs[index])
            return UnmetNeed(need: needs[index], reason: reason)
        }
        var plan = Plan(
            sessions: sessions,
            unmet: unmet,
            objective: Objective(coveredWeight: packing.weight + kept.weight, totalWeight: input.needs.reduce(0) { $0 + $1.weight },
                                 daysUsed: daysUsed, budgetDays: input.budgetDays),
            jointness: Jointness(sessions: sessions),
            legalBaseGiven: input.legalBase != nil,
            legalBaseAsOf: input.legalBase?.asOf,
            notKept: kept.notKept
        )
        let topics = Set(input.needs.compactMap(\.topic))
        for concept in input.thesaurus?.concepts ?? [] where topics.contains(concept.id) && !concept.labels.isEmpty {
            plan.topicLabels[concept.id] = concept.labels
        }
        return plan
    }

    /// Sessions in module order, kept ones first within a module; kept sessions keep their
    /// ids, new ones take the next free `C` number.
    static func numbered(_ sessions: [PlannedSession], modules: [TrainingModule]) -> [PlannedSession] {
        let position = Dictionary(modules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = sessions.indices.sorted {
            (position[sessions[$0].module.id] ?? 0, sessions[$0].confirmed ? 0 : 1, $0)
                < (position[sessions[$1].module.id] ?? 0, sessions[$1].confirmed ? 0 : 1, $1)
        }
        var used = Set(sessions.filter(\.confirmed).map(\.id))
        var next = 1
        var numbers: [String: Int] = [:]
        return order.map { index in
            var session = sessions[index]
            session.number = numbers[session.module.id, default: 0] + 1
            numbers[session.module.id] = session.number
            if !session.confirmed {
                while used.contains("C\(next)") { next += 1 }
                session.id = "C\(next)"
                used.insert(session.id)
            }
            return session
        }
    }

    /// The same packing in the problem with quarters, seating as few staff late as the
    /// variants' sessions allow: each variant's needs are split by requested quarter into
    /// consecutive groups, each given in the latest quarter of its group, where that takes
    /// no more sessions than the variant had (so no day more); needs asking for no quarter
    /// join whichever group they help fill.
    static func inQuarters(_ packing: Packing, from flat: PackingProblem, to timed: PackingProblem) -> Packing {
        var members = Array(repeating: [Int](), count: flat.variants.count)
        for need in flat.headcount.indices where packing.assigned[need] >= 0 { members[packing.assigned[need]].append(need) }
        var result = Packing(timed)
        for (variant, needs) in members.enumerated() where !needs.isEmpty {
            let free = needs.filter { flat.lastOnTime[$0] == Int.max }
            let timedNeeds = needs.filter { flat.lastOnTime[$0] != Int.max }
            let quarters = Array(Set(timedNeeds.map { flat.firstQuarter[$0] })).sorted()
            let base = flat.variants[variant]
            func index(_ quarter: Int) -> Int? {
                var key = base
                key.quarter = quarter
                return timed.variantIndex[key]
            }
            // Every way to cut the quarters into consecutive groups, and the group the free needs join.
            var best: (late: Int, sessions: Int, groups: [(quarter: Int, needs: [Int])])?
            let cuts = max(0, quarters.count - 1)
            for mask in 0..<(1 << cuts) {
                var groups: [[Int]] = [[]]
                for (position, quarter) in quarters.enumerated() {
                    groups[groups.count - 1].append(quarter)
                    if position < cuts, mask & (1 << position) != 0 { groups.append([]) }
                }
                for freeGroup in 0..<max(1, groups.count) {
                    var late = 0, sessions = 0, feasible = true
                    var chosen: [(quarter: Int, needs: [Int])] = []
                    for (position, group) in groups.enumerated() {
                        let quarter = group.last ?? 0
                        var seated = timedNeeds.filter { group.contains(flat.firstQuarter[$0]) }
                        if position == freeGroup { seated += free }
                        guard let target = index(quarter) else { feasible = false; break }
                        let load = seated.reduce(0) { $0 + timed.headcount[$1] }
                        guard let count = timed.sessions(variant: target, load: load) else { feasible = false; break }
                        sessions += count
                        late += seated.filter { timed.isLate($0, in: target) }.reduce(0) { $0 + timed.headcount[$1] }
                        chosen.append((target, seated))
                    }
                    guard feasible, sessions <= packing.sessions[variant] else { continue }
                    if best == nil || (late, sessions) < (best!.late, best!.sessions) { best = (late, sessions, chosen) }
                }
            }
            guard let groups = best?.groups else { preconditionFailure("the variant's own sessions always fit in its latest quarter") }
            for group in groups {
                for need in group.needs { result.assign(need, to: group.quarter, timed) }
            }
        }
        return result
    }

    /// Fewer rounds on large inputs: each round rebuilds part of the plan, and its cost grows
    /// with the number of ways the needs can be seated.
    static func rounds(for problem: PackingProblem, settings: PlannerSettings) -> Int {
        let size = problem.needVariants.reduce(0) { $0 + $1.count } + problem.variants.count
        guard size > 0 else { return 0 }
        return max(min(settings.improvementRounds, 20), min(settings.improvementRounds, 6_000_000 / size))
    }

    /// Among plans of equal weight, prefer on-time placements, then mixed sessions: move a
    /// need to another variant already running when that keeps every session within its
    /// places and seats fewer staff late (opening a session if the days allow), or costs no
    /// day and brings a new country or kind of service into a session without taking one
    /// away or seating anyone later.
    static func improveMixing(_ packing: inout Packing, _ problem: PackingProblem) {
        var improved = true
        var passes = 0
        while improved && passes < 10 {
            improved = false
            passes += 1
            for need in problem.headcount.indices where packing.assigned[need] >= 0 {
                let from = packing.assigned[need]
                // A new session is opened only to seat a late need on time, within the days.
                let late = problem.isLate(need, in: from)
                for to in problem.needVariants[need] where to != from && (packing.sessions[to] > 0 || late) {
                    let before = (weight: packing.weight, late: packing.late, mix: packing.mix, days: packing.days)
                    packing.unassign(need, problem)
                    packing.assign(need, to: to, problem)
                    let sameWeight = packing.weight == before.weight, noLater = packing.late <= before.late
                    let better = packing.weight > before.weight
                        || (sameWeight && packing.late < before.late && packing.days <= problem.budget + GreedyFill.epsilon)
                        || (sameWeight && noLater && packing.mix > before.mix && packing.days <= before.days + 1e-9)
                        || (sameWeight && noLater && packing.mix == before.mix && packing.days < before.days - 1e-9)
                    if better, packing.isValid(variant: from, problem), packing.isValid(variant: to, problem) {
                        improved = true
                        break
                    }
                    packing.unassign(need, problem)
                    packing.assign(need, to: from, problem)
                }
            }
        }
    }

    private static func layOut(_ packing: Packing, problem: PackingProblem, needs: [Need], input: PlanningInput,
                               flagger: SessionFlagger) -> [PlannedSession] {
        var sessions: [PlannedSession] = []
        // Sessions in module order, then in the order variants were first met.
        let order = problem.variants.indices.filter { packing.sessions[$0] > 0 }
            .sorted { (problem.variants[$0].module, $0) < (problem.variants[$1].module, $1) }
        for variant in order {
            let moduleIndex = problem.variants[variant].module
            let module = input.modules[moduleIndex]
            let members = packing.members(of: variant, problem).sorted()
            let seating = SessionLayout.seat(
                needs: members, headcount: { problem.headcount[$0] }, country: { problem.country[$0] },
                kind: { problem.kind[$0] }, sessions: packing.sessions[variant],
                minimum: problem.minimum[variant], maximum: problem.maximum[variant])
            let quarter = problem.variants[variant].quarter
            for seats in seating {
                let placements = seats.map { Placement(need: needs[$0.need], staff: $0.staff) }
                sessions.append(PlannedSession(
                    id: "", module: module, number: 0,
                    language: problem.variants[variant].language, mode: problem.variants[variant].mode,
                    days: problem.days[variant], placements: placements,
                    legalFlags: flagger.flags(module, countries: placements.map(\.need.country)),
                    quarter: quarter >= 0 ? problem.quarters[quarter] : nil))
            }
        }
        return sessions
    }
}
