import Planning
import Testing
import TrainingModel

@Suite("Planner: sessions kept from an earlier plan")
struct KeptSessionTests {
    static func kept(_ session: PlannedSession) -> KeptSession {
        KeptSession(id: session.id, module: session.module.id, language: session.language, mode: session.mode,
                    quarter: session.quarter, dates: KeptDates(start: "2027-04-05", end: "2027-04-06"),
                    seats: session.placements.map { KeptSession.Seat(need: $0.need.id, staff: $0.staff) })
    }

    @Test("kept sessions stay exactly as they were after replanning with new needs; their days count against the budget")
    func keptUnchanged() throws {
        var instances = PlannerTests.Instances(state: 99)
        for _ in 0..<10 {
            let first = instances.input(needs: 20, modules: 4)
            let earlier = Planner.plan(first, settings: PlannerSettings(improvementRounds: 100, exactSearchWork: 2_000_000))
            guard earlier.sessions.count >= 2 else { continue }
            let keep = earlier.sessions.enumerated().filter { $0.offset % 2 == 0 }.map { Self.kept($0.element) }
            var second = first
            // Late answers: new needs, some on the topics of the kept sessions.
            second.needs += (0..<8).map { index in
                need("NEW\(index)", country: instances.pick(["BE", "NL", "LU"]), topic: instances.pick(["a", "b", "c", "d"]),
                     headcount: instances.int(1...10), priority: 4, languages: ["nl", "fr", "en"])
            }
            second.kept = keep
            let replanned = Planner.plan(second, settings: PlannerSettings(improvementRounds: 100, exactSearchWork: 2_000_000))
            #expect(replanned.notKept.isEmpty)
            for kept in keep {
                let session = try #require(replanned.sessions.first { $0.id == kept.id })
                #expect(session.confirmed)
                #expect(session.module.id == kept.module && session.language == kept.language && session.mode == kept.mode)
                #expect(session.quarter == kept.quarter && session.keptDates == kept.dates)
                #expect(session.placements.map { KeptSession.Seat(need: $0.need.id, staff: $0.staff) } == kept.seats)
            }
            #expect(Set(replanned.sessions.map(\.id)).count == replanned.sessions.count)
            #expect(replanned.objective.daysUsed <= second.budgetDays + 1e-9)
            let keptNeeds = Set(keep.flatMap(\.seats).map(\.need))
            #expect(replanned.sessions.filter { !$0.confirmed }.allSatisfy { $0.placements.allSatisfy { !keptNeeds.contains($0.need.id) } })
        }
    }

    @Test("a kept session whose module or need is withdrawn is reported, not dropped silently, and its needs are planned again")
    func noLongerFits() {
        let modules = [module("M", places: (2, 20)), module("W", places: (2, 20), status: .withdrawn)]
        let needs = [need("A", headcount: 4), need("B", country: "NL", headcount: 4)]
        let gone = KeptSession(id: "C7", module: "M", language: "en", mode: .onsite, seats: [.init(need: "A", staff: 4), .init(need: "X", staff: 3)])
        let withdrawn = KeptSession(id: "C8", module: "W", language: "en", mode: .onsite, seats: [.init(need: "B", staff: 4)])
        let plan = Planner.plan(PlanningInput(needs: needs, modules: modules, budgetDays: 5, kept: [gone, withdrawn]))
        #expect(plan.notKept.map(\.session.id) == ["C7", "C8"])
        #expect(plan.notKept.map(\.reason) == [.needsWithdrawn(["X"]), .moduleWithdrawn])
        #expect(plan.notKept[0].explanation == "need X is no longer in the inventory")
        #expect(plan.sessions.allSatisfy { !$0.confirmed })
        #expect(Set(plan.coveredNeeds.map(\.id)) == ["A", "B"])
    }
}
