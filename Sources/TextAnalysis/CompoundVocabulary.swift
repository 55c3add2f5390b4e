/// How often each word occurs in a collection of Dutch and German texts: the known words
/// that the decompounder may split a compound into.
///
/// Built from the texts a matcher knows (thesaurus labels, catalogue texts), so that a need's
/// "mensenhandelzaken" splits into words the catalogue uses.
public struct CompoundVocabulary: Sendable {
    private(set) var counts: [AnalysisLanguage: [String: Int]] = [:]

    public init() {}

    /// Counts the words of a text; texts in languages without compounds are ignored.
    public mutating func add(_ text: String, language: AnalysisLanguage) {
        guard language.formsCompounds else { return }
        let stopWords = language.stopWords
        var table = counts[language, default: [:]]
        for word in Tokenizer.words(in: text) {
            let folded = Folding.fold(word.text)
            if !stopWords.contains(folded) { table[folded, default: 0] += 1 }
        }
        counts[language] = table
    }
}
