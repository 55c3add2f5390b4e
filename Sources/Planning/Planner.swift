import TrainingModel

/// Proposes joint courses: which sessions of which modules to run, in which language and
/// mode, and whose staff sit in them, so that the covered weight is as high as the days
/// allow; then flags legal differences and explains every need left out.
public enum Planner {
    public static func plan(_ input: PlanningInput, settings: PlannerSettings = PlannerSettings()) -> Plan {
        let needs = input.needs
        let finder = CandidateFinder(modules: input.modules)
        var candidates: [[Int]] = []
        var failures: [Int: UnmetReason] = [:]
        for (index, need) in needs.enumerated() {
            switch finder.candidates(for: need, freeText: need.topic == nil ? input.freeTextCandidates[need.id] : nil) {
            case .success(let modules): candidates.append(modules)
            case .failure(let failure):
                candidates.append([])
                failures[index] = failure.reason
            }
        }
        let problem = PackingProblem(needs: needs, candidates: candidates, modules: input.modules, budget: input.budgetDays)
        var search = ImprovementSearch(problem: problem, rounds: rounds(for: problem, settings: settings),
                                       random: SeededRandom(seed: settings.seed))
        var packing = search.run()
        if let allocation = PoolAllocation(problem: problem),
           MappingSearch.isWorthwhile(problem, allocation, work: settings.exactSearchWork) {
            var polish = MappingSearch(problem: problem, allocation: allocation, work: settings.exactSearchWork,
                                       random: SeededRandom(seed: settings.seed ^ 0x5EED))
            packing = polish.improve(packing)
            // Seats anyone the exact pools left out but who fits where another pool runs.
            search.exchange(&packing)
        }
        improveMixing(&packing, problem)

        let sessions = layOut(packing, problem: problem, input: input)
        let daysUsed = sessions.reduce(0) { $0 + $1.days }
        let explainer = UnmetExplainer(problem: problem, packing: packing, modules: input.modules)
        let unmet = needs.indices.compactMap { index -> UnmetNeed? in
            guard packing.assigned[index] < 0 else { return nil }
            let reason = failures[index] ?? explainer.reason(for: index)
            return UnmetNeed(need: needs[index], reason: reason)
        }
        return Plan(
            sessions: sessions,
            unmet: unmet,
            objective: Objective(coveredWeight: packing.weight, totalWeight: needs.reduce(0) { $0 + $1.weight },
                                 daysUsed: daysUsed, budgetDays: input.budgetDays),
            jointness: Jointness(sessions: sessions),
            legalBaseGiven: input.legalBase != nil
        )
    }

    /// Fewer rounds on large inputs: each round rebuilds part of the plan, and its cost grows
    /// with the number of ways the needs can be seated.
    static func rounds(for problem: PackingProblem, settings: PlannerSettings) -> Int {
        let size = problem.needVariants.reduce(0) { $0 + $1.count } + problem.variants.count
        guard size > 0 else { return 0 }
        return max(min(settings.improvementRounds, 20), min(settings.improvementRounds, 6_000_000 / size))
    }

    /// Among plans of equal weight, prefer mixed sessions: move a need to another variant
    /// already running when that keeps every session within its places, costs no day and
    /// brings a new country or kind of service into a session without taking one away.
    static func improveMixing(_ packing: inout Packing, _ problem: PackingProblem) {
        var improved = true
        var passes = 0
        while improved && passes < 10 {
            improved = false
            passes += 1
            for need in problem.headcount.indices where packing.assigned[need] >= 0 {
                let from = packing.assigned[need]
                for to in problem.needVariants[need] where to != from && packing.sessions[to] > 0 {
                    let before = (weight: packing.weight, mix: packing.mix, days: packing.days)
                    packing.unassign(need, problem)
                    packing.assign(need, to: to, problem)
                    let better = packing.weight > before.weight
                        || (packing.weight == before.weight && packing.mix > before.mix && packing.days <= before.days + 1e-9)
                        || (packing.weight == before.weight && packing.mix == before.mix && packing.days < before.days - 1e-9)
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

    private static func layOut(_ packing: Packing, problem: PackingProblem, input: PlanningInput) -> [PlannedSession] {
        let legalTopics = Dictionary(input.legalBase?.topics.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        let conceptLinks = Dictionary(input.thesaurus?.concepts.map { ($0.id, $0.legalTopics) } ?? [], uniquingKeysWith: { first, _ in first })
        var sessions: [PlannedSession] = []
        var numbers: [Int: Int] = [:]
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
            let topics = ModuleLegalTopics.of(module) { conceptLinks[$0] ?? [] }
            for seats in seating {
                let number = numbers[moduleIndex, default: 0] + 1
                numbers[moduleIndex] = number
                let placements = seats.map { Placement(need: input.needs[$0.need], staff: $0.staff) }
                let countries = Set(placements.map(\.need.country)).sorted()
                let flags = input.legalBase == nil ? [] : LegalFlag.flags(topics: topics, countries: countries) { legalTopics[$0] }
                sessions.append(PlannedSession(
                    id: "C\(sessions.count + 1)", module: module, number: number,
                    language: problem.variants[variant].language, mode: problem.variants[variant].mode,
                    days: problem.days[variant], placements: placements, legalFlags: flags))
            }
        }
        return sessions
    }
}
