import Planning
import Testing
import TrainingModel

@Suite("Planner: sessions within places, languages and budget")
struct PlannerTests {
    /// Small random inventories from a fixed seed, different in every call.
    struct Instances {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

        mutating func input(needs needCount: Int, modules moduleCount: Int) -> PlanningInput {
            let topics = ["a", "b", "c", "d"]
            let kinds: [ServiceKind] = [.police, .prosecution, .labourInspection]
            let languages: [LanguageCode] = ["nl", "fr", "en"]
            let modes: [DeliveryMode] = [.onsite, .online, .eLearning]
            let modules = (0..<moduleCount).map { index -> TrainingModule in
                let minimum = pick([1, 4, 8, 12])
                return module("M\(index)", topics: [pick(topics), pick(topics)], audiences: [pick(kinds), pick(kinds)],
                              languages: [pick(languages), pick(languages)], modes: [pick(modes)],
                              days: Double(int(1...3)), hours: int(0...2) == 0 ? Double(int(2...6)) : nil,
                              places: (minimum, minimum + int(2...16)))
            }
            let needs = (0..<needCount).map { index in
                need("N\(index)", country: pick(["BE", "NL", "LU"]), kind: pick(kinds), topic: pick(topics),
                     headcount: int(1...14), priority: int(1...4), languages: [pick(languages), pick(languages)],
                     modes: int(0...2) == 0 ? [pick(modes)] : [])
            }
            return PlanningInput(needs: needs, modules: modules, budgetDays: Double(int(1...12)))
        }
    }

    @Test("no session breaks its places, language or mode, the budget holds, every unmet need has a reason")
    func rulesHold() {
        var instances = Instances(state: 42)
        for _ in 0..<25 {
            let input = instances.input(needs: instances.int(5...30), modules: instances.int(2...8))
            // A lighter search: the rules must hold whatever the effort.
            let plan = Planner.plan(input, settings: PlannerSettings(improvementRounds: 100, exactSearchWork: 2_000_000))
            #expect(brokenRules(plan, input) == [])
            #expect(plan.unmet.allSatisfy { !$0.reason.explanation.isEmpty })
            #expect(plan.objective.daysUsed <= input.budgetDays + 1e-9)
        }
    }

    @Test("the plan is optimal on inventories small enough to try every choice")
    func optimalOnTinyInventories() {
        var instances = Instances(state: 7)
        for _ in 0..<20 {
            let input = instances.input(needs: instances.int(3...7), modules: instances.int(1...3))
            let plan = Planner.plan(input)
            #expect(plan.objective.coveredWeight == bruteForceOptimum(input), "\(input.needs.map(\.id))")
        }
    }

    @Test("a need's staff spread over several sessions of one module when the places require it")
    func spreadOverSessions() {
        let input = PlanningInput(needs: [need("BIG", headcount: 45), need("SMALL", country: "NL", headcount: 5)],
                                  modules: [module("M", places: (10, 20))], budgetDays: 3)
        let plan = Planner.plan(input)
        #expect(brokenRules(plan, input) == [])
        #expect(plan.sessions.count == 3)
        #expect(plan.sessions.map(\.participants).sorted() == [16, 17, 17])
        #expect(plan.unmet.isEmpty)
    }

    @Test("infeasible is never the answer: with no days every need is left out with a reason")
    func nothingFits() {
        let input = PlanningInput(needs: [need("A"), need("B", topic: "x")], modules: [module("M")], budgetDays: 0)
        let plan = Planner.plan(input)
        #expect(plan.sessions.isEmpty)
        #expect(plan.unmet.map(\.reason.code) == ["budget", "no-module"])
        #expect(plan.unmet.first?.reason.explanation.contains("budget exhausted") == true)
    }

    @Test("the heavier need gets the last days, the other is left out for budget")
    func budgetGoesToWeight() {
        let input = PlanningInput(
            needs: [need("LIGHT", headcount: 10, priority: 1), need("HEAVY", topic: "u", headcount: 10, priority: 4)],
            modules: [module("A", days: 2), module("B", topics: ["u"], days: 2)], budgetDays: 3)
        let plan = Planner.plan(input)
        #expect(plan.sessions.map(\.module.id) == ["B"])
        #expect(plan.unmet.map(\.need.id) == ["LIGHT"])
        #expect(plan.unmet.first?.reason.code == "budget")
        #expect(plan.unmet.first?.reason.explanation.contains("2 more days of A, and 1 is left") == true)
    }

