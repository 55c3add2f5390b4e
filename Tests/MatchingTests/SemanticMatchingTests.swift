import Testing
import TrainingModel
@testable import Matching

/// Semantic evidence given as vectors, as the edge would give them: each module of the small
/// catalogue, and a few modules on other subjects, points in a direction of its own.
enum SemanticFixture {
    static let dimension = 16
    static let extra: [TrainingModule] = [
        SmallCatalogue.module("DRG", [("en", "Synthetic drugs: dismantling laboratories")], audiences: [.police], languages: ["en"]),
        SmallCatalogue.module("GUN", [("en", "Firearms trafficking: tracing weapons")], audiences: [.police], languages: ["en"]),
        SmallCatalogue.module("LDR", [("en", "Leading change in police organisations")], audiences: [.police], languages: ["en"]),
        SmallCatalogue.module("ENG", [("en", "Operational English for officers")], audiences: [.police], languages: ["en"]),
    ]
    static let modules = SmallCatalogue.modules + extra
    static let active = modules.filter { $0.status == .active }

    /// A unit vector mostly along `axis`, with a little of every other axis so that no two
    /// vectors are orthogonal (as with a real model).
    static func direction(_ axis: Int, weight: Float = 1) -> [Float] {
        var v = [Float](repeating: 0.15, count: dimension)
        v[axis] += weight
        let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return v.map { $0 / norm }
    }

    /// Each active module on its own axis: its passages along it (the title a little less
    /// than the outcomes), its title query too.
    static let vectors: ModuleVectors = {
        var passages: [String: [[Float]]] = [:], titles: [String: [Float]] = [:]
        for (axis, module) in active.enumerated() {
            passages[module.id] = SemanticTexts.passages(of: module).map { passage in
                direction(axis, weight: passage.part == .title ? 0.5 : (passage.part == .outcome ? 0.9 : 1))
            }
            titles[module.id] = direction(axis)
        }
        return ModuleVectors(modelID: "test-vectors", passages: passages, titleQueries: titles)
    }()

    static func axis(of id: String) -> Int { active.firstIndex { $0.id == id }! }

    static let index = MatchIndex(modules: modules, thesaurus: SmallCatalogue.thesaurus, vectors: vectors)
}

@Suite("semantic matching")
struct SemanticMatchingTests {
    typealias F = SemanticFixture

    // Italian: no stemmer, no thesaurus label, not a word in common with any module.
    let unseenWording = SmallCatalogue.need("S1", "Sfruttamento dei lavoratori nei cantieri edili", kind: .labourInspection)

