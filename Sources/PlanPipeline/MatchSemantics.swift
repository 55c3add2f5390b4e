import Embeddings
import Foundation
import Matching
import TrainingModel

/// The sentence-embedding model the pipeline matches with, looked for once: `match` and `plan`
/// look when they start, the web app when it is built. Without it, needs are matched on the
/// thesaurus and on words alone, and the caller is told why in `note`.
public struct SemanticModel: Sendable {
    let embedder: (any SentenceEmbedder)?
    /// Why there is no model; nil when the model is there or switched off.
    public let note: SemanticNote?
    let cache: Cache

    /// Where the vectors already computed are kept.
    enum Cache: Sendable {
        /// The command line's folder (`EmbeddingCache.defaultFolder`).
        case folder(String)
        /// A cache its caller reads from and writes to its own store (the web app).
        case given(EmbeddingCache)
        case none
    }

    /// Names the model, for the vectors a store keeps; nil without a model.
    public var modelID: String? { embedder?.modelID }

    /// Another engine behind `SentenceEmbedder` (an embeddings server, an ONNX model), without a cache.
    public init(embedder: any SentenceEmbedder) {
        self.init(embedder: embedder, note: nil, cache: .none)
    }

    init(embedder: (any SentenceEmbedder)?, note: SemanticNote?, cache: Cache) {
        self.embedder = embedder
        self.note = note
        self.cache = cache
    }

    /// The same model reading its vectors from `records` (those a store keeps) rather than from a
    /// folder, with the cache that also gathers the ones it computes, for the store to keep;
    /// nil without a model.
    public func caching(_ records: [VectorRecord]) -> (model: SemanticModel, cache: EmbeddingCache)? {
        embedder.map {
            let cache = EmbeddingCache(modelID: $0.modelID, dimension: $0.dimension, records: records)
            return (SemanticModel(embedder: $0, note: note, cache: .given(cache)), cache)
        }
    }

    /// No curricula, nothing to embed: the model is looked for only when there is a curricula folder.
    public static func locate(forCurricula directory: String?) -> SemanticModel {
        directory == nil ? .none : .locate()
    }

    /// Finds the model as `EmbedderLocator` does, with the embedding cache of this environment.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> SemanticModel {
        let folder = EmbeddingCache.defaultFolder(environment: environment)
        switch EmbedderLocator.locate(environment: environment) {
        case .failure(let problem):
            let note = environment[EmbedderLocator.variable] == "off" ? nil : SemanticNote.modelUnavailable(problem)
            return SemanticModel(embedder: nil, note: note, cache: .folder(folder))
        case .success(let model):
            return SemanticModel(embedder: model, note: nil, cache: .folder(folder))
        }
    }

    /// No model: matching on the thesaurus and on words alone, with nothing to say.
    public static let none = SemanticModel(embedder: nil, note: nil, cache: .none)
}

/// The semantic evidence given to the matcher: vectors read from the cache (a folder, or the
/// records a store keeps) or computed by the model and kept there. Empty without the model.
public struct MatchSemantics: Sendable {
    public var modules: ModuleVectors?
    public var needs: [String: [Float]] = [:]
    /// The model used, or nil.
    public var model: String?
    /// What the user should be told (the model missing, the cache unusable), in order.
    public var notes: [SemanticNote] = []

    public init() {}

    /// The index of `modules` and the vectors of the modules and of `needs`, with the model
    /// `located` (once) before. `thesaurus` is the one the needs are matched with;
    /// `parallelText` the one whose labels give the model's language directions (the same
    /// unless the matching goes without a thesaurus). The modules are embedded first, the
    /// needs once the index is built with them: the model is given each need's text as that
    /// index reads it (`MatchIndex.semanticQuery`), misspelt words corrected by its vocabulary.
    public static func prepare(modules: [TrainingModule], needs: [Need], thesaurus: Thesaurus?, parallelText: Thesaurus? = nil,
                               model located: SemanticModel) -> (index: MatchIndex, semantics: MatchSemantics) {
        let (moduleSemantics, embedder) = vectors(modules: modules, thesaurus: parallelText ?? thesaurus, model: located)
        var prepared = moduleSemantics
        if thesaurus == nil && prepared.modules == nil { prepared.notes.append(.wordsOnly) }
        let index = MatchIndex(modules: modules, thesaurus: thesaurus, vectors: prepared.modules)
        if let embedder {
            do {
                prepared.needs = try SemanticVectors.needs(needs, readBy: index, embedder: embedder)
            } catch {
                prepared = MatchSemantics(notes: prepared.notes + [failureNote(error)])
            }
        }
        return (index, prepared)
    }

    private init(notes: [SemanticNote]) {
        self.notes = notes
    }

    /// The model failing while it embeds: its own reason, or another engine's words.
    private static func failureNote(_ error: any Error) -> SemanticNote {
        .modelFailed(error as? EmbedderUnavailable ?? EmbedderUnavailable(.other("\(error)")))
    }

    /// The modules' vectors, with the model (through the cache) that gave them, for the needs';
    /// no model without the vectors.
    private static func vectors(modules: [TrainingModule], thesaurus: Thesaurus?,
                                model located: SemanticModel) -> (MatchSemantics, (any SentenceEmbedder)?) {
        guard let model = located.embedder else { return (MatchSemantics(notes: located.note.map { [$0] } ?? []), nil) }
        var notes: [SemanticNote] = []
        let embedder: any SentenceEmbedder
        switch located.cache {
        case .folder(let folder):
            do {
                embedder = CachedEmbedder(model, cache: try EmbeddingCache(folder: folder, modelID: model.modelID, dimension: model.dimension))
            } catch {
                notes.append(.cacheUnusable(folder: folder, detail: error.localizedDescription))
                embedder = model
            }
        case .given(let cache): embedder = CachedEmbedder(model, cache: cache)
        case .none: embedder = model
        }
        do {
            var prepared = MatchSemantics(notes: notes)
            prepared.modules = try SemanticVectors.modules(modules, thesaurus: thesaurus, embedder: embedder)
            prepared.model = model.modelID
            return (prepared, embedder)
        } catch {
            return (MatchSemantics(notes: notes + [failureNote(error)]), nil)
        }
    }
}
