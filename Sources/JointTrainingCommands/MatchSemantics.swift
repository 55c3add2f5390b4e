import Embeddings
import Foundation
import Matching
import TrainingModel

/// The semantic evidence `match` and `plan` give the matcher: the sentence-embedding model
/// found once, vectors read from the cache folder or computed and kept there. Without the
/// model, the matcher works on the thesaurus and words alone, and the user is told so once.
struct MatchSemantics {
    var modules: ModuleVectors?
    var needs: [String: [Float]] = [:]
    /// The model used, or nil.
    var model: String?

    /// Vectors for the modules and needs. `quiet`: no message when the model is missing (the
    /// caller reports it otherwise).
    static func prepare(modules: [TrainingModule], needs: [Need], thesaurus: Thesaurus?, environment: [String: String] = ProcessInfo.processInfo.environment) -> MatchSemantics {
        switch EmbedderLocator.locate(environment: environment) {
        case .failure(let reason):
            if environment[EmbedderLocator.variable] != "off" {
                Output.error("Note: \(reason); needs are matched on the thesaurus and on words alone. "
                    + "For matching on meaning across wordings and languages, install it with: \(EmbedderLocator.installHint)")
            }
            return MatchSemantics()
        case .success(let model):
            let embedder: any SentenceEmbedder
            do {
                let cache = try EmbeddingCache(folder: EmbeddingCache.defaultFolder(environment: environment),
                                               modelID: model.modelID, dimension: model.dimension)
                embedder = CachedEmbedder(model, cache: cache)
            } catch {
                Output.error("Note: the embedding cache folder \(EmbeddingCache.defaultFolder(environment: environment)) cannot be used (\(error.localizedDescription)); vectors are computed afresh.")
                embedder = model
            }
            do {
                return MatchSemantics(modules: try SemanticVectors.modules(modules, thesaurus: thesaurus, embedder: embedder),
                                      needs: try SemanticVectors.needs(needs, embedder: embedder), model: model.modelID)
            } catch {
                Output.error("Note: \(error); needs are matched on the thesaurus and on words alone.")
                return MatchSemantics()
            }
        }
    }
}
