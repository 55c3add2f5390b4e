/// The best plan when each need may only go to one given variant (its "pool"), computed
/// exactly: per variant, which of its pool's needs to take for each number of sessions
/// (a subset-sum over headcounts), then how many sessions each variant gets within the
/// budget (a knapsack over training days counted in small whole units).
///
/// Used on inputs small enough for the tables; `MappingSearch` moves needs between pools.
struct PoolAllocation {
    let problem: PackingProblem
    /// Training days are counted in units of `1 / unitsPerDay` day.
    let unitsPerDay: Int
    let budgetUnits: Int
    let variantUnits: [Int]

    /// Nil when the durations have no common unit small enough for the tables.
    init?(problem: PackingProblem, maxBudgetUnits: Int = 4_000) {
        self.problem = problem
        guard let unit = [1, 2, 4, 8, 16, 24, 40, 48, 80, 100, 120].first(where: { unit in
            problem.days.allSatisfy { day in
                let scaled = day * Double(unit)
                return abs(scaled - scaled.rounded()) < 1e-9 && scaled.rounded() >= 1
            }
        }) else { return nil }
        // Compared as a Double first: converting a budget beyond Int's range would trap.
        let scaledBudget = (problem.budget * Double(unit) + 1e-9).rounded(.down)
        guard scaledBudget <= Double(maxBudgetUnits) else { return nil }
        let budget = Int(scaledBudget)
        unitsPerDay = unit
        budgetUnits = budget
        variantUnits = problem.days.map { Int(($0 * Double(unit)).rounded()) }
    }

    /// For one variant and its pool: the best weight with k sessions, k = 0, 1, ...
    /// (-1 where no subset fills k sessions within the places).
    func table(variant: Int, pool: [Int]) -> [Int] {
        let total = pool.reduce(0) { $0 + problem.headcount[$1] }
        let maximum = problem.maximum[variant], minimum = problem.minimum[variant]
        let best = subsetSums(pool, total: total)
        let sessionsLimit = (total + maximum - 1) / maximum
        var result = [0]
        guard sessionsLimit > 0 else { return result }
        for sessions in 1...sessionsLimit {
            let low = sessions * minimum, high = min(total, sessions * maximum)
            var value = -1
            if low <= high {
                for load in low...high where best[load] > value { value = best[load] }
            }
            result.append(value)
        }
        return result
    }

    /// The best weight for every total headcount 0...total (-1 when unreachable).
    private func subsetSums(_ pool: [Int], total: Int) -> [Int] {
        var best = Array(repeating: -1, count: total + 1)
        best[0] = 0
        var reach = 0
        for need in pool {
            let heads = problem.headcount[need], weight = problem.weight[need]
            reach += heads
            var load = reach
            while load >= heads {
                if best[load - heads] >= 0, best[load - heads] + weight > best[load] {
                    best[load] = best[load - heads] + weight
                }
                load -= 1
            }
        }
        return best
    }

    /// The best total weight over the variants' tables within the budget.
    func value(tables: [[Int]]) -> Int {
        var best = Array(repeating: 0, count: budgetUnits + 1)
        var next = best
        let budgetUnits = budgetUnits
        for (variant, table) in tables.enumerated() where table.count > 1 {
            let units = variantUnits[variant]
            guard units <= budgetUnits else { continue }
            best.withUnsafeBufferPointer { before in
                next.withUnsafeMutableBufferPointer { after in
                    _ = after.initialize(fromContentsOf: before)
                    table.withUnsafeBufferPointer { table in
                        var cost = units
                        for sessions in 1..<table.count {
                            guard cost <= budgetUnits else { break }
                            let gain = table[sessions]
                            if gain > 0 {
                                var budget = cost
                                while budget <= budgetUnits {
                                    let candidate = before[budget - cost] + gain
                                    if candidate > after[budget] { after[budget] = candidate }
                                    budget += 1
                                }
                            }
                            cost += units
                        }
                    }
                }
            }
            swap(&best, &next)
        }
        return best[budgetUnits]
    }

    /// The packing that reaches `value(tables:)` for these pools.
    func packing(pools: [[Int]], tables: [[Int]]) -> Packing {
        var best = Array(repeating: 0, count: budgetUnits + 1)
        var choices: [[Int]] = []
        var used: [Int] = []
        for (variant, table) in tables.enumerated() where table.count > 1 {
            let units = variantUnits[variant]
            var next = best
            var choice = Array(repeating: 0, count: budgetUnits + 1)
            for sessions in 1..<table.count where table[sessions] > 0 {
                let cost = sessions * units
                guard cost <= budgetUnits else { break }
                for budget in cost...budgetUnits where best[budget - cost] + table[sessions] > next[budget] {
                    next[budget] = best[budget - cost] + table[sessions]
                    choice[budget] = sessions
                }
            }
            best = next
            choices.append(choice)
            used.append(variant)
        }
        var packing = Packing(problem)
        var budget = budgetUnits
        for (position, variant) in used.enumerated().reversed() {
            let sessions = choices[position][budget]
            guard sessions > 0 else { continue }
            budget -= sessions * variantUnits[variant]
            for need in subset(variant: variant, pool: pools[variant], sessions: sessions) {
                packing.assign(need, to: variant, problem)
            }
        }
        return packing
    }

    /// The needs of the pool that give the table's value for `sessions` sessions.
    private func subset(variant: Int, pool: [Int], sessions: Int) -> [Int] {
        let total = pool.reduce(0) { $0 + problem.headcount[$1] }
        // best[i][load]: the best weight with the first i needs and exactly this load.
        var rows = [Array(repeating: -1, count: total + 1)]
        rows[0][0] = 0
        for need in pool {
            var row = rows.last!
            let heads = problem.headcount[need], weight = problem.weight[need]
            for load in stride(from: total, through: heads, by: -1) where rows.last![load - heads] >= 0 {
                row[load] = max(row[load], rows.last![load - heads] + weight)
            }
            rows.append(row)
        }
        let low = sessions * problem.minimum[variant], high = min(total, sessions * problem.maximum[variant])
        guard low <= high, var load = (low...high).max(by: { rows.last![$0] < rows.last![$1] }),
              rows.last![load] >= 0 else { return [] }
        var chosen: [Int] = []
        for index in stride(from: pool.count, to: 0, by: -1) where rows[index][load] != rows[index - 1][load] {
            chosen.append(pool[index - 1])
            load -= problem.headcount[pool[index - 1]]
        }
        return chosen
    }
}
