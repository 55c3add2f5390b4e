import Planning
import Testing
import TrainingModel

/// Sessions a need may not sit in because of its own answers or its requested quarter.
func consentAndPeriodProblems(_ plan: Plan) -> [String] {
    var problems: [String] = []
    for session in plan.sessions {
        for placement in session.placements {
            let need = placement.need
            if need.jointCountries == .no, session.countries != [need.country] {
                problems.append("\(session.id): \(need.id) answered no to other countries, sits with \(session.countries)")
            }
            if need.jointServices == .no, session.serviceKinds != [need.serviceKind] {
                problems.append("\(session.id): \(need.id) answered no to other services, sits with \(session.serviceKinds)")
            }
            if let period = need.period {
                if let quarter = session.quarter {
                    if quarter < period { problems.append("\(session.id): \(need.id) asked for \(period), seated in \(quarter)") }
                } else {
                    problems.append("\(session.id) has no quarter although \(need.id) asks for \(period)")
                }
            }
        }
        let late = session.placements.map(\.need).filter { $0.period != nil && $0.period! < session.quarter! }.map(\.id)
        if session.lateNeeds.map(\.id) != late { problems.append("\(session.id): late \(session.lateNeeds.map(\.id)), expected \(late)") }
    }
    return problems
}

@Suite("Planner: consent to joint training and requested quarters")
struct ConsentAndPeriodTests {
    func withConsent(_ need: Need, countries: JointConsent = .yes, services: JointConsent = .yes, period: String? = nil) -> Need {
        var need = need
        need.jointCountries = countries
        need.jointServices = services
        need.period = period
        return need
    }

    @Test("a service that answered no to other countries sits only with its own country; no to other services, only with its own kind")
    func noAnswersRespected() {
        let modules = [module("M", audiences: [.police, .labourInspection], places: (4, 30))]
        let needs = [
            withConsent(need("NL-LI", country: "NL", kind: .labourInspection, headcount: 6), countries: .no),
            need("BE-P", country: "BE", kind: .police, headcount: 8),
            need("NL-P", country: "NL", kind: .police, headcount: 5),
            withConsent(need("LU-P", country: "LU", kind: .police, headcount: 4), services: .no),
            withConsent(need("BE-LI", country: "BE", kind: .labourInspection, headcount: 6), countries: .maybe, services: .maybe),
        ]
        let input = PlanningInput(needs: needs, modules: modules, budgetDays: 10)
        let plan = Planner.plan(input)
        #expect(brokenRules(plan, input) == [])
        #expect(consentAndPeriodProblems(plan) == [])
        #expect(plan.unmet.isEmpty)
        // Without the answers one session of 29 would seat everyone.
        let open = Planner.plan(PlanningInput(needs: needs.map { withConsent($0) }, modules: modules, budgetDays: 10))
        #expect(open.sessions.count == 1)
        #expect(plan.sessions.count > 1)
        // "maybe" mixes like "yes".
        #expect(plan.sessions.contains { $0.placements.contains { $0.need.id == "BE-LI" } && $0.countries.count > 1 })
    }

    @Test("a need left out because too few of its own could join says that its own answer keeps it out, in every language")
    func ownAnswerReason() throws {
        let modules = [module("M", places: (8, 30))]
        let needs = [
            withConsent(need("NL-1", country: "NL", headcount: 3), countries: .no, services: .no),
            need("BE-1", country: "BE", headcount: 6),
            need("LU-1", country: "LU", kind: .prosecution, headcount: 6),
        ]
        let plan = Planner.plan(PlanningInput(needs: needs, modules: modules, budgetDays: 10))
        let unmet = try #require(plan.unmet.first)
        #expect(plan.unmet.map(\.need.id) == ["NL-1"])
        #expect(unmet.reason == .ownAnswer(countries: true, services: true, module: "M", minimum: 8, available: 3))
        #expect(unmet.reason.code == "own-answer")
        #expect(unmet.reason.explanation.contains("would not train with services of other countries or other kinds of service"))
        #expect(unmet.reason.explanation(in: "nl").hasPrefix("eigen antwoord"))
        #expect(unmet.reason.explanation(in: "fr").hasPrefix("réponse du service"))
        #expect(unmet.reason.explanation(in: "de").hasPrefix("eigene Antwort"))
    }

    @Test("no need is seated before its quarter; one seated later is late; on time is preferred when the days allow it")
    func periods() {
        let modules = [module("M", places: (5, 10))]
        let needs = [need("A", headcount: 5), need("B", country: "NL", headcount: 5)]
        let timed = [withConsent(needs[0], period: "2027-Q1"), withConsent(needs[1], period: "2027-Q2")]
        let tight = Planner.plan(PlanningInput(needs: timed, modules: modules, budgetDays: 1))
        #expect(tight.sessions.map(\.quarter) == ["2027-Q2"])
        #expect(tight.lateNeeds.map(\.id) == ["A"])
        let roomy = Planner.plan(PlanningInput(needs: timed, modules: modules, budgetDays: 2))
        #expect(roomy.sessions.compactMap(\.quarter).sorted() == ["2027-Q1", "2027-Q2"])
        #expect(roomy.lateNeeds.isEmpty)
        #expect(consentAndPeriodProblems(tight) == [] && consentAndPeriodProblems(roomy) == [])
        // The calendar's first quarter: nothing earlier, and a need that asked for an earlier one is late.
        let started = Planner.plan(PlanningInput(needs: timed, modules: modules, budgetDays: 2, earliestQuarter: "2027-Q2"))
        #expect(started.sessions.map(\.quarter) == ["2027-Q2"])
        #expect(started.lateNeeds.map(\.id) == ["A"])
    }

    @Test("on generated instances with answers and periods, no need sits before its quarter or against its answer")
    func generatedInstances() {
        var instances = PlannerTests.Instances(state: 2027)
        let quarters = ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"]
        for round in 0..<25 {
            var input = instances.input(needs: instances.int(5...30), modules: instances.int(2...8))
            input.needs = input.needs.map { need in
                var need = need
                need.period = instances.int(0...3) == 0 ? nil : instances.pick(quarters)
                need.jointCountries = instances.pick([.yes, .yes, .maybe, .no])
                need.jointServices = instances.pick([.yes, .yes, .maybe, .no])
                return need
            }
            if round % 3 == 0 { input.earliestQuarter = "2027-Q2" }
            let plan = Planner.plan(input, settings: PlannerSettings(improvementRounds: 100, exactSearchWork: 2_000_000))
            #expect(brokenRules(plan, input) == [])
            #expect(consentAndPeriodProblems(plan) == [])
            if let earliest = input.earliestQuarter {
                #expect(plan.sessions.allSatisfy { $0.quarter! >= earliest })
            }
        }
    }
}
