import Matching
import TrainingModel

/// Embeds what the matcher compares (`SemanticTexts`) with a sentence-embedding model: the
/// modules' passages and title queries, and the needs' texts.
public enum SemanticVectors {
    /// The vectors of the active modules' passages and title queries.
    public static func modules(_ modules: [TrainingModule], embedder: any SentenceEmbedder) throws -> ModuleVectors {
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
                             titleQueries: Dictionary(zip(active.map(\.id), queries), uniquingKeysWith: { first, _ in first }))
    }

    /// The vector of every need with a text, by need id.
    public static func needs(_ needs: [Need], embedder: any SentenceEmbedder) throws -> [String: [Float]] {
        let asked = needs.compactMap { need in SemanticTexts.query(of: need).map { (need.id, $0) } }
        let vectors = try embedder.embed(asked.map(\.1), role: .query)
        return Dictionary(zip(asked.map(\.0), vectors), uniquingKeysWith: { first, _ in first })
    }
}
