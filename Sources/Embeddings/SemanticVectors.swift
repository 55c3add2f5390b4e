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

    /// Concepts labelled in every language make the centroids: parallel text, so that the
    /// centroids differ by language alone. At most this many, spread over the thesaurus, so
    /// that a large thesaurus costs a few seconds once, not minutes.
    static let parallelConcepts = 32

    /// `LanguageDirections` from the thesaurus: per language, the mean vector (as a query) of
    /// the preferred labels of concepts labelled in every language the thesaurus uses.
    public static func languageDirections(of thesaurus: Thesaurus, embedder: any SentenceEmbedder) throws -> [[Float]] {
        let languages = Set(thesaurus.concepts.flatMap { $0.labels.versions.map(\.language.primary.tag) }).sorted()
        guard languages.count >= 2 else { return [] }
        let parallel = thesaurus.concepts.filter { concept in
            let tags = Set(concept.labels.versions.map(\.language.primary.tag))
            return languages.allSatisfy(tags.contains)
        }
        let step = max(1, parallel.count / parallelConcepts)
        let chosen = stride(from: 0, to: parallel.count, by: step).prefix(parallelConcepts).map { parallel[$0] }
        guard chosen.count >= 2 else { return [] }
        let labels = languages.map { language in
            chosen.compactMap { concept in concept.labels.versions.first { $0.language.primary.tag == language }?.text }
        }
        // One call for every language: the model's workers share them out, instead of waiting
        // for each other at the end of each language's few labels.
        var vectors = try embedder.embed(labels.flatMap { $0 }, role: .query)[...]
        var centroids: [[Float]] = []
        for texts in labels {
            let own = vectors.prefix(texts.count)
            vectors = vectors.dropFirst(texts.count)
            var mean = [Float](repeating: 0, count: embedder.dimension)
            for vector in own where vector.count == mean.count { for i in mean.indices { mean[i] += vector[i] / Float(own.count) } }
            centroids.append(mean)
        }
        return LanguageDirections.from(centroids: centroids)
    }

    /// The vector of every need with a text, by need id: the text as `index` reads it
    /// (`MatchIndex.semanticQuery`), so that the model and the words read the same need.
    public static func needs(_ needs: [Need], readBy index: MatchIndex, embedder: any SentenceEmbedder) throws -> [String: [Float]] {
        let asked = needs.compactMap { need in index.semanticQuery(of: need).map { (need.id, $0) } }
        let vectors = try embedder.embed(asked.map(\.1), role: .query)
        return Dictionary(zip(asked.map(\.0), vectors), uniquingKeysWith: { first, _ in first })
    }
}
