import TrainingModel

/// A way of giving a module: one language, one mode, one quarter, and, where a service
/// answered that it would not train with other countries or other kinds of service, one
/// country or one kind of service only. Every session of a variant is the same, so the
/// planner decides per variant which needs it takes and thereby how many sessions it runs.
struct SessionVariant: Hashable {
    var module: Int
    var language: LanguageCode
    var mode: DeliveryMode
    /// Index into `PackingProblem.quarters`, or -1 when the plan has no quarters.
    var quarter: Int = -1
    /// Only staff of this country (a `country` index) may sit in it, or -1 for any.
    var onlyCountry: Int = -1
    /// Only staff of this kind of service (a `kind` index) may sit in it, or -1 for any.
    var onlyKind: Int = -1
}

/// The optimisation problem in index form, built once from the needs and their candidates.
///
/// Choose for each need at most one variant it is compatible with; a variant with load
/// `H` (the summed headcount of its needs) runs `ceil(H / max)` sessions and is feasible
/// when that many sessions can each hold at least `min` (`sessions × min ≤ H`): staff of a
/// need may be spread over the sessions, so sizes can always be balanced. The sessions'
/// days must stay within the budget; the covered weight is maximised.
///
/// A class, so that the search's many closures share it instead of copying its arrays.
final class PackingProblem {
    let headcount: [Int]
    let weight: [Int]
    /// Compatible variants per need (index into `variants`).
    let needVariants: [[Int]]
    let variants: [SessionVariant]
    /// Compatible needs per variant, the best weight per head first.
    let variantNeeds: [[Int]]
    let minimum: [Int]
    let maximum: [Int]
    let days: [Double]
    /// Small integers for the need's country and service kind, to count mixing.
    let country: [Int]
    let kind: [Int]
    let countryCount: Int
    let kindCount: Int
    let budget: Double
    /// The quarters sessions may be given in, `YYYY-Qn`, in order: the requested periods
    /// from the earliest quarter on (empty when no need asks for one and no start is given).
    let quarters: [String]
    /// Per need, the last quarter index that is on time: a session in a later quarter seats
    /// the need late (-1: every quarter is late; `Int.max`: the need asks for none).
    let lastOnTime: [Int]
    /// Per need, the first quarter index it may be seated in (its period or later).
    let firstQuarter: [Int]
    /// The index of each variant, to find the one a need moves to.
    let variantIndex: [SessionVariant: Int]

