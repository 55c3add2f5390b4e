/// One term of an analysed text: a folded stem at a position.
public struct Token: Hashable, Sendable {
    /// The folded stem: what texts are compared by.
    public var term: String
    /// The folded word the stem comes from (a part, for a split compound).
    public var word: String
    /// Consecutive within a phrase; a gap of one marks punctuation between phrases.
    public var position: Int
    /// Which written word of the text the token comes from.
    public var wordIndex: Int

    public init(term: String, word: String, position: Int, wordIndex: Int) {
        self.term = term
        self.word = word
        self.position = position
        self.wordIndex = wordIndex
    }
}

/// A text split into written words and analysed tokens; stop words have no token.
public struct AnalyzedText: Hashable, Sendable {
    /// The language whose rules were applied, nil when none were.
    public var language: AnalysisLanguage?
    /// The text in NFKC form, which the words' ranges refer to.
    public var text: String
    public var words: [Word]
    /// Each written word folded (lower case, no accents), stop words included.
    public var foldedWords: [String]
    public var tokens: [Token]

    public init(language: AnalysisLanguage?, text: String, words: [Word], foldedWords: [String], tokens: [Token]) {
        self.language = language
        self.text = text
        self.words = words
        self.foldedWords = foldedWords
        self.tokens = tokens
    }

    /// The text as written from the word of `tokens[range.first]` to that of the last one,
    /// stop words between them included: what a coordinator recognises as their own words.
    public func quote(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return quote(words: tokens[range.lowerBound].wordIndex...tokens[range.upperBound - 1].wordIndex)
    }

    /// The text as written from the first to the last of these words.
    public func quote(words indices: ClosedRange<Int>) -> String {
        if let start = words[indices.lowerBound].range?.lowerBound, let end = words[indices.upperBound].range?.upperBound {
            return String(text[start..<end]).split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        return words[indices].map(\.text).joined(separator: " ")
    }
}
