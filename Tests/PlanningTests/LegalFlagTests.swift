import Planning
import Testing
import TrainingModel

@Suite("Legal flags (FORMATS.md sections 3 and 5)")
struct LegalFlagTests {
    let reflection = TrainingModule(
        id: "VRI", titles: LocalizedText([LocalizedString("en", "Victims' rights")]), audiences: [.police],
        duration: .init(1, .day), modes: [.onsite], languages: ["en"], legalTopics: ["reflection-period"])

    func flags(_ provisions: [Provision], countries: [CountryCode], thesaurus: Thesaurus? = nil,
               module: TrainingModule? = nil) -> [LegalFlag] {
        LegalFlag.flags(module: module ?? reflection, countries: countries,
                        legalBase: legalBase(["reflection-period": provisions]), thesaurus: thesaurus)
    }

    @Test("45 days against 3 months differs")
    func daysAgainstMonthsDiffer() {
        let result = flags([provision("BE", "45", "day"), provision("NL", "3", "month")], countries: ["BE", "NL"])
        #expect(result.count == 1)
        #expect(result.first?.status == .differs)
        #expect(result.first?.topic == "reflection-period")
        #expect(result.first?.provisions.map(\.country) == ["BE", "NL"])
        #expect(result.first?.provisions.map(\.cite) == ["Law of BE", "Law of NL"])
        #expect(result.first?.provisions.compactMap { $0.summaries.best(for: "en") } == ["What BE says", "What NL says"])
    }

    @Test("3 months against 90 days does not differ")
    func monthsAgainstDaysAgree() {
        #expect(flags([provision("NL", "3", "month"), provision("LU", "90", "day")], countries: ["NL", "LU"]).isEmpty)
        #expect(flags([provision("NL", "1", "year"), provision("LU", "365", "day")], countries: ["NL", "LU"]).isEmpty)
        #expect(flags([provision("NL", "2", "week"), provision("LU", "14", "day")], countries: ["NL", "LU"]).isEmpty)
    }

    @Test("a country of the session without a provision gives unknown")
    func missingProvisionIsUnknown() {
        let result = flags([provision("BE", "45", "day")], countries: ["BE", "LU"])
        #expect(result.count == 1)
        #expect(result.first?.status == .unknown)
        #expect(result.first?.unknownCountries == ["LU"])
        #expect(result.first?.provisions.map(\.country) == ["BE"])
        #expect(result.first?.advice().contains("national expert from LU") == true)
    }

    @Test("a topic the legal base does not have at all is unknown for every country")
    func topicMissingFromLegalBase() {
        let other = TrainingModule(id: "X", titles: LocalizedText([LocalizedString("en", "X")]), audiences: [.police],
                                   duration: .init(1, .day), modes: [.onsite], languages: ["en"], legalTopics: ["absent"])
        let result = flags([], countries: ["BE", "NL"], module: other)
        #expect(result.map(\.status) == [.unknown])
        #expect(result.first?.unknownCountries == ["BE", "NL"])
    }

    @Test("a single-country session is flagged only for unknown")
    func singleCountry() {
        #expect(flags([provision("BE", "45", "day"), provision("NL", "3", "month")], countries: ["BE"]).isEmpty)
        let unknown = flags([provision("NL", "3", "month")], countries: ["BE"])
        #expect(unknown.map(\.status) == [.unknown])
        #expect(unknown.first?.unknownCountries == ["BE"])
    }

    @Test("only one provision with a value differs; other units and values compare as text")
    func valuesAsText() {
        #expect(flags([provision("BE", "45", "day"), provision("NL", nil)], countries: ["BE", "NL"]).map(\.status) == [.differs])
        #expect(flags([provision("BE", "no"), provision("NL", "yes")], countries: ["BE", "NL"]).map(\.status) == [.differs])
        #expect(flags([provision("BE", "no"), provision("LU", "no")], countries: ["BE", "LU"]).isEmpty)
        #expect(flags([provision("BE", "5", "percent"), provision("LU", "5.0", "percent")], countries: ["BE", "LU"]).map(\.status) == [.differs])
        #expect(flags([provision("BE", nil), provision("LU", nil)], countries: ["BE", "LU"]).isEmpty)
    }

    @Test("differences and a missing country are reported in one flag with both handlings")
    func differsWithUnknown() {
        let result = flags([provision("BE", "45", "day"), provision("NL", "3", "month")], countries: ["BE", "NL", "LU"])
        #expect(result.count == 1)
        #expect(result.first?.status == .differs)
        #expect(result.first?.unknownCountries == ["LU"])
        let handling = result.first?.handling() ?? ""
        #expect(handling.contains("Comparative-law segment"))
        #expect(handling.contains("BE: 45 day (Law of BE)"))
        #expect(handling.contains("NL: 3 month (Law of NL)"))
        #expect(handling.contains("national expert from LU"))
    }

