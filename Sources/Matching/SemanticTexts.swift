import TrainingModel

/// A piece of a module's text embedded on its own, so that a reason can say which part of
/// the module a need is close to in meaning.
public struct ModulePassage: Sendable, Hashable {
    public enum Part: String, Sendable, Hashable {
        /// Title, summary and outcomes together: what the ranking compares a need with (the
        /// mean of the other parts' vectors, never embedded as one text).
        case whole
        case title
        /// The summary: part of the whole, never quoted in a reason (too long to quote).
        case summary
        case outcome
    }

    public var part: Part
    public var text: String
}

/// Which texts the semantic evidence is computed from: the edge that owns the model embeds
/// exactly these, and the index reads the vectors back in the same order.
public enum SemanticTexts {
    /// The module's passages, each embedded on its own: its first title, its first summary and
    /// every outcome. The module's whole vector is their mean (`SemanticIndex`).
    ///
    /// Why not one passage of everything, in every language: the model is multilingual, so a
    /// translation adds next to nothing to a vector but doubles or triples what is embedded
    /// (the model's cost grows with the tokens; a module in four languages ran past its
    /// 512-token window); and the title and outcomes must be embedded on their own anyway, to
    /// name in a reason the part a need is close to. Averaging the parts costs nothing more.
    public static func passages(of module: TrainingModule) -> [ModulePassage] {
        var passages: [ModulePassage] = []
        if let title = module.titles.versions.first?.text { passages.append(ModulePassage(part: .title, text: title)) }
        if let summary = module.summaries.versions.first?.text { passages.append(ModulePassage(part: .summary, text: summary)) }
        passages += module.outcomes.map { ModulePassage(part: .outcome, text: $0.text) }
        return passages
    }

    /// The module's title asked as a question: how close a need about this module's topic
    /// comes to the other modules, which makes their floors (see `SemanticIndex`).
    public static func titleQuery(of module: TrainingModule) -> String {
        module.titles.versions.first?.text ?? module.id
    }

    /// The need as a question, without the words that say in which language it must be given
    /// (`InstructionLanguage`), or nil for a need without text (a survey topic is matched
    /// through the thesaurus).
    public static func query(of need: Need) -> String? {
        guard let text = need.text.map(InstructionLanguage.removed(from:)), !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}

/// The vectors a sentence-embedding model gave for the texts of `SemanticTexts`, computed
/// at the edge (the matcher never runs a model): per module id, one vector per passage in the
/// order of `passages(of:)`, and the vector of `titleQuery(of:)`.
public struct ModuleVectors: Sendable {
    public var passages: [String: [[Float]]]
    public var titleQueries: [String: [Float]]
    /// Names the model, for messages and for refusing to mix two models' vectors.
    public var modelID: String
    /// Directions in which texts differ by their language rather than their meaning
    /// (`LanguageDirections`); taken out of every vector before comparing. Empty: none known.
    public var languageDirections: [[Float]]

    public init(modelID: String, passages: [String: [[Float]]], titleQueries: [String: [Float]], languageDirections: [[Float]] = []) {
        self.modelID = modelID
        self.passages = passages
        self.titleQueries = titleQueries
        self.languageDirections = languageDirections
    }
}

/// The directions in which a multilingual model's vectors tell languages apart.
///
/// A small multilingual model places a Dutch need nearer to any Dutch module than to the
/// English module it asks for: part of every vector says which language the text is in.
/// The thesaurus gives the same concepts in each language (parallel text), so the mean vector
/// of its labels in each language differs from the others by language alone; those
/// differences, made orthonormal, span the language directions, and projecting them out of
/// every vector (need and module alike, whatever their language or mix of languages) leaves
/// what the texts mean (after Libovický, Rosa and Fraser 2020, "On the language neutrality
/// of pre-trained multilingual representations").
public enum LanguageDirections {
    /// `centroids`: per language, the mean vector of the thesaurus's labels in it (at least
    /// two languages). At most one direction fewer than there are languages.
    public static func from(centroids: [[Float]]) -> [[Float]] {
        guard centroids.count >= 2, let dimension = centroids.first?.count else { return [] }
        var mean = [Float](repeating: 0, count: dimension)
        for centroid in centroids { for i in 0..<dimension { mean[i] += centroid[i] / Float(centroids.count) } }
        var basis: [[Float]] = []
        for centroid in centroids where basis.count < centroids.count - 1 {
            var d = (0..<dimension).map { centroid[$0] - mean[$0] }
            for b in basis {
                let along = zip(d, b).reduce(0) { $0 + $1.0 * $1.1 }
                for i in 0..<dimension { d[i] -= along * b[i] }
            }
            let norm = d.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 1e-4 { basis.append(d.map { $0 / norm }) }
        }
        return basis
    }

    /// The vector without its components along `directions`, back to unit length.
    public static func project(_ vector: [Float], out directions: [[Float]]) -> [Float] {
        guard !directions.isEmpty else { return vector }
        var v = vector
        for d in directions where d.count == v.count {
            let along = zip(v, d).reduce(0) { $0 + $1.0 * $1.1 }
            for i in v.indices { v[i] -= along * d[i] }
        }
        let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? v.map { $0 / norm } : vector
    }
}
