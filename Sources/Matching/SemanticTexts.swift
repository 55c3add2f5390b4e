import TrainingModel

/// A piece of a module's text embedded on its own, so that a reason can say which part of
/// the module a need is close to in meaning.
public struct ModulePassage: Sendable, Hashable {
    public enum Part: String, Sendable, Hashable {
        /// Title, summary and outcomes together: what the ranking compares a need with.
        case whole
        case title
        case outcome
    }

    public var part: Part
    public var text: String
}

/// Which texts the semantic evidence is computed from: the edge that owns the model embeds
/// exactly these, and the index reads the vectors back in the same order.
public enum SemanticTexts {
    /// The module's passages: first the whole text (titles, summaries, outcomes), then the
    /// first title and every outcome on their own.
    public static func passages(of module: TrainingModule) -> [ModulePassage] {
        var whole = module.titles.versions.map(\.text).joined(separator: " / ")
        let rest = module.summaries.versions.map(\.text) + module.outcomes.map(\.text)
        if !rest.isEmpty { whole += ". " + rest.joined(separator: " ") }
        var passages = [ModulePassage(part: .whole, text: whole)]
        if let title = module.titles.versions.first?.text { passages.append(ModulePassage(part: .title, text: title)) }
        passages += module.outcomes.map { ModulePassage(part: .outcome, text: $0.text) }
        return passages
    }

    /// The module's title asked as a question: how close a need naming exactly this
    /// module comes to it, the top of its calibration (see `SemanticIndex`).
    public static func titleQuery(of module: TrainingModule) -> String {
        module.titles.versions.first?.text ?? module.id
    }

    /// The need as a question, or nil for a need without text (a survey topic is matched
    /// through the thesaurus).
    public static func query(of need: Need) -> String? {
        guard let text = need.text, !text.allSatisfy(\.isWhitespace) else { return nil }
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

    public init(modelID: String, passages: [String: [[Float]]], titleQueries: [String: [Float]]) {
        self.modelID = modelID
        self.passages = passages
        self.titleQueries = titleQueries
    }
}
