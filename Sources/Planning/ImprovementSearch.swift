/// Improves a greedy packing by large-neighbourhood search: take out one or two variants'
/// sessions (or the sessions standing in the way of a heavy unplaced need), rebuild with a
/// slightly perturbed greedy fill, exchange single needs, and keep the result when it is at
/// least as good. Deterministic for a given seed.
struct ImprovementSearch {
    let problem: PackingProblem
    let rounds: Int
    var random: SeededRandom

    mutating func run() -> Packing {
        let greedy = GreedyFill(problem: problem)
        var current = Packing(problem)
        greedy.fill(&current, random: &random)
        exchange(&current)
        var best = current
        guard rounds > 0 else { return best }
        let exchangeEachRound = problem.headcount.count <= 1_000
        for round in 0..<rounds {
            var candidate = current
            let freed = destroy(&candidate)
            guard !freed.isEmpty else { break }
            let noise = round % 3 == 0 ? 0 : 0.3
            greedy.fill(&candidate, noise: noise, random: &random)
            // On large inputs the exchanges run once at the end: per round they cost too much.
            if exchangeEachRound { exchange(&candidate) }
            if candidate.isAtLeastAsGood(as: current) {
                current = candidate
                if current.isBetter(than: best) { best = current }
            }
        }
        if !exchangeEachRound {
            exchange(&best)
        }
        return best
    }

    /// Removes part of the packing and returns the needs it freed.
    private mutating func destroy(_ packing: inout Packing) -> [Int] {
        let used = problem.variants.indices.filter { packing.sessions[$0] > 0 }
        let unplaced = problem.headcount.indices.filter { packing.assigned[$0] < 0 && !problem.needVariants[$0].isEmpty }
        var cleared = Set<Int>()
        switch Int.random(in: 0..<4, using: &random) {
        case 0 where !unplaced.isEmpty:
            // Make room for a heavy unplaced need: clear one of its variants.
            let need = (0..<3).map { _ in unplaced.randomElement(using: &random)! }.max { problem.weight[$0] < problem.weight[$1] }!
            if let variant = problem.needVariants[need].randomElement(using: &random) { cleared.insert(variant) }
        case 1 where !used.isEmpty:
            // Drop one session of a variant: its least valuable needs leave.
            let variant = used.randomElement(using: &random)!
            return shrink(variant, &packing)
        default:
            guard !used.isEmpty else { return [] }
            cleared.insert(used.randomElement(using: &random)!)
            if used.count > 1 && Bool.random(using: &random) { cleared.insert(used.randomElement(using: &random)!) }
        }
        var freed: [Int] = []
        for variant in cleared {
            for need in packing.members(of: variant, problem) {
                packing.unassign(need, problem)
                freed.append(need)
            }
        }
        return freed.isEmpty && !used.isEmpty ? destroyAny(&packing, used) : freed
    }

    private mutating func destroyAny(_ packing: inout Packing, _ used: [Int]) -> [Int] {
        let variant = used.randomElement(using: &random)!
        let members = packing.members(of: variant, problem)
        for need in members { packing.unassign(need, problem) }
        return members
    }

    private func shrink(_ variant: Int, _ packing: inout Packing) -> [Int] {
        // Members are in order of weight per head, best first: the tail leaves first.
        var members = packing.members(of: variant, problem)
        var freed: [Int] = []
        let target = packing.sessions[variant] - 1
        while packing.sessions[variant] > target, let need = members.popLast() {
            packing.unassign(need, problem)
            freed.append(need)
        }
        if !packing.isValid(variant: variant, problem) {
            for need in packing.members(of: variant, problem) {
                packing.unassign(need, problem)
                freed.append(need)
            }
        }
        return freed
    }

    /// Exchanges an unplaced need for a lighter placed one where the sessions still hold,
    /// re-seats the one that leaves where it fits for free, and repeats while it helps.
    func exchange(_ packing: inout Packing) {
        let greedy = GreedyFill(problem: problem)
        var improved = true
        var passes = 0
        while improved && passes < 20 {
            improved = false
            passes += 1
            let unplaced = problem.headcount.indices
                .filter { packing.assigned[$0] < 0 && !problem.needVariants[$0].isEmpty }
                .sorted { problem.weight[$0] > problem.weight[$1] }
            for need in unplaced where packing.assigned[need] < 0 {
                let left = problem.budget - packing.days + GreedyFill.epsilon
                var best: (variant: Int, out: Int?, gain: Int)?
                for variant in problem.needVariants[need] where packing.sessions[variant] > 0 {
                    let load = packing.load[variant] + problem.headcount[need]
                    if let sessions = problem.sessions(variant: variant, load: load),
                       Double(sessions - packing.sessions[variant]) * problem.days[variant] <= left {
                        if best == nil || problem.weight[need] > best!.gain {
                            best = (variant, nil, problem.weight[need])
                        }
                        continue
                    }
                    for other in packing.members(of: variant, problem) where problem.weight[other] < problem.weight[need] {
                        let swapped = packing.load[variant] - problem.headcount[other] + problem.headcount[need]
                        guard let count = problem.sessions(variant: variant, load: swapped),
                              Double(count - packing.sessions[variant]) * problem.days[variant] <= left else { continue }
                        let gain = problem.weight[need] - problem.weight[other]
                        if best == nil || gain > best!.gain { best = (variant, other, gain) }
                    }
                }
                guard let chosen = best else {
                    // No room in running sessions: open new ones around this need if the days allow.
                    let moves = problem.needVariants[need].compactMap { greedy.seatingExtension(for: need, in: $0, packing, left: left) }
                    let ratio = { (move: GreedyFill.Move) -> Double in Double(move.gain) / move.cost }
                    if let move = moves.max(by: { ratio($0) < ratio($1) }) {
                        for seated in move.needs { packing.assign(seated, to: move.variant, problem) }
                        improved = true
                    }
                    continue
                }
                if let out = chosen.out { packing.unassign(out, problem) }
                packing.assign(need, to: chosen.variant, problem)
                if let out = chosen.out {
                    for variant in problem.needVariants[out] where packing.sessions[variant] > 0 {
                        greedy.fillSpare(variant, &packing)
                        if packing.assigned[out] >= 0 { break }
                    }
                }
                improved = true
            }
        }
    }
}
