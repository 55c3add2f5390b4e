/// How often each word occurs in the texts a matcher knows (thesaurus labels, catalogue
/// texts), per language: the words a Dutch or German compound may be split into
/// ("mensenhandelzaken" into words the catalogue uses), and those a misspelt word of a need
/// may be read as.
public struct Vocabulary: Sendable {
    private(set) var counts: [AnalysisLanguage: [String: Int]] = [:]

    public init() {}

    /// Counts the folded words of a text, stop words left out.
    public mutating func add(_ text: String, language: AnalysisLanguage) {
        let stopWords = language.stopWords
        // Taken out while it grows, so that the table is not copied on every text.
        var table = counts.removeValue(forKey: language) ?? [:]
        for word in Tokenizer.words(in: text) {
            let folded = Folding.fold(word.text)
            if !stopWords.contains(folded) { table[folded, default: 0] += 1 }
        }
        counts[language] = table
    }
}
