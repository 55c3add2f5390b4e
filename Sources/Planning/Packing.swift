/// A choice of variant per need with what follows from it: loads, sessions, days, the
/// covered weight and a mixing count.
///
/// Sessions always follow from the load (`ceil(load / max)`); whether each session can
/// still reach its minimum is checked by `isValid(variant:)`, because a move may pass
/// through states that break it.
struct Packing {
    /// The variant each need sits in, or -1.
    var assigned: [Int]
    var load: [Int]
    var sessions: [Int]
    var weight = 0
    var days = 0.0
    /// Per variant, needs per country and per service kind, to count distinct ones.
    private var countryMembers: [Int32]
    private var kindMembers: [Int32]
    private var distinctCountries: [Int]
    private var distinctKinds: [Int]
    /// Participants who sit with another country, plus those who sit with another kind of
    /// service, counted per variant: the tie-break between plans of equal weight, in the
    /// same terms as the reported jointness.
    var mix = 0
    /// Staff seated in a quarter later than the one they asked for: among plans of equal
    /// weight, the one with fewer is better.
    var late = 0

    init(_ problem: PackingProblem) {
        assigned = Array(repeating: -1, count: problem.headcount.count)
        load = Array(repeating: 0, count: problem.variants.count)
        sessions = load
        countryMembers = Array(repeating: 0, count: problem.variants.count * problem.countryCount)
        kindMembers = Array(repeating: 0, count: problem.variants.count * problem.kindCount)
        distinctCountries = load
        distinctKinds = load
    }

    func isValid(variant: Int, _ problem: PackingProblem) -> Bool {
        sessions[variant] * problem.minimum[variant] <= load[variant]
    }

    /// Whether `self` is better than `other`: more weight, then fewer staff seated late,
    /// then more mixing, then fewer days.
    func isBetter(than other: Packing) -> Bool {
        if weight != other.weight { return weight > other.weight }
        if late != other.late { return late < other.late }
        if mix != other.mix { return mix > other.mix }
        return days < other.days - 1e-9
    }

    func isAtLeastAsGood(as other: Packing) -> Bool {
        !other.isBetter(than: self)
    }

    mutating func assign(_ need: Int, to variant: Int, _ problem: PackingProblem) {
        precondition(assigned[need] < 0, "need placed twice")
        assigned[need] = variant
        weight += problem.weight[need]
        if problem.isLate(need, in: variant) { late += problem.headcount[need] }
        let before = mixValue(variant)
        let country = variant * problem.countryCount + problem.country[need]
        countryMembers[country] += 1
        if countryMembers[country] == 1 { distinctCountries[variant] += 1 }
        let kind = variant * problem.kindCount + problem.kind[need]
        kindMembers[kind] += 1
        if kindMembers[kind] == 1 { distinctKinds[variant] += 1 }
        setLoad(variant, load[variant] + problem.headcount[need], problem)
        mix += mixValue(variant) - before
    }

    mutating func unassign(_ need: Int, _ problem: PackingProblem) {
        let variant = assigned[need]
        guard variant >= 0 else { return }
        assigned[need] = -1
        weight -= problem.weight[need]
        if problem.isLate(need, in: variant) { late -= problem.headcount[need] }
        let before = mixValue(variant)
        let country = variant * problem.countryCount + problem.country[need]
        countryMembers[country] -= 1
        if countryMembers[country] == 0 { distinctCountries[variant] -= 1 }
        let kind = variant * problem.kindCount + problem.kind[need]
        kindMembers[kind] -= 1
        if kindMembers[kind] == 0 { distinctKinds[variant] -= 1 }
        setLoad(variant, load[variant] - problem.headcount[need], problem)
        mix += mixValue(variant) - before
    }

    /// The needs sitting in a variant.
    func members(of variant: Int, _ problem: PackingProblem) -> [Int] {
        problem.variantNeeds[variant].filter { assigned[$0] == variant }
    }

    private func mixValue(_ variant: Int) -> Int {
        load[variant] * ((distinctCountries[variant] > 1 ? 1 : 0) + (distinctKinds[variant] > 1 ? 1 : 0))
    }

    private mutating func setLoad(_ variant: Int, _ newLoad: Int, _ problem: PackingProblem) {
        load[variant] = newLoad
        let newSessions = (newLoad + problem.maximum[variant] - 1) / problem.maximum[variant]
        days += Double(newSessions - sessions[variant]) * problem.days[variant]
        sessions[variant] = newSessions
    }
}
