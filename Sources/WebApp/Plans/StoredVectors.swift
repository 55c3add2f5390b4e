import Embeddings
import Logging
import NIOPosix
import PlanPipeline

/// Runs the model with the vectors the web store keeps, and keeps there the ones it computes:
/// every process serving the store shares them. Vectors are kept by text, and a need's text is
/// respelt with the vocabulary of the catalogues it is matched with (`MatchIndex.semanticQuery`):
/// a plan of another selection of catalogues reads back every need whose text that leaves as it
/// was, and embeds (and keeps) only those it corrects otherwise.
enum StoredVectors {
    /// Runs `work` on the thread pool with `model` reading the stored vectors, then keeps the
    /// vectors it computed. Failing to keep them is only logged: `work`'s result does not
    /// depend on them, and the next run computes them again.
    static func run<Result: Sendable>(_ model: SemanticModel, in web: any WebStore, logger: Logger,
                                      _ work: @escaping @Sendable (SemanticModel) throws -> Result) async throws -> Result {
        guard let id = model.modelID, let (cached, cache) = model.caching(try await web.embeddingVectors(model: id)) else {
            return try await NIOThreadPool.singleton.runIfActive { try work(model) }
        }
        let result = try await NIOThreadPool.singleton.runIfActive { try work(cached) }
        do {
            try await web.saveEmbeddingVectors(cache.added(), model: id)
        } catch {
            logger.warning("embedding vectors computed but not kept in the store: \(error)")
        }
        return result
    }
}
