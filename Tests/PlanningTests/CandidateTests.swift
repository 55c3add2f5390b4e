import Planning
import Testing
import TrainingModel

@Suite("Candidates and the reasons needs are left out")
struct CandidateTests {
    /// Plans one need with a budget large enough for anything, so only candidacy decides.
    func plan(_ needs: [Need], _ modules: [TrainingModule], freeText: [String: [String]] = [:]) -> Plan {
        Planner.plan(PlanningInput(needs: needs, modules: modules, budgetDays: 1_000, freeTextCandidates: freeText))
    }

    @Test("a topic need goes only to an active module with its topic, audience, a shared language and an accepted mode")
    func exactCandidates() {
        let modules = [
            module("WRONG-TOPIC", topics: ["other"]),
            module("WRONG-AUDIENCE", audiences: [.judiciary]),
            module("WRONG-LANGUAGE", languages: ["de"]),
            module("WRONG-MODE", modes: [.eLearning]),
            module("WITHDRAWN", status: .withdrawn),
            module("RIGHT", languages: ["de", "nl-BE"], modes: [.eLearning, .onsite]),
        ]
        let result = plan([need("N1", languages: ["fr", "nl"], modes: [.onsite, .blended])], modules)
        #expect(result.unmet.isEmpty)
        #expect(result.sessions.map(\.module.id) == ["RIGHT"])
        #expect(result.sessions.first?.language == "nl-BE")
        #expect(result.sessions.first?.mode == .onsite)
    }

    @Test("each failing condition gives its own readable reason")
    func reasons() {
        let cases: [(TrainingModule, String, String)] = [
            (module("A", topics: ["other"]), "no-module", "no active module teaches the topic \"t\""),
            (module("A", status: .withdrawn), "no-module", "A would, but is withdrawn"),
            (module("A", audiences: [.judiciary]), "audience", "A teaches it, but it is not meant for police staff"),
            (module("A", languages: ["de"]), "language", "A (de) answers it; the staff can be trained in en only"),
            (module("A", modes: [.webinar]), "mode", "A (webinar) answers it, but the service accepts only onsite"),
            (module("A", places: (12, 20)), "too-few", "a session of A needs at least 12; only 10 staff"),
        ]
        for (offer, code, words) in cases {
            let result = plan([need("N1", modes: [.onsite])], [offer])
            #expect(result.unmet.map(\.reason.code) == [code], "\(code)")
            #expect(result.unmet.first?.reason.explanation.contains(words) == true, "\(result.unmet.first?.reason.explanation ?? "")")
        }
    }

    @Test("a need without any language its staff can be trained in says so")
    func noLanguage() {
        let result = plan([need("N1", languages: [])], [module("A")])
        #expect(result.unmet.first?.reason.code == "language")
        #expect(result.unmet.first?.reason.explanation.contains("gives no language") == true)
    }

    @Test("free-text needs take the caller's candidates, under the same conditions")
    func freeText() {
        let modules = [module("FOR-JUDGES", topics: [], audiences: [.judiciary]), module("FOR-POLICE", topics: [])]
        let texts = [need("N1", topic: nil, text: "Cryptowallets traceren")]
        let matched = plan(texts, modules, freeText: ["N1": ["UNKNOWN-ID", "FOR-JUDGES", "FOR-POLICE"]])
        #expect(matched.sessions.map(\.module.id) == ["FOR-POLICE"])
        let judgesOnly = plan(texts, modules, freeText: ["N1": ["FOR-JUDGES"]])
        #expect(judgesOnly.unmet.first?.reason.code == "audience")
        let none = plan(texts, modules)
        #expect(none.unmet.first?.reason.code == "no-module")
        #expect(none.unmet.first?.reason.explanation.contains("for this text") == true)
        // A topic need ignores free-text candidates: its topic decides.
        let topic = plan([need("N2", topic: "absent")], modules, freeText: ["N2": ["FOR-POLICE"]])
        #expect(topic.unmet.first?.reason.code == "no-module")
    }

    @Test("a free-text need without candidates names the module the matcher found closest, which is never planned; a topic need names none")
    func closestToAGap() {
        let modules = [module("FOR-POLICE", topics: [])]
        let input = { (needs: [Need]) in
            PlanningInput(needs: needs, modules: modules, budgetDays: 1_000, closestModules: ["N1": "FOR-POLICE", "N2": "FOR-POLICE"])
        }
        let gap = Planner.plan(input([need("N1", topic: nil, text: "Cryptowallets traceren")]))
        #expect(gap.sessions.isEmpty)
        #expect(gap.unmet.first?.reason == .noModule(topic: nil, withdrawn: [], closest: "FOR-POLICE"))
        #expect(gap.unmet.first?.reason.explanation.hasSuffix("; the closest module found, FOR-POLICE, was not judged to answer it") == true)
        #expect(gap.unmet.first?.reason.explanation(in: .french).contains("le module le plus proche trouvé, FOR-POLICE, n'a pas été retenu comme réponse") == true)
        let topic = Planner.plan(input([need("N2", topic: "absent")]))
        #expect(topic.unmet.first?.reason == .noModule(topic: "absent", withdrawn: []))
    }
}
