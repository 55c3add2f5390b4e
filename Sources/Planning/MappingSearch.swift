/// Polishes a plan on small inputs. Every need gets one pool (a variant it may go to);
/// `PoolAllocation` solves each choice of pools exactly. The search climbs by moving single
/// needs between pools, then repeatedly takes a few related needs out of their pools and
/// puts each back where the exact value is highest (ruin and recreate), keeping changes
/// that do not lower the value, for as much work as the input's size allows.
///
/// A plan is always reachable from the pools of its own needs, so the result is never
/// worse than the plan it starts from.
struct MappingSearch {
    let problem: PackingProblem
    let allocation: PoolAllocation
    /// Budget of table work, in elementary steps of the knapsacks.
    let work: Int
    var random: SeededRandom
    static let lagrangianRounds = 300

    static func cost(_ problem: PackingProblem, _ allocation: PoolAllocation) -> Int {
        max(1, problem.variants.count * (allocation.budgetUnits + 1))
    }

    /// Whether at least a few full climbs fit in `work`.
    static func isWorthwhile(_ problem: PackingProblem, _ allocation: PoolAllocation, work: Int) -> Bool {
        let moves = problem.needVariants.reduce(0) { $0 + max(0, $1.count - 1) }
        return moves > 0 && 3 * moves * cost(problem, allocation) <= work
    }

    mutating func improve(_ start: Packing) -> Packing {
        var used = 0
        let movable = problem.needVariants.indices.filter { problem.needVariants[$0].count > 1 }
        let mapping = problem.needVariants.indices.map { need -> Int in
            start.assigned[need] >= 0 ? start.assigned[need] : (problem.needVariants[need].first ?? -1)
        }
        var current = State(mapping: mapping, problem: problem, allocation: allocation)
        climb(&current, movable: movable, used: &used)
        var best = current

        // Prices on needs point to mappings worth trying, and bound what can be reached:
        // once the best mapping meets the bound, it is optimal and the search stops.
        var relaxation = LagrangianBound(problem: problem, allocation: allocation)
        let roundCost = relaxation.cost
        var proved = false
        for _ in 0..<Self.lagrangianRounds {
            guard used < work, let round = relaxation.round(lower: best.value) else { break }
            used += roundCost
            if Double(best.value) >= (relaxation.bound + 1e-6).rounded(.down) {
                proved = true
                break
            }
            var guided = best.mapping
            for need in guided.indices {
                if let variant = round.takenBy[need].first { guided[need] = variant }
            }
            var trial = State(mapping: guided, problem: problem, allocation: allocation)
            used += Self.cost(problem, allocation)
            if trial.value > best.value {
                climb(&trial, movable: movable, used: &used)
                best = trial
                current = trial
            }
        }
        let bound = (relaxation.bound + 1e-6).rounded(.down)
        while !proved && used < work && Double(best.value) < bound {
            var trial = current
            recreate(&trial, ruining: related(to: movable.randomElement(using: &random)!), used: &used)
            // Threshold acceptance: early on, a slightly worse mapping may be kept, so that
            // the search can leave a local optimum; the threshold shrinks to zero.
            let threshold = Double(best.value) * 0.02 * max(0, 1 - Double(used) / Double(work))
            if Double(trial.value) >= Double(current.value) - threshold {
                current = trial
                if current.value > best.value {
                    climb(&current, movable: movable, used: &used)
                    best = current
                }
            }
        }
        let result = allocation.packing(pools: best.pools, tables: best.tables)
        return result.weight > start.weight ? result : start
    }

    /// Moves single needs to another of their variants while that raises the value.
    private mutating func climb(_ state: inout State, movable: [Int], used: inout Int) {
        var improved = true
        while improved && used < work {
            improved = false
            for need in movable {
                for to in problem.needVariants[need] where to != state.mapping[need] {
                    used += Self.cost(problem, allocation)
                    let before = state.value
                    state.move(need, to: to, problem: problem, allocation: allocation)
                    if state.value > before {
                        improved = true
                        break
                    }
                    if state.value < before || to != state.mapping[need] {
                        state.undo(problem: problem, allocation: allocation)
                    }
                }
            }
        }
    }

