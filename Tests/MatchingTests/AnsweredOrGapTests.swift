import Testing
import TrainingModel
@testable import Matching

/// The two decisions of a match: is the need answered at all (the strict reading), and which
/// modules in which order.
@Suite("answered or a gap")
struct AnsweredOrGapTests {
    typealias F = SemanticFixture

    /// Meaning that singles out no module.
    let flat = [Float](repeating: 1 / Float(SemanticFixture.dimension).squareRoot(), count: SemanticFixture.dimension)

    @Test("a need its concepts name only a sliver of, which meaning does not back, is a gap")
    func sliverIsAGap() {
        // "financial investigation" is a concept FIN teaches; the rest of the need, in the
        // catalogue's own language, is about something no module teaches.
        let sliver = SmallCatalogue.need("G1", "Asbestos removal, scaffolding safety, fall protection harnesses and dust masks on demolition sites, for our financial investigation unit.",
                                         language: "en")
        let whole = SmallCatalogue.need("G2", "Financial investigation in trafficking cases.", language: "en")
        #expect(F.index.matches(for: sliver, vector: flat).isEmpty)
        #expect(F.index.matches(for: whole, vector: flat).first?.moduleID == "FIN")
        // Without a model the concepts are the only witness, and they are heard in full.
        #expect(SmallCatalogue.index.matches(for: sliver).first?.moduleID == "FIN")
    }

    @Test("words in a language no module is written in do not count against the concepts")
    func foreignWordsAreSilent() {
        // No module has a Dutch text: the need's other words cannot meet any module's words,
        // so the concept they surround speaks for the need.
        let need = SmallCatalogue.need("G3", "Opleiding financieel onderzoek voor onze rechercheurs bij de fiscale inlichtingendienst, met aandacht voor boekhoudkundige analyse.",
                                       language: "nl")
        #expect(F.index.matches(for: need, vector: flat).first?.moduleID == "FIN")
    }

    @Test("strong evidence is compressed towards 1, never cut: two strong modules keep their order")
    func saturation() {
        #expect(Scorer.saturated(0.5) == 0.5)
        #expect(Scorer.saturated(MatchWeights.saturationKnee) == MatchWeights.saturationKnee)
        let strong = Scorer.saturated(1.2), stronger = Scorer.saturated(1.6)
        #expect(strong < stronger && stronger < 1)
        #expect(strong > MatchWeights.saturationKnee)
    }

    @Test("a misspelt concept word still finds its concept")
    func misspeltConcept() throws {
        let typed = SmallCatalogue.need("G4", "Verhoren van slachtofers", language: "nl")
        let first = try #require(SmallCatalogue.index.matches(for: typed).first)
        #expect(first.moduleID == "INT")
        #expect(first.reasonTexts(in: "en").contains { $0.hasPrefix("concept 'interviewing victims' found via 'Verhoren van slachtofers'") })
    }

    @Test("the words asking for training are no part of what the concepts must cover")
    func requestWords() {
        let asking = SmallCatalogue.need("G5", "Training course for our staff and colleagues: financial investigation, please.", language: "en")
        #expect(F.index.matches(for: asking, vector: flat).first?.moduleID == "FIN")
    }

    @Test("a survey topic is the concept the respondent chose: the text beside it does not make it a gap")
    func topicWithText() {
        let need = SmallCatalogue.need("G6", "Asbestos removal, scaffolding safety, fall protection harnesses and dust masks on demolition sites.",
                                       language: "en", topic: "financial-investigation")
        #expect(F.index.matches(for: need, vector: flat).first?.moduleID == "FIN")
    }
}