    @Test("a need with no word or concept in common is matched on meaning, with the outcome it is close to")
    func meaningAlone() throws {
        #expect(SmallCatalogue.index.matches(for: unseenWording).isEmpty)
        let found = F.index.matches(for: unseenWording, vector: F.direction(F.axis(of: "LAB")))
        let first = try #require(found.first)
        #expect(first.moduleID == "LAB")
        #expect(first.score >= MatchIndex.threshold)
        #expect(first.reasons.first == .meaning(ModulePassage(part: .outcome,
            text: "Recognise the signs of labour exploitation in cleaning, construction and agriculture.")))
        #expect(first.reasonTexts(in: "en").first
            == "close in meaning to the outcome 'Recognise the signs of labour exploitation in cleaning, construction and agriculture.'")
        #expect(found.count == 1)
    }

    @Test("without a thesaurus, meaning alone answers sooner from a module not given in the need's language, whose words it cannot share")
    func meaningAcrossLanguagesWithoutThesaurus() {
        let index = MatchIndex(modules: F.modules, thesaurus: nil, vectors: F.vectors)
        // Neither text shares a word with any module; both staff follow English.
        let german = SmallCatalogue.need("S9", "Etwas ganz anderes für unsere Leute", kind: .labourInspection, language: "de", languages: ["de", "en"])
        let english = SmallCatalogue.need("S9", "Something else entirely for our people", kind: .labourInspection, language: "en", languages: ["en"])
        var onlyGerman = 0
        // From a vector that stands out towards LAB too little to say anything to one that
        // stands out as far as meaning goes.
        for step in 1...60 {
            let vector = F.direction(F.axis(of: "LAB"), weight: Float(step) / 1000)
            let germanAnswered = !index.matches(for: german, vector: vector).isEmpty
            let englishAnswered = !index.matches(for: english, vector: vector).isEmpty
            #expect(germanAnswered || !englishAnswered)
            if germanAnswered && !englishAnswered { onlyGerman += 1 }
        }
        #expect(onlyGerman > 0)
    }

    @Test("a need close to nothing in particular is a gap: no module is listed")
    func nothingStandsOut() {
        let flat = [Float](repeating: 1 / Float(F.dimension).squareRoot(), count: F.dimension)
        #expect(F.index.matches(for: unseenWording, vector: flat).isEmpty)
    }

    @Test("what the words and concepts list stays listed when meaning agrees, and gains score")
    func meaningAdds() throws {
        let need = SmallCatalogue.need("S2", "Rechercheurs moeten beter worden in het volgen van geldstromen.", language: "nl")
        let lexical = try #require(F.index.matches(for: need).first)
        let hybrid = try #require(F.index.matches(for: need, vector: F.direction(F.axis(of: "FIN"))).first)
        #expect(lexical.moduleID == "FIN" && hybrid.moduleID == "FIN")
        #expect(hybrid.score > lexical.score)
    }

    @Test("words pointing at one module and meaning at another contradict each other; naming the same module, they agree on it")
    func contradiction() {
        func candidate(_ module: Int32, words: Double, meaning: Double = 0) -> Scorer.Candidate {
            Scorer.Candidate(module: module, words: words, gateWords: words, meaning: meaning, gateMeaning: meaning, lexical: words)
        }
        let words = [candidate(1, words: 0.6), candidate(2, words: 0.2)]
        let apart = Scorer.witnesses(words, closest: [5, 6, 7])
        #expect(apart.others == MatchWeights.contradiction && apart.agreeing.isEmpty)
        #expect(apart.strictFactor(of: 1) == MatchWeights.contradiction)
        let together = Scorer.witnesses(words, closest: [2, 6, 7])
        #expect(together.others == 1 && together.agreeing == [2])
        #expect(together.strictFactor(of: 2) == MatchWeights.agreement && together.strictFactor(of: 1) == 1)
        // Words that say nothing at all neither contradict nor agree.
        let silent = Scorer.witnesses([candidate(3, words: 0, meaning: 0.8)], closest: [3])
        #expect(silent.others == 1 && silent.agreeing.isEmpty)
    }

    @Test("standing out is measured against the catalogue's size: the same lead answers a need among 9 modules, not among 10,001")
    func expectedLargest() {
        // One module 4 above the others, which sit at ±1: about 2.3 deviations out among 9
        // (the largest of 9 unrelated values: √(2 ln 9) ≈ 2.1) and 4 among 10,001 (≈ 4.3).
        func closenessOfLeader(count: Int) -> Float {
            let others = (1..<count).map { $0 % 2 == 0 ? Float(1) : -1 }
            let index = SemanticIndex(dimension: 1, whole: [], floor: [], parts: [], modelID: "")
            return index.standardised([4] + others)[0]
        }
        // Meaning alone answers a need (the strict reading) from this closeness.
        let alone = Float(MatchWeights.threshold / MatchWeights.gateMeaningWeight)
        #expect(closenessOfLeader(count: 9) >= alone)
        #expect(closenessOfLeader(count: 10_001) < alone)
        #expect(closenessOfLeader(count: 10_001) > 0)
    }

    @Test("semantic reasons are worded in the reader's four languages")
    func wording() {
        let outcome = MatchReason.meaning(ModulePassage(part: .outcome, text: "Trace the money flows of a trafficking network."))
        #expect(outcome.text(in: "en") == "close in meaning to the outcome 'Trace the money flows of a trafficking network.'")
        #expect(outcome.text(in: "nl") == "inhoudelijk dicht bij het leerresultaat 'Trace the money flows of a trafficking network.'")
        #expect(outcome.text(in: "fr") == "proche par le sens de l'acquis d'apprentissage « Trace the money flows of a trafficking network. »")
        #expect(outcome.text(in: "de") == "inhaltlich nah am Lernergebnis „Trace the money flows of a trafficking network.“")
        let title = MatchReason.meaning(ModulePassage(part: .title, text: String(repeating: "Financial investigation ", count: 8)))
        let text = title.text(in: "en")
        #expect(text.hasPrefix("close in meaning to the title 'Financial investigation"))
        #expect(text.hasSuffix("…'") && text.count < 120)
    }

    @Test("vectors of another size than the modules' are ignored: the need is matched on words alone")
    func wrongDimension() {
        #expect(F.index.matches(for: unseenWording, vector: [1, 0, 0]).isEmpty)
        #expect(F.index.semanticModel == "test-vectors")
        #expect(SmallCatalogue.index.semanticModel == nil)
    }

    @Test("the model reads a need as the words do: misspelt words as meant, capitals and the rest as typed")
    func modelReadsCorrectedSpelling() {
        // The model cuts "slachtofers" into other pieces than "slachtoffers": uncorrected, the
        // typo moves the need away from the module it means.
        let typed = SmallCatalogue.need("S9", "Verhoren van Slachtofers, MH (NL-BE)", language: "nl")
        #expect(SmallCatalogue.index.semanticQuery(of: typed) == "Verhoren van Slachtoffers, MH (NL-BE)")
        let spelt = SmallCatalogue.need("S10", "Verhoren van slachtoffers", language: "nl")
        #expect(SmallCatalogue.index.semanticQuery(of: spelt) == SemanticTexts.query(of: spelt))
        #expect(SmallCatalogue.index.semanticQuery(of: SmallCatalogue.need("S11", nil)) == nil)
    }
}
