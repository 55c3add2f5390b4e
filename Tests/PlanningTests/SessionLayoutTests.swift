@testable import Planning
import Testing

@Suite("Seating the needs of one variant in its sessions")
struct SessionLayoutTests {
    @Test("every session within its places, every need's staff seated exactly once")
    func seating() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<300 {
            let count = Int.random(in: 1...9, using: &random)
            let heads = (0..<count).map { _ in Int.random(in: 1...25, using: &random) }
            let countries = (0..<count).map { _ in Int.random(in: 0...2, using: &random) }
            let minimum = Int.random(in: 1...12, using: &random)
            let maximum = minimum + Int.random(in: 0...20, using: &random)
            let total = heads.reduce(0, +)
            let sessions = (total + maximum - 1) / maximum
            guard sessions * minimum <= total else { continue }
            let seats = SessionLayout.seat(needs: Array(0..<count), headcount: { heads[$0] }, country: { countries[$0] },
                                           kind: { _ in 0 }, sessions: sessions, minimum: minimum, maximum: maximum)
            #expect(seats.count == sessions)
            for session in seats {
                let size = session.reduce(0) { $0 + $1.staff }
                #expect((minimum...maximum).contains(size), "\(heads) in \(sessions) × \(minimum)–\(maximum)")
                #expect(Set(session.map(\.need)).count == session.count)
                #expect(session.allSatisfy { $0.staff > 0 })
            }
            var seated = Array(repeating: 0, count: count)
            for seat in seats.joined() { seated[seat.need] += seat.staff }
            #expect(seated == heads)
        }
    }

    @Test("two countries in two sessions: each session gets both when the places allow")
    func mixes() {
        let heads = [6, 12, 6, 15]
        let countries = [0, 0, 1, 1]
        let seats = SessionLayout.seat(needs: [0, 1, 2, 3], headcount: { heads[$0] }, country: { countries[$0] },
                                       kind: { _ in 0 }, sessions: 2, minimum: 12, maximum: 28)
        #expect(seats.allSatisfy { Set($0.map { countries[$0.need] }).count == 2 })
    }
}