    @Test("hour-based modules count their hours divided by 8 against the budget")
    func hoursCountAsDays() {
        let input = PlanningInput(needs: [need("A"), need("B", topic: "u")],
                                  modules: [module("H", hours: 4), module("I", topics: ["u"], hours: 4)], budgetDays: 1)
        let plan = Planner.plan(input)
        #expect(plan.sessions.map(\.days) == [0.5, 0.5])
        #expect(plan.objective.daysUsed == 1)
    }

    @Test("among plans of equal weight, sessions that mix countries and services are preferred")
    func prefersMixing() {
        // 20 staff, sessions of at most 10: two sessions either way, in one module or two.
        // Any split covers everything in 2 days; only the mixing tells the plans apart.
        let input = PlanningInput(
            needs: [need("BE1", country: "BE", kind: .police, headcount: 5),
                    need("BE2", country: "BE", kind: .police, headcount: 5),
                    need("NL1", country: "NL", kind: .prosecution, headcount: 5),
                    need("NL2", country: "NL", kind: .prosecution, headcount: 5)],
            modules: [module("A", places: (5, 10)), module("B", places: (5, 10))], budgetDays: 2)
        let plan = Planner.plan(input)
        #expect(brokenRules(plan, input) == [])
        #expect(plan.unmet.isEmpty)
        #expect(plan.sessions.count == 2)
        #expect(plan.sessions.allSatisfy { $0.countries == ["BE", "NL"] && $0.serviceKinds == [.police, .prosecution] })
        #expect(plan.jointness.score == 1)
        #expect(plan.jointness.multiCountrySessions == 2)
    }

    @Test("equal weight and mixing: fewer training days are preferred")
    func prefersFewerDays() {
        let input = PlanningInput(
            needs: [need("BE1", country: "BE", headcount: 5), need("NL1", country: "NL", headcount: 5)],
            modules: [module("A", places: (5, 10)), module("B", places: (5, 10))], budgetDays: 2)
        let plan = Planner.plan(input)
        #expect(plan.sessions.count == 1)
        #expect(plan.objective.daysUsed == 1)
    }

    @Test("the same input always gives the same plan")
    func deterministic() {
        var instances = Instances(state: 99)
        let input = instances.input(needs: 30, modules: 6)
        #expect(Planner.plan(input) == Planner.plan(input))
    }

    /// The best covered weight by trying every variant (or none) for every need.
    func bruteForceOptimum(_ input: PlanningInput) -> Int {
        struct Option { var module: Int; var language: LanguageCode; var mode: DeliveryMode }
        let options: [[Option]] = input.needs.map { need in
            input.modules.enumerated().flatMap { index, module -> [Option] in
                guard module.status == .active, let topic = need.topic, module.topics.contains(topic),
                      module.audiences.contains(need.serviceKind) else { return [] }
                return module.languages.filter { need.trainingLanguages.contains($0) }.flatMap { language in
                    module.modes.filter(need.accepts).map { Option(module: index, language: language, mode: $0) }
                }
            }
        }
        var best = 0
        var choice = Array(repeating: -1, count: input.needs.count)
        func evaluate() {
            var loads: [String: (module: Int, load: Int)] = [:]
            var weight = 0
            for (index, picked) in choice.enumerated() where picked >= 0 {
                let option = options[index][picked]
                let key = "\(option.module)|\(option.language)|\(option.mode)"
                loads[key, default: (option.module, 0)].load += input.needs[index].headcount
                weight += input.needs[index].weight
            }
            var days = 0.0
            for (module, load) in loads.values {
                let places = input.modules[module].effectivePlaces
                let sessions = (load + places.max - 1) / places.max
                if sessions * places.min > load { return }
                days += Double(sessions) * input.modules[module].duration.days
            }
            if days <= input.budgetDays + 1e-9 { best = max(best, weight) }
        }
        func recurse(_ index: Int) {
            if index == input.needs.count { return evaluate() }
            for picked in -1..<options[index].count {
                choice[index] = picked
                recurse(index + 1)
            }
        }
        recurse(0)
        return best
    }
}
