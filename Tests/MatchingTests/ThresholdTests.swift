import Testing
import TrainingModel
@testable import Matching

@Suite("threshold")
struct ThresholdTests {
    let index = SmallCatalogue.index
    typealias C = SmallCatalogue

    @Test("off-topic needs get an empty list", arguments: [
        "Cursus heftruck rijden voor de magazijnmedewerkers.",
        "Formation aux premiers secours pour le personnel d'accueil.",
        "Schulung zur Bedienung der neuen Telefonanlage.",
        "Spreadsheet skills for the secretariat.",
    ])
    func offTopic(text: String) {
        #expect(index.matches(for: C.need("X", text)).isEmpty)
    }

    @Test("a topic no active module teaches gives an empty list, even when a broad concept is near")
    func uncoveredTopic() {
        let thesaurus = Thesaurus(id: "t", concepts: SmallCatalogue.thesaurus.concepts + [
            SmallCatalogue.concept("organ-removal", [("en", "trafficking for organ removal"), ("nl", "orgaanhandel")], broader: ["thb"]),
        ])
        let index = MatchIndex(modules: C.modules, thesaurus: thesaurus)
        #expect(index.matches(for: C.need("O", "Rechercheurs willen meer weten over orgaanhandel.", language: "nl")).isEmpty)
    }

    @Test("the threshold is one documented number between 0 and 1")
    func oneThreshold() {
        #expect(MatchIndex.threshold == MatchWeights.threshold)
        #expect(MatchIndex.threshold > 0 && MatchIndex.threshold < 1)
    }
}
