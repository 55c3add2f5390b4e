import Embeddings
import PlanPipeline

/// The embedding model reading the vectors kept in the web store and keeping there the ones it
/// computes: every process serving the store shares them, and nothing is embedded twice.
struct StoredVectors {
    /// The model, its vectors read from the store into `cache` (nil without a model).
    let model: SemanticModel
    let cache: EmbeddingCache?

    /// Reads the vectors the store keeps for `model`.
    static func open(_ model: SemanticModel, in web: any WebStore) async throws -> StoredVectors {
        guard let id = model.modelID, let cache = model.cache(holding: try await web.embeddingVectors(model: id)) else {
            return StoredVectors(model: model, cache: nil)
        }
        return StoredVectors(model: model.caching(in: cache), cache: cache)
    }

    /// Keeps in the store the vectors computed since `open`.
    func keep(in web: any WebStore) async throws {
        guard let id = model.modelID, let cache else { return }
        try await web.saveEmbeddingVectors(cache.added(), model: id)
    }
}
