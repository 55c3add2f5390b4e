@testable import JointTrainingCommands
import Testing
import TrainingModel

@Suite("Free-text candidates until the matcher is wired in")
struct FreeTextCandidatesTests {
    let thesaurus = Thesaurus(id: "th", concepts: [
        Concept(id: "investigation", labels: LocalizedText([LocalizedString("nl", "onderzoek")])),
        Concept(id: "financial-investigation",
                labels: LocalizedText([LocalizedString("nl", "financieel onderzoek"), LocalizedString("en", "financial investigation")]),
                altLabels: [LocalizedString("nl", "geldstromen")], broader: ["investigation"]),
        Concept(id: "osint", labels: LocalizedText([LocalizedString("en", "open sources")]), altLabels: [LocalizedString("en", "OSINT")]),
    ])

    func module(_ id: String, _ topics: [String]) -> TrainingModule {
        TrainingModule(id: id, titles: LocalizedText([LocalizedString("en", id)]), audiences: [.police],
                       duration: .init(1, .day), modes: [.onsite], languages: ["en"], topics: topics)
    }

    func text(_ id: String, _ words: String) -> Need {
        Need(id: id, country: "BE", serviceKind: .police, text: words, languages: ["nl"])
    }

    @Test("labels and synonyms named in the text, as whole words and in any case, give the modules with those topics")
    func literalLabels() {
        let modules = [module("GENERAL", ["investigation"]), module("FIN", ["financial-investigation"]),
                       module("BOTH", ["financial-investigation", "osint"]), module("NONE", [])]
        let needs = [
            text("T1", "We volgen de Geldstromen van netwerken."),
            text("T2", "Training in OSINT and financial investigation"),
            text("T3", "Niets herkenbaars hier: osintelligence is not a word boundary match"),
            Need(id: "TOPIC", country: "BE", serviceKind: .police, topic: "osint"),
        ]
        let result = freeTextCandidates(needs: needs, modules: modules, thesaurus: thesaurus)
        #expect(result["T1"] == ["FIN", "BOTH"])
        #expect(result["T2"] == ["BOTH", "FIN"])
        #expect(result["T3"] == nil)
        #expect(result["TOPIC"] == nil)
    }

    @Test("a concept named with a narrower one gives way to the narrower")
    func narrowerWins() {
        let modules = [module("GENERAL", ["investigation"]), module("FIN", ["financial-investigation"])]
        let result = freeTextCandidates(needs: [text("T", "financieel onderzoek naar uitbuiting")], modules: modules, thesaurus: thesaurus)
        #expect(result["T"] == ["FIN"])
        let general = freeTextCandidates(needs: [text("G", "meer onderzoek nodig")], modules: modules, thesaurus: thesaurus)
        #expect(general["G"] == ["GENERAL"])
        #expect(freeTextCandidates(needs: [text("X", "geldstromen")], modules: modules, thesaurus: nil).isEmpty)
    }
}
