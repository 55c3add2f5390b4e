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

/// Why an embedder could not be used; `description` is meant for the person at the terminal.
public struct EmbedderUnavailable: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