    @Test("a module's legal topics include those its concepts link to")
    func legalTopicsFromConcepts() {
        let thesaurus = Thesaurus(id: "th", concepts: [
            Concept(id: "victim-rights", labels: LocalizedText([LocalizedString("en", "victim rights")]),
                    legalTopics: ["reflection-period", "residence-permit"]),
        ])
        let linked = TrainingModule(id: "L", titles: LocalizedText([LocalizedString("en", "L")]), audiences: [.police],
                                    duration: .init(1, .day), modes: [.onsite], languages: ["en"],
                                    topics: ["victim-rights"], legalTopics: ["confiscation", "reflection-period"])
        #expect(ModuleLegalTopics.of(linked, thesaurus: thesaurus) == ["confiscation", "reflection-period", "residence-permit"])
        #expect(ModuleLegalTopics.of(linked, thesaurus: nil) == ["confiscation", "reflection-period"])
        let base = legalBase(["residence-permit": [provision("BE", "a"), provision("NL", "b")],
                              "confiscation": [provision("BE", "x"), provision("NL", "x")],
                              "reflection-period": [provision("BE", "45", "day"), provision("NL", "45", "day")]])
        let result = LegalFlag.flags(module: linked, countries: ["BE", "NL"], legalBase: base, thesaurus: thesaurus)
        #expect(result.map(\.topic) == ["residence-permit"])
    }

    @Test("the planner flags each session by the countries sitting in it")
    func plannerFlagsSessions() {
        let modules = [module("VRI", places: (1, 20), legalTopics: ["reflection-period"])]
        let base = legalBase(["reflection-period": [provision("BE", "45", "day"), provision("NL", "3", "month"), provision("LU", "90", "day")]])
        // BE with NL in one session must differ; NL with LU must not (3 months = 90 days).
        let joint = Planner.plan(PlanningInput(
            needs: [need("B", country: "BE", headcount: 10), need("N", country: "NL", headcount: 10)],
            modules: modules, legalBase: base, budgetDays: 5))
        #expect(joint.sessions.count == 1)
        #expect(joint.sessions.first?.legalFlags.map(\.status) == [.differs])
        #expect(joint.sessions.first?.legalFlags.first?.countries == ["BE", "NL"])
        let agreeing = Planner.plan(PlanningInput(
            needs: [need("N", country: "NL", headcount: 10), need("L", country: "LU", headcount: 10)],
            modules: modules, legalBase: base, budgetDays: 5))
        #expect(agreeing.sessions.count == 1)
        #expect(agreeing.sessions.first?.legalFlags.isEmpty == true)
        let withoutBase = Planner.plan(PlanningInput(
            needs: [need("B", country: "BE"), need("N", country: "NL")], modules: modules, budgetDays: 5))
        #expect(withoutBase.legalBaseGiven == false)
        #expect(withoutBase.sessions.allSatisfy { $0.legalFlags.isEmpty })
    }
}

@Suite("Legal flags: reforms")
struct ReformFlagTests {
    @Test("a session teaching a topic with a reform under way is flagged reform, with the reform's text and dates, even in one country")
    func reformFlag() throws {
        let reform = Provision.Reform(asOf: "2026-02-28", status: "adopted", language: "en", text: "New Criminal Code.", effective: "2026-04-08")
        var belgian = provision("BE", "no")
        belgian.reforms = [reform]
        let legal = legalBase(["means": [belgian, provision("NL", "yes")], "other": [provision("BE", "x")]])
        let modules = [module("M", legalTopics: ["means", "other"])]
        let plan = Planner.plan(PlanningInput(needs: [need("A", headcount: 5)], modules: modules, legalBase: legal, budgetDays: 5))
        let session = try #require(plan.sessions.first)
        let flag = try #require(session.legalFlags.first { $0.status == .reform })
        #expect(flag.topic == "means" && session.legalFlags.count == 1)
        #expect(flag.reforms == [LegalFlag.CountryReform(country: "BE", reform: reform)])
        #expect(!flag.reforms[0].applies(on: "2026-04-07") && flag.reforms[0].applies(on: "2027-01-11"))
        #expect(flag.handling().contains("New Criminal Code. (as of 2026-02-28, applies from 2026-04-08)"))
        #expect(flag.advice(in: "fr").hasPrefix("Législation en mutation"))
    }
}
