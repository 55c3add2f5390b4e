/// A text in one language, e.g. one learning outcome.
public struct LocalizedString: Hashable, Sendable, Codable {
    public var language: LanguageCode
    public var text: String

    public init(_ language: LanguageCode, _ text: String) {
        self.language = language
        self.text = text
    }
}

/// A text offered in several languages, at most one version per language, in file order.
public struct LocalizedText: Hashable, Sendable, Codable {
    public private(set) var versions: [LocalizedString]

    public init(_ versions: [LocalizedString] = []) {
        self.versions = []
        for version in versions { self[version.language] = version.text }
    }

    public var isEmpty: Bool { versions.isEmpty }
    public var languages: [LanguageCode] { versions.map(\.language) }

    /// The version in exactly this language.
    public subscript(language: LanguageCode) -> String? {
        get { versions.first { $0.language == language }?.text }
        set {
            versions.removeAll { $0.language == language }
            if let newValue { versions.append(LocalizedString(language, newValue)) }
        }
    }

    /// The best version for a reader of `language`: that language, then its primary
    /// subtag, then English, then whatever comes first.
    public func best(for language: LanguageCode) -> String? {
        self[language] ?? versions.first { $0.language.primary == language.primary }?.text
            ?? self[.english] ?? versions.first?.text
    }
}
