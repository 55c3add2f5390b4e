import Matching
import Testing
import TrainingModel

@Suite("What the matcher gives the planner")
struct MatchedCandidatesTests {
    let thesaurus = Thesaurus(id: "th", concepts: [
        Concept(id: "financial-investigation",
                labels: LocalizedText([LocalizedString("nl", "financieel onderzoek"), LocalizedString("en", "financial investigation"),
                                       LocalizedString("fr", "enquête financière")]),
                altLabels: [LocalizedString("nl", "geldstromen"), LocalizedString("en", "money flows")]),
        Concept(id: "victim-interviewing",
                labels: LocalizedText([LocalizedString("en", "interviewing victims"), LocalizedString("fr", "audition des victimes")])),
    ])

    func module(_ id: String, title: String, topics: [String]) -> TrainingModule {
        TrainingModule(id: id, titles: LocalizedText([LocalizedString("en", title)]), audiences: [.police],
                       duration: .init(1, .day), modes: [.onsite], languages: ["en", "fr", "nl"], topics: topics,
                       outcomes: [LocalizedString("en", "Apply what " + title.lowercased() + " teaches.")])
    }

    @Test("a free-text need in Dutch gets the module on the concept it names, not the unrelated one")
    func freeTextNeedsGetMatchedModules() {
        let modules = [module("FIN", title: "Financial investigation in trafficking cases", topics: ["financial-investigation"]),
                       module("INT", title: "Interviewing victims with care", topics: ["victim-interviewing"])]
        let need = Need(id: "T1", country: "NL", serviceKind: .police,
                        text: "Onze rechercheurs moeten de geldstromen van netwerken beter volgen.", language: "nl")
        let topicNeed = Need(id: "T2", country: "BE", serviceKind: .police, topic: "victim-interviewing")
        let matched = MatchedCandidates(needs: [need, topicNeed], modules: modules, index: MatchIndex(modules: modules, thesaurus: thesaurus))
        #expect(matched.freeText["T1"]?.first == "FIN")
        #expect(matched.freeText["T1"]?.contains("INT") != true)
        #expect(matched.freeText["T2"] == nil)
    }

    @Test("a free-text need no module answers gets the module found closest, for the plan to name beside the gap; an answered need gets none")
    func closestToAGap() {
        let modules = [module("FIN", title: "Financial investigation in trafficking cases", topics: ["financial-investigation"])]
        let answered = Need(id: "T1", country: "NL", serviceKind: .police,
                            text: "Onze rechercheurs moeten de geldstromen van netwerken beter volgen.", language: "nl")
        // The module is for police only.
        let gap = Need(id: "T3", country: "NL", serviceKind: .labourInspection,
                       text: "Onze inspecteurs moeten de geldstromen van netwerken beter volgen.", language: "nl")
        let matched = MatchedCandidates(needs: [answered, gap], modules: modules, index: MatchIndex(modules: modules, thesaurus: thesaurus))
        #expect(matched.freeText == ["T1": ["FIN"], "T3": []])
        #expect(matched.closest == ["T3": "FIN"])
    }

    @Test("modules whose catalogue gives no topics get those named in their title; given topics are kept")
    func modulesWithoutRefsGetTopicsFromTheirText() {
        let modules = [module("IGO-1", title: "Audition des victimes de la traite", topics: []),
                       module("FIN", title: "Anything", topics: ["financial-investigation"])]
        let matched = MatchedCandidates(needs: [], modules: modules, index: MatchIndex(modules: modules, thesaurus: thesaurus))
        #expect(matched.modules[0].topics == ["victim-interviewing"])
        #expect(matched.modules[1].topics == ["financial-investigation"])
    }
}
