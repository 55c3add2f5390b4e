/// Builds up a packing greedily: first the needs that fit in sessions already planned,
/// then, again and again, the extension of a variant (one or more new sessions with the
/// needs that fill them) that brings the most weight per training day and fits the days
/// left. Stops when no extension fits.
struct GreedyFill {
    let problem: PackingProblem
    static let epsilon = 1e-9

    /// A possible extension of one variant.
    struct Move {
        var variant: Int
        var needs: [Int]
        var gain: Int
        var cost: Double
        var mixGain: Int
    }

    /// Fills `packing`; `noise` (0 for none) perturbs the choice between extensions of
    /// similar value, which lets the improvement search explore.
    func fill(_ packing: inout Packing, noise: Double = 0, random: inout SeededRandom) {
        for variant in problem.variants.indices where packing.sessions[variant] > 0 {
            fillSpare(variant, &packing)
        }
        var moves: [[Move]?] = Array(repeating: nil, count: problem.variants.count)
        while true {
            let left = problem.budget - packing.days + Self.epsilon
            var best: Move?
            var bestScore = -Double.infinity
            for variant in problem.variants.indices {
                if moves[variant] == nil { moves[variant] = extensions(of: variant, packing) }
                for move in moves[variant]! where move.cost <= left {
                    var score = Double(move.gain) / move.cost
                    if noise > 0 { score *= 1 + noise * Double.random(in: 0..<1, using: &random) }
                    if best == nil || score > bestScore
                        || (score == bestScore && (move.gain, move.mixGain) > (best!.gain, best!.mixGain)) {
                        best = move
                        bestScore = score
                    }
                }
            }
            guard let move = best else { return }
            var touched: Set<Int> = [move.variant]
            for need in move.needs {
                packing.assign(need, to: move.variant, problem)
                touched.formUnion(problem.needVariants[need])
            }
            for variant in touched { moves[variant] = nil }
        }
    }

    /// Places unplaced compatible needs in the free places of a variant's planned sessions,
    /// heaviest first: that costs no day.
    func fillSpare(_ variant: Int, _ packing: inout Packing) {
        var spare = packing.sessions[variant] * problem.maximum[variant] - packing.load[variant]
        guard spare > 0 else { return }
        let open = problem.variantNeeds[variant].filter { packing.assigned[$0] < 0 && problem.headcount[$0] <= spare }
        for need in open.sorted(by: { problem.weight[$0] > problem.weight[$1] }) where problem.headcount[need] <= spare {
            packing.assign(need, to: variant, problem)
            spare -= problem.headcount[need]
        }
    }

    /// Extensions of a variant by 1, 2, ... new sessions, each filled with unplaced needs.
    func extensions(of variant: Int, _ packing: Packing) -> [Move] {
        let open = problem.variantNeeds[variant].filter { packing.assigned[$0] < 0 }
        guard !open.isEmpty else { return [] }
        let maximum = problem.maximum[variant], minimum = problem.minimum[variant]
        let sessions = packing.sessions[variant], load = packing.load[variant]
        let spare = sessions * maximum - load
        let openHeads = open.reduce(0) { $0 + problem.headcount[$1] }
        guard openHeads > spare else { return [] }
        let largest = open.map { problem.headcount[$0] }.max() ?? 0
        // Beyond the sessions that the largest need or all open needs require, extra
        // sessions only add cheaper needs, which a later step can add as well.
        let limit = min((openHeads - spare + maximum - 1) / maximum, max(1, (largest + maximum - 1) / maximum) + 1, 64)
        let byWeight = open.sorted { problem.weight[$0] > problem.weight[$1] }
        let byHeads = open.sorted { problem.headcount[$0] > problem.headcount[$1] }
        var result: [Move] = []
        for extra in 1...max(1, limit) {
            let capacity = spare + extra * maximum
            let required = (sessions + extra) * minimum - load
            // Fewer heads than this would need fewer new sessions.
            let floor = spare + (extra - 1) * maximum + 1
            var best: (needs: [Int], gain: Int)?
            for order in [open, byWeight, byHeads] {
                let (needs, gain, heads) = take(order, capacity: capacity)
                guard heads >= max(required, floor) else { continue }
                if best == nil || gain > best!.gain { best = (needs, gain) }
            }
            guard let chosen = best, chosen.gain > 0 else { continue }
            var mixGain = 0
            var countries = Set<Int>(), kinds = Set<Int>()
            for need in chosen.needs {
                if countries.insert(problem.country[need]).inserted { mixGain += 1 }
                if kinds.insert(problem.kind[need]).inserted { mixGain += 1 }
            }
            result.append(Move(variant: variant, needs: chosen.needs, gain: chosen.gain,
                               cost: Double(extra) * problem.days[variant], mixGain: mixGain))
        }
        return result
    }

    /// The cheapest-per-weight extension of `variant` that seats `need`, filled up with other
    /// unplaced needs, within `left` days; nil when none reaches the minimum.
    func seatingExtension(for need: Int, in variant: Int, _ packing: Packing, left: Double) -> Move? {
        let maximum = problem.maximum[variant], minimum = problem.minimum[variant]
        let sessions = packing.sessions[variant], load = packing.load[variant]
        let spare = sessions * maximum - load
        let others = problem.variantNeeds[variant].filter { $0 != need && packing.assigned[$0] < 0 }
        let first = max(1, (problem.headcount[need] - spare + maximum - 1) / maximum)
        var best: Move?
        for extra in first...(first + 1) where Double(extra) * problem.days[variant] <= left {
            let capacity = spare + extra * maximum - problem.headcount[need]
            let required = (sessions + extra) * minimum - load - problem.headcount[need]
            let floor = spare + (extra - 1) * maximum + 1 - problem.headcount[need]
            for order in [others, others.sorted { problem.headcount[$0] > problem.headcount[$1] }] {
                let (needs, gain, heads) = take(order, capacity: capacity)
                guard heads >= max(required, floor, 0) else { continue }
                let move = Move(variant: variant, needs: [need] + needs, gain: gain + problem.weight[need],
                                cost: Double(extra) * problem.days[variant], mixGain: 0)
                if best == nil || Double(move.gain) / move.cost > Double(best!.gain) / best!.cost { best = move }
            }
        }
        return best
    }

    private func take(_ order: [Int], capacity: Int) -> (needs: [Int], gain: Int, heads: Int) {
        var needs: [Int] = [], gain = 0, heads = 0
        for need in order where heads + problem.headcount[need] <= capacity {
            needs.append(need)
            gain += problem.weight[need]
            heads += problem.headcount[need]
        }
        return (needs, gain, heads)
    }
}
