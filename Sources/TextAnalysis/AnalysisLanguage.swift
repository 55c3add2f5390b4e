/// A language the analyser knows words of: stop words, a Snowball stemmer and, for Dutch and
/// German, compounds. Other languages are only folded and split into words.
public enum AnalysisLanguage: String, CaseIterable, Hashable, Sendable, Comparable {
    case dutch = "nl"
    case french = "fr"
    case german = "de"
    case english = "en"

    /// The language of a BCP 47 tag (`nl-BE` is Dutch), or nil when the analyser has no
    /// rules for it.
    public init?(tag: String) {
        let primary = tag.lowercased().split(separator: "-").first.map(String.init) ?? ""
        self.init(rawValue: primary)
    }

    /// The name libstemmer knows the algorithm by.
    var snowballName: String {
        switch self {
        case .dutch: "dutch"
        case .french: "french"
        case .german: "german"
        case .english: "english"
        }
    }

    /// Whether the language glues nouns together into compounds worth splitting.
    public var formsCompounds: Bool { self == .dutch || self == .german }

    /// The function words that carry no topic.
    public var stopWords: Set<String> {
        switch self {
        case .dutch: StopWords.dutch
        case .french: StopWords.french
        case .german: StopWords.german
        case .english: StopWords.english
        }
    }

    public static func < (lhs: AnalysisLanguage, rhs: AnalysisLanguage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