    /// Needs that cannot be covered at all have no variants; `candidates[i]` lists module
    /// indices of need `i`.
    ///
    /// Without `quarters`, variants carry no quarter (-1): which quarter a session goes to
    /// never changes what can be covered (every need may sit in the last quarter, late), so
    /// the covered weight is searched without it, and quarters are chosen afterwards.
    init(needs: [Need], candidates: [[Int]], modules: [TrainingModule], budget: Double, earliestQuarter: String? = nil,
         quarters withQuarters: Bool = true) {
        let headcount = needs.map { max(1, $0.headcount) }
        let weight = needs.map(\.weight)
        self.headcount = headcount
        self.weight = weight
        var countries: [CountryCode: Int] = [:]
        var kinds: [ServiceKind: Int] = [:]
        let country = needs.map { need in
            if let known = countries[need.country] { return known }
            countries[need.country] = countries.count
            return countries.count - 1
        }
        let kind = needs.map { need in
            if let known = kinds[need.serviceKind] { return known }
            kinds[need.serviceKind] = kinds.count
            return kinds.count - 1
        }
        self.country = country
        self.kind = kind
        countryCount = max(1, countries.count)
        kindCount = max(1, kinds.count)
        self.budget = budget.isFinite ? max(0, budget) : 0

        // Quarters: every requested period not before the earliest one, and the earliest itself.
        var quarterSet = Set(needs.compactMap(\.period).map { period in earliestQuarter.map { Swift.max(period, $0) } ?? period })
        if let earliestQuarter { quarterSet.insert(earliestQuarter) }
        let quarters = quarterSet.sorted()
        self.quarters = quarters
        let lastOnTime = needs.map { need -> Int in
            guard let period = need.period else { return Int.max }
            return quarters.firstIndex(of: period) ?? -1
        }
        self.lastOnTime = lastOnTime
        // The quarters a need may be seated in: its own period or later.
        let allowedQuarters: [Range<Int>] = needs.map { need in
            guard !quarters.isEmpty else { return 0..<0 }
            guard let period = need.period else { return 0..<quarters.count }
            return (quarters.firstIndex { $0 >= period } ?? quarters.count)..<quarters.count
        }
        firstQuarter = allowedQuarters.map { $0.isEmpty ? -1 : $0.lowerBound }
        // Restricted variants exist only where some need answered no: (country, kind), -1 for any.
        var restrictions = Set<[Int]>()
        for (index, need) in needs.enumerated() where need.jointCountries == .no || need.jointServices == .no {
            restrictions.insert([need.jointCountries == .no ? country[index] : -1, need.jointServices == .no ? kind[index] : -1])
        }
        let restrictionsOf: [[[Int]]] = needs.indices.map { index in
            let need = needs[index]
            var options = need.jointCountries != .no && need.jointServices != .no ? [[-1, -1]] : []
            for option in restrictions.sorted(by: { $0.lexicographicallyPrecedes($1) })
            where (option[0] == -1 || option[0] == country[index]) && (option[1] == -1 || option[1] == kind[index])
                && (need.jointCountries != .no || option[0] != -1) && (need.jointServices != .no || option[1] != -1) {
                options.append(option)
            }
            return options
        }

        var variantIndex: [SessionVariant: Int] = [:]
        var variants: [SessionVariant] = []
        var needVariants = Array(repeating: [Int](), count: needs.count)
        for (need, modulesOfNeed) in zip(needs.indices, candidates) {
            for moduleIndex in modulesOfNeed {
                let module = modules[moduleIndex]
                let languages = CandidateFinder.sharedLanguages(module, needs[need].trainingLanguages)
                for language in languages {
                    for mode in Self.distinct(module.modes) where needs[need].accepts(mode) {
                        let quarterChoices = quarters.isEmpty || !withQuarters ? [-1] : Array(allowedQuarters[need])
                        for quarter in quarterChoices {
                            for restriction in restrictionsOf[need] {
                                let variant = SessionVariant(module: moduleIndex, language: language, mode: mode, quarter: quarter,
                                                             onlyCountry: restriction[0], onlyKind: restriction[1])
                                let index: Int
                                if let known = variantIndex[variant] {
                                    index = known
                                } else {
                                    index = variants.count
                                    variantIndex[variant] = index
                                    variants.append(variant)
                                }
                                needVariants[need].append(index)
                            }
                        }
                    }
                }
            }
        }
        var variantNeeds = Array(repeating: [Int](), count: variants.count)
        for (need, list) in needVariants.enumerated() {
            for variant in list { variantNeeds[variant].append(need) }
        }
        for variant in variantNeeds.indices {
            variantNeeds[variant].sort { a, b in
                let left = weight[a] * headcount[b], right = weight[b] * headcount[a]
                return left != right ? left > right : (weight[a] != weight[b] ? weight[a] > weight[b] : a < b)
            }
        }
        let minimum = variants.map { max(1, modules[$0.module].effectivePlaces.min) }
        self.minimum = minimum
        maximum = zip(variants, minimum).map { variant, minimum in max(minimum, modules[variant.module].effectivePlaces.max) }
        days = variants.map { modules[$0.module].duration.days }
        self.variants = variants
        self.variantIndex = variantIndex
        self.needVariants = needVariants
        self.variantNeeds = variantNeeds
    }

    /// Whether need `need` sits late in `variant`: in a quarter after the one it asked for.
    func isLate(_ need: Int, in variant: Int) -> Bool {
        variants[variant].quarter > lastOnTime[need]
    }

    /// Sessions needed for a load, or nil when no number of sessions can hold it within
    /// `min` and `max`.
    func sessions(variant: Int, load: Int) -> Int? {
        guard load > 0 else { return 0 }
        let count = (load + maximum[variant] - 1) / maximum[variant]
        return count * minimum[variant] <= load ? count : nil
    }

    private static func distinct(_ modes: [DeliveryMode]) -> [DeliveryMode] {
        var seen = Set<DeliveryMode>()
        return modes.filter { seen.insert($0).inserted }
    }
}