    /// A few needs that share a variant with `seed`, `seed` included.
    private mutating func related(to seed: Int) -> [Int] {
        var neighbours = Set<Int>()
        for variant in problem.needVariants[seed] {
            for need in problem.variantNeeds[variant] where problem.needVariants[need].count > 1 { neighbours.insert(need) }
        }
        neighbours.remove(seed)
        let count = Int.random(in: 1...5, using: &random)
        return [seed] + neighbours.sorted().shuffled(using: &random).prefix(count)
    }

    /// Takes `needs` out of their pools, then puts each back into the variant where the
    /// exact value is highest.
    private mutating func recreate(_ state: inout State, ruining needs: [Int], used: inout Int) {
        for need in needs { state.detach(need, problem: problem, allocation: allocation) }
        for need in needs.shuffled(using: &random) {
            var best: (variant: Int, value: Int)?
            for variant in problem.needVariants[need] {
                used += Self.cost(problem, allocation)
                state.attach(need, to: variant, problem: problem, allocation: allocation)
                if best == nil || state.value > best!.value || (state.value == best!.value && random.next() % 2 == 0) {
                    best = (variant, state.value)
                }
                state.detach(need, problem: problem, allocation: allocation)
            }
            state.attach(need, to: best!.variant, problem: problem, allocation: allocation)
        }
    }

    /// Pools, their tables and the exact value for one mapping of needs to variants.
    private struct State {
        var mapping: [Int]
        var pools: [[Int]]
        var tables: [[Int]]
        var value: Int
        private var last: (need: Int, from: Int, fromTable: [Int], toTable: [Int], value: Int)?

        init(mapping: [Int], problem: PackingProblem, allocation: PoolAllocation) {
            self.mapping = mapping
            pools = Array(repeating: [], count: problem.variants.count)
            for (need, variant) in mapping.enumerated() where variant >= 0 { pools[variant].append(need) }
            tables = pools.enumerated().map { allocation.table(variant: $0.offset, pool: $0.element) }
            value = allocation.value(tables: tables)
        }

        mutating func detach(_ need: Int, problem: PackingProblem, allocation: PoolAllocation) {
            let from = mapping[need]
            guard from >= 0 else { return }
            pools[from].removeAll { $0 == need }
            tables[from] = allocation.table(variant: from, pool: pools[from])
            mapping[need] = -1
            value = allocation.value(tables: tables)
        }

        mutating func attach(_ need: Int, to variant: Int, problem: PackingProblem, allocation: PoolAllocation) {
            pools[variant].append(need)
            tables[variant] = allocation.table(variant: variant, pool: pools[variant])
            mapping[need] = variant
            value = allocation.value(tables: tables)
        }

        /// Moves a need to another pool; `undo()` takes the last move back.
        mutating func move(_ need: Int, to: Int, problem: PackingProblem, allocation: PoolAllocation) {
            let from = mapping[need]
            last = (need, from, tables[from], tables[to], value)
            pools[from].removeAll { $0 == need }
            pools[to].append(need)
            tables[from] = allocation.table(variant: from, pool: pools[from])
            tables[to] = allocation.table(variant: to, pool: pools[to])
            mapping[need] = to
            value = allocation.value(tables: tables)
        }

        mutating func undo(problem: PackingProblem, allocation: PoolAllocation) {
            guard let last else { return }
            let to = mapping[last.need]
            pools[to].removeAll { $0 == last.need }
            pools[last.from].append(last.need)
            tables[last.from] = last.fromTable
            tables[to] = last.toTable
            mapping[last.need] = last.from
            value = last.value
            self.last = nil
        }
    }
}
