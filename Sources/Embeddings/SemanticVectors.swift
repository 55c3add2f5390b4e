import Matching
import TrainingModel

/// Embeds what the matcher compares (`SemanticTexts`) with a sentence-embedding model: the
/// modules' passages and title queries, and the needs' texts.
public enum SemanticVectors {
    /// The vectors of the active modules' passages and title queries; with a thesaurus, also
    /// the directions in which the model tells its labels' languages apart.
    public static func modules(_ modules: [TrainingModule], thesaurus: Thesaurus? = nil, embedder: any SentenceEmbedder) throws -> ModuleVectors {
        let active = modules.filter { $0.status == .active }
        let passages = active.map { SemanticTexts.passages(of: $0).map(\.text) }
        let flat = try embedder.embed(passages.flatMap { $0 }, role: .passage)
        let queries = try embedder.embed(active.map(SemanticTexts.titleQuery(of:)), role: .query)
        var byModule: [String: [[Float]]] = [:]
        var offset = 0
        for (module, texts) in zip(active, passages) {
            byModule[module.id] = Array(flat[offset..<offset + texts.count])
            offset += texts.count
        }
        return ModuleVectors(modelID: embedder.modelID, passages: byModule,
                             titleQueries: Dictionary(zip(active.map(\.id), queries), uniquingKeysWith: { first, _ in first }),
                             languageDirections: try thesaurus.map { try languageDirections(of: $0, embedder: embedder) } ?? [])
    }

    /// The languages of the thesaurus with at least this many labels make a centroid.
    static let fewestLabels = 10

    /// `LanguageDirections` from the thesaurus's labels and synonyms: per language the mean
    /// of their vectors as queries and as passages.
    public static func languageDirections(of thesaurus: Thesaurus, embedder: any SentenceEmbedder) throws -> [[Float]] {
        var byLanguage: [String: [String]] = [:]
        for concept in thesaurus.concepts {
            for label in concept.labels.versions + concept.altLabels { byLanguage[label.language.primary.tag, default: []].append(label.text) }
        }
        var centroids: [[Float]] = []
        for language in byLanguage.keys.sorted() {
            let labels = byLanguage[language]!
            guard labels.count >= fewestLabels else { continue }
            let vectors = try embedder.embed(labels, role: .query) + embedder.embed(labels, role: .passage)
            var mean = [Float](repeating: 0, count: embedder.dimension)
            for vector in vectors where vector.count == mean.count { for i in mean.indices { mean[i] += vector[i] / Float(vectors.count) } }
            centroids.append(mean)
        }
        return LanguageDirections.from(centroids: centroids)
    }

    /// The vector of every need with a text, by need id.
    public static func needs(_ needs: [Need], embedder: any SentenceEmbedder) throws -> [String: [Float]] {
        let asked = needs.compactMap { need in SemanticTexts.query(of: need).map { (need.id, $0) } }
        let vectors = try embedder.embed(asked.map(\.1), role: .query)
        return Dictionary(zip(asked.map(\.0), vectors), uniquingKeysWith: { first, _ in first })
    }
}
