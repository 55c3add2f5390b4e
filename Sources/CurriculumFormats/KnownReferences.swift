/// The ids that other files define, against which a file's references are checked.
///
/// A catalogue's `topic` refs are checked only when a thesaurus is given, and its
/// `legalTopic` refs only when a legal base is given: a catalogue alone is still valid.
public struct KnownReferences: Sendable {
    public var concepts: Set<String>?
    public var conceptSource: String
    public var legalTopics: Set<String>?
    public var legalTopicSource: String

    public init(concepts: Set<String>? = nil, conceptSource: String = "the thesaurus",
                legalTopics: Set<String>? = nil, legalTopicSource: String = "the legal base") {
        self.concepts = concepts
        self.conceptSource = conceptSource
        self.legalTopics = legalTopics
        self.legalTopicSource = legalTopicSource
    }

    /// No other file given: references to other files are not checked.
    public static let none = KnownReferences()
}
