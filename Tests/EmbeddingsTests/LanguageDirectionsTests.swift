import Embeddings
import Foundation
import Matching
import Synchronization
import Testing
import TrainingModel

/// A model whose vectors are a topic part, the same in every language, plus a part that says
/// only which language a label is in: what `SemanticVectors.languageDirections` must take out.
final class BilingualLabelEmbedder: SentenceEmbedder, Sendable {
    let modelID = "bilingual-labels"
    let dimension = 6
    let calls = Mutex(0)
    /// The word that names each label's topic, in every language.
    static let topics = ["geld": 0, "argent": 0, "Geld": 0, "money": 0, "slachtoffer": 1, "victime": 1, "Opfer": 1, "victim": 1]
    static let languages = ["nl": 2, "fr": 3, "de": 4, "en": 5]

    func embed(_ texts: [String], role: EmbeddingRole) throws -> [[Float]] {
        calls.withLock { $0 += 1 }
        return texts.map { text in
            let words = text.split(separator: " ").map(String.init)
            var vector = [Float](repeating: 0, count: dimension)
            if let topic = words.first.flatMap({ Self.topics[$0] }) { vector[topic] = 1 }
            if let language = words.last.flatMap({ Self.languages[$0] }) { vector[language] = 0.5 }
            let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return vector.map { $0 / norm }
        }
    }
}

@Suite("language directions")
struct LanguageDirectionsTests {
    static func concept(_ id: String, _ words: [String]) -> Concept {
        Concept(id: id, labels: LocalizedText(zip(["nl", "fr", "de", "en"], words).map { LocalizedString(LanguageCode($0), "\($1) \($0)") }))
    }

    @Test("each language's labels make its own centroid: with the directions taken out, a label reads the same in every language")
    func centroidsPerLanguage() throws {
        let thesaurus = Thesaurus(id: "t", concepts: [
            Self.concept("money", ["geld", "argent", "Geld", "money"]),
            Self.concept("victims", ["slachtoffer", "victime", "Opfer", "victim"]),
        ])
        let model = BilingualLabelEmbedder()
        let directions = try SemanticVectors.languageDirections(of: thesaurus, embedder: model)
        #expect(directions.count == 3)
        #expect(model.calls.withLock { $0 } == 1)
        let labels = try model.embed(["geld nl", "argent fr", "Geld de", "money en", "victime fr"], role: .query)
            .map { LanguageDirections.project($0, out: directions) }
        for other in labels[1...3] {
            #expect(zip(labels[0], other).allSatisfy { abs($0 - $1) < 1e-4 }, "\(other) differs from \(labels[0])")
        }
        // The topic stays: money and victims remain apart.
        #expect(zip(labels[0], labels[4]).reduce(0) { $0 + $1.0 * $1.1 } < 0.5)
    }
}
