/// An upper bound on the best covered weight, and guidance for the search, from the
/// Lagrangian relaxation of "each need in at most one variant".
///
/// With a price `λ_i` on each need, every variant may take any compatible need at weight
/// `w_i − λ_i`; the problem then splits into one subset-sum per variant and a knapsack over
/// training days, both solved exactly, and `Σ λ_i` plus that value bounds the true optimum
/// from above. Prices rise on needs taken by several variants and fall on needs no variant
/// takes (subgradient steps). Each round's choice, with every need sent to one variant that
/// took it, is a mapping for `MappingSearch` to evaluate exactly.
struct LagrangianBound {
    let problem: PackingProblem
    let allocation: PoolAllocation
    private var price: [Double]
    private var step = 1.0
    private var stale = 0
    /// The lowest bound found so far.
    private(set) var bound = Double.infinity

    init(problem: PackingProblem, allocation: PoolAllocation) {
        self.problem = problem
        self.allocation = allocation
        price = problem.weight.map { Double($0) * 0.5 }
    }

    /// One round's result: its bound, and which variants took each need.
    struct Round {
        var bound: Double
        var takenBy: [[Int]]
    }

    /// Solves the relaxation for the current prices and moves the prices; `lower` is the best
    /// value known, which sets the step length. Nil once the steps have become too small.
    mutating func round(lower: Int) -> Round? {
        guard step > 1e-4 else { return nil }
        let round = solve(price: price)
        if round.bound < bound - 1e-9 {
            bound = round.bound
            stale = 0
        } else {
            stale += 1
            if stale >= 8 {
                step /= 2
                stale = 0
            }
        }
        var gradient = Array(repeating: 0.0, count: price.count)
        var norm = 0.0
        for need in price.indices where !problem.needVariants[need].isEmpty {
            gradient[need] = 1 - Double(round.takenBy[need].count)
            norm += gradient[need] * gradient[need]
        }
        if norm == 0 {
            step = 0
        } else {
            let length = step * max(round.bound - Double(lower), 1) / norm
            for need in price.indices {
                price[need] = max(0, price[need] - length * gradient[need])
            }
        }
        return round
    }

    /// Elementary steps one round takes, for the search's work budget.
    var cost: Int {
        problem.variants.count * (allocation.budgetUnits + 1)
            + problem.variantNeeds.reduce(0) { total, pool in total + pool.count * pool.reduce(0) { $0 + problem.headcount[$1] } }
    }

    /// The relaxed problem for fixed prices, solved exactly.
    private func solve(price: [Double]) -> Round {
        var chosen: [[Int]] = Array(repeating: [], count: problem.variants.count)
        var tables: [[Double]] = []
        var loads: [[Int]] = []
        for variant in problem.variants.indices {
            let pool = problem.variantNeeds[variant].filter { Double(problem.weight[$0]) - price[$0] > 1e-12 }
            let (table, load) = sessionTable(variant: variant, pool: pool, price: price)
            tables.append(table)
            loads.append(load)
            chosen[variant] = pool
        }
        // Knapsack over days with the choice kept for reconstruction.
        let budgetUnits = allocation.budgetUnits
        var best = Array(repeating: 0.0, count: budgetUnits + 1)
        var choices: [[Int]] = []
        for variant in problem.variants.indices {
            let table = tables[variant], units = allocation.variantUnits[variant]
            var next = best
            var choice = Array(repeating: 0, count: budgetUnits + 1)
            for sessions in 1..<table.count where table[sessions] > 1e-12 {
                let cost = sessions * units
                guard cost <= budgetUnits else { break }
                for budget in cost...budgetUnits where best[budget - cost] + table[sessions] > next[budget] + 1e-12 {
                    next[budget] = best[budget - cost] + table[sessions]
                    choice[budget] = sessions
                }
            }
            best = next
            choices.append(choice)
        }
        var takenBy: [[Int]] = Array(repeating: [], count: problem.headcount.count)
        var budget = budgetUnits
        for variant in problem.variants.indices.reversed() {
            let sessions = choices[variant][budget]
            guard sessions > 0 else { continue }
            budget -= sessions * allocation.variantUnits[variant]
            for need in subset(pool: chosen[variant], price: price, load: loads[variant][sessions]) {
                takenBy[need].append(variant)
            }
        }
        let bound = best[budgetUnits] + price.enumerated().reduce(0) { total, entry in
            problem.needVariants[entry.offset].isEmpty ? total : total + entry.element
        }
        return Round(bound: bound, takenBy: takenBy)
    }

    /// Best reduced weight per number of sessions, and the load that reaches it.
    private func sessionTable(variant: Int, pool: [Int], price: [Double]) -> ([Double], [Int]) {
        let total = pool.reduce(0) { $0 + problem.headcount[$1] }
        var best = Array(repeating: -Double.infinity, count: total + 1)
        best[0] = 0
        var reach = 0
        for need in pool {
            let heads = problem.headcount[need], gain = Double(problem.weight[need]) - price[need]
            reach += heads
            var load = reach
            while load >= heads {
                if best[load - heads] + gain > best[load] { best[load] = best[load - heads] + gain }
                load -= 1
            }
        }
        let maximum = problem.maximum[variant], minimum = problem.minimum[variant]
        var table = [0.0], loads = [0]
        let limit = (total + maximum - 1) / maximum
        if limit > 0 {
            for sessions in 1...limit {
                let low = sessions * minimum, high = min(total, sessions * maximum)
                var value = -Double.infinity, at = 0
                if low <= high {
                    for load in low...high where best[load] > value {
                        value = best[load]
                        at = load
                    }
                }
                table.append(value)
                loads.append(at)
            }
        }
        return (table, loads)
    }

    /// The needs of `pool` whose reduced weights give the best value at exactly `load`.
    private func subset(pool: [Int], price: [Double], load target: Int) -> [Int] {
        var rows = [Array(repeating: -Double.infinity, count: target + 1)]
        rows[0][0] = 0
        for need in pool {
            var row = rows.last!
            let heads = problem.headcount[need], gain = Double(problem.weight[need]) - price[need]
            if heads <= target {
                for load in stride(from: target, through: heads, by: -1) where rows.last![load - heads] + gain > row[load] {
                    row[load] = rows.last![load - heads] + gain
                }
            }
            rows.append(row)
        }
        var load = target
        var result: [Int] = []
        for index in stride(from: pool.count, to: 0, by: -1) where rows[index][load] != rows[index - 1][load] {
            result.append(pool[index - 1])
            load -= problem.headcount[pool[index - 1]]
        }
        return result
    }
}
