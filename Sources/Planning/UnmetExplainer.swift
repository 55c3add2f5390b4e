import TrainingModel

/// Says why a need that has candidate modules was left out of the final plan.
///
/// For each way the need could be seated (a module in a language and mode), it works out
/// what that would take: more sessions than the days left allow (budget), or more staff
/// than could be brought together to fill a session within its places (too few). A need
/// that could be seated if the days were there is reported as a budget matter.
struct UnmetExplainer {
    let problem: PackingProblem
    let packing: Packing
    let modules: [TrainingModule]
    /// Per variant, the staff of the needs left out who could come to it: the same for
    /// every need explained, so counted once.
    private let unseatedStaff: [Int]

    init(problem: PackingProblem, packing: Packing, modules: [TrainingModule]) {
        self.problem = problem
        self.packing = packing
        self.modules = modules
        var staff = Array(repeating: 0, count: problem.variants.count)
        for need in problem.headcount.indices where packing.assigned[need] < 0 {
            for variant in problem.needVariants[need] { staff[variant] += problem.headcount[need] }
        }
        unseatedStaff = staff
    }

    /// The reason; a need whose service answered "no" to joint training and that too few
    /// of its own could join is told that its own answer keeps it out.
    func reason(for need: Int, need value: Need) -> UnmetReason {
        let reason = reason(for: need)
        guard case .tooFewParticipants(let module, let minimum, _, let available) = reason,
              value.jointCountries == .no || value.jointServices == .no else { return reason }
        return .ownAnswer(countries: value.jointCountries == .no, services: value.jointServices == .no,
                          module: module, minimum: minimum, available: available)
    }

    func reason(for need: Int) -> UnmetReason {
        let left = max(0, problem.budget - packing.days)
        var budgetBlocked: (module: String, days: Double)?
        var tooFew: (module: String, minimum: Int, maximum: Int, available: Int)?
        for variant in problem.needVariants[need] {
            let maximum = problem.maximum[variant], minimum = problem.minimum[variant]
            let seated = packing.load[variant]
            let load = seated + problem.headcount[need]
            let extra = (load + maximum - 1) / maximum - packing.sessions[variant]
            let cost = Double(extra) * problem.days[variant]
            // The staff not seated elsewhere who could come to a new session, this need's included.
            let available = unseatedStaff[variant]
            let module = modules[problem.variants[variant].module].id
            if Self.canSeat(from: load, to: seated + available, minimum: minimum, maximum: maximum),
               cost > left + GreedyFill.epsilon {
                if budgetBlocked == nil || cost < budgetBlocked!.days { budgetBlocked = (module, cost) }
            } else if tooFew == nil || available > tooFew!.available {
                tooFew = (module, minimum, maximum, available)
            }
        }
        if let blocked = budgetBlocked {
            return .budgetExhausted(module: blocked.module, daysNeeded: blocked.days, daysLeft: left, budget: problem.budget)
        }
        if let few = tooFew {
            return .tooFewParticipants(module: few.module, minimum: few.minimum, maximum: few.maximum, available: few.available)
        }
        // Not reached: a need with candidates has at least one variant.
        return .noModule(topic: nil, withdrawn: [])
    }

    /// Whether some number of participants between `low` and `high` can be split into
    /// sessions of `minimum` to `maximum` each.
    static func canSeat(from low: Int, to high: Int, minimum: Int, maximum: Int) -> Bool {
        guard high >= low, high > 0 else { return false }
        var sessions = max(1, (low + maximum - 1) / maximum)
        while sessions * minimum <= high {
            if max(low, sessions * minimum) <= min(high, sessions * maximum) { return true }
            sessions += 1
        }
        return false
    }
}
