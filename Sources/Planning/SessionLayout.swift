/// Seats the needs of one variant in its sessions: sizes as even as the places allow,
/// countries interleaved so that sessions mix, and a need's staff split over two sessions
/// only where the places leave no other way.
enum SessionLayout {
    /// One seat assignment: `staff` of need `need` (an index) in a session.
    struct Seat: Hashable {
        var need: Int
        var staff: Int
    }

    /// `needs` with their headcount, country and kind; `sessions × minimum ≤ total ≤
    /// sessions × maximum` must hold.
    static func seat(needs: [Int], headcount: (Int) -> Int, country: (Int) -> Int, kind: (Int) -> Int,
                     sessions: Int, minimum: Int, maximum: Int) -> [[Seat]] {
        guard sessions > 0 else { return [] }
        var queue = interleaved(needs, country: country, kind: kind).map { Seat(need: $0, staff: headcount($0)) }
        var remaining = queue.reduce(0) { $0 + $1.staff }
        var result: [[Seat]] = []
        var position = 0
        for index in 0..<sessions {
            let after = sessions - index - 1
            let fits = { (rest: Int) -> Bool in
                after == 0 ? rest == 0 : after * minimum <= rest && rest <= after * maximum
            }
            let target = after == 0 ? remaining : (remaining + after) / (after + 1)
            var seats: [Seat] = []
            var size = 0
            while position < queue.count {
                let next = queue[position]
                if size + next.staff <= target {
                    seats.append(next)
                    size += next.staff
                    position += 1
                    if size == target { break }
                    continue
                }
                if size + next.staff <= maximum && fits(remaining - size - next.staff) {
                    seats.append(next)
                    size += next.staff
                    position += 1
                    break
                }
                if size >= minimum && fits(remaining - size) { break }
                let part = target - size
                seats.append(Seat(need: next.need, staff: part))
                queue[position].staff -= part
                size += part
                break
            }
            remaining -= size
            result.append(seats)
        }
        return result
    }

    /// The needs ordered so that neighbours come from different countries where possible,
    /// and, within a country, from different kinds of service.
    static func interleaved(_ needs: [Int], country: (Int) -> Int, kind: (Int) -> Int) -> [Int] {
        var groups: [Int: [Int]] = [:]
        for need in needs { groups[country(need), default: []].append(need) }
        var lanes = groups.values.map { group in
            group.sorted { (kind($0), $0) < (kind($1), $1) }
        }.sorted { ($0.count, -($0.first ?? 0)) > ($1.count, -($1.first ?? 0)) }
        for lane in lanes.indices {
            lanes[lane] = alternatingKinds(lanes[lane], kind: kind)
        }
        var result: [Int] = []
        var index = 0
        while result.count < needs.count {
            for lane in lanes where index < lane.count { result.append(lane[index]) }
            index += 1
        }
        return result
    }

    private static func alternatingKinds(_ needs: [Int], kind: (Int) -> Int) -> [Int] {
        var byKind: [Int: [Int]] = [:]
        for need in needs { byKind[kind(need), default: []].append(need) }
        let lanes = byKind.keys.sorted().map { byKind[$0]! }
        var result: [Int] = []
        var index = 0
        while result.count < needs.count {
            for lane in lanes where index < lane.count { result.append(lane[index]) }
            index += 1
        }
        return result
    }
}
