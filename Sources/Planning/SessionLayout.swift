/// Seats the needs of one variant in its sessions: sizes as even as the places allow,
/// countries interleaved so that sessions mix, and a need's staff split over two sessions
/// only where the places leave no other way; then groups are moved or exchanged between
/// sessions while that seats more participants with another country or service.
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
        improveMixing(&result, country: country, kind: kind, minimum: minimum, maximum: maximum)
        return result
    }

    /// Moves one group to another session, or exchanges two groups, while every session
    /// stays within its places and more participants sit with another country or service.
    static func improveMixing(_ sessions: inout [[Seat]], country: (Int) -> Int, kind: (Int) -> Int,
                              minimum: Int, maximum: Int) {
        guard sessions.count > 1 else { return }
        func size(_ seats: [Seat]) -> Int { seats.reduce(0) { $0 + $1.staff } }
        func score(_ seats: [Seat]) -> Int {
            let countries = Set(seats.map { country($0.need) }).count, kinds = Set(seats.map { kind($0.need) }).count
            return size(seats) * ((countries > 1 ? 1 : 0) + (kinds > 1 ? 1 : 0))
        }
        func fits(_ seats: [Seat]) -> Bool { (minimum...maximum).contains(size(seats)) }
        var passes = 0
        var improved = true
        while improved && passes < 20 {
            improved = false
            passes += 1
            for a in sessions.indices {
                for b in sessions.indices where a != b {
                    let before = score(sessions[a]) + score(sessions[b])
                    var best: (gain: Int, from: [Seat], to: [Seat])?
                    for i in sessions[a].indices {
                        var from = sessions[a], to = sessions[b]
                        let moved = from.remove(at: i)
                        to.append(moved)
                        if fits(from), fits(to), score(from) + score(to) - before > (best?.gain ?? 0) {
                            best = (score(from) + score(to) - before, from, to)
                        }
                        for j in sessions[b].indices {
                            var swappedFrom = sessions[a], swappedTo = sessions[b]
                            swappedFrom[i] = sessions[b][j]
                            swappedTo[j] = sessions[a][i]
                            if fits(swappedFrom), fits(swappedTo),
                               score(swappedFrom) + score(swappedTo) - before > (best?.gain ?? 0) {
                                best = (score(swappedFrom) + score(swappedTo) - before, swappedFrom, swappedTo)
                            }
                        }
                    }
                    if let best {
                        sessions[a] = merged(best.from)
                        sessions[b] = merged(best.to)
                        improved = true
                    }
                }
            }
        }
    }

    /// Two seats of the same need in one session become one.
    private static func merged(_ seats: [Seat]) -> [Seat] {
        var result: [Seat] = []
        for seat in seats {
            if let index = result.firstIndex(where: { $0.need == seat.need }) {
                result[index].staff += seat.staff
            } else {
                result.append(seat)
            }
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
