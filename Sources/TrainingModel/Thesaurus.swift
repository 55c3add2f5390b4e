/// A multilingual concept scheme of training topics (docs/formats.md section 2): what lets a
/// need written in Dutch find a module described in English.
public struct Thesaurus: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var version: String?
    public var titles: LocalizedText
    public var concepts: [Concept]

    public init(id: String, version: String? = nil, titles: LocalizedText = LocalizedText(), concepts: [Concept]) {
        self.id = id
        self.version = version
        self.titles = titles
        self.concepts = concepts
    }

    /// The concept with this id.
    public func concept(_ id: String) -> Concept? {
        concepts.first { $0.id == id }
    }
}

/// One topic of the thesaurus with its labels and links.
public struct Concept: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// Preferred labels; at most one per language.
    public var labels: LocalizedText
    /// Synonyms, several per language allowed.
    public var altLabels: [LocalizedString]
    public var definitions: LocalizedText
    public var broader: [String]
    public var related: [String]
    public var legalTopics: [String]

    public init(id: String, labels: LocalizedText, altLabels: [LocalizedString] = [],
                definitions: LocalizedText = LocalizedText(), broader: [String] = [],
                related: [String] = [], legalTopics: [String] = []) {
        self.id = id
        self.labels = labels
        self.altLabels = altLabels
        self.definitions = definitions
        self.broader = broader
        self.related = related
        self.legalTopics = legalTopics
    }

    /// The label a reader of `language` should see.
    public func label(for language: LanguageCode) -> String {
        labels.best(for: language) ?? id
    }
}
