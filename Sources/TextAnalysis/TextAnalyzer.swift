/// Turns text into comparable terms: NFKC, words, case and diacritic folding, stop words,
/// compound splitting (Dutch, German), misspelt words read as the known word they were
/// meant to be, and Snowball stemming.
///
/// Words are folded before they are stemmed, in every language: "financière" and a hastily
/// typed "financiere" must give the same term, which matters more than the few accented
/// French suffixes (-ité) the stemmer then leaves on.
///
/// One analyser serves one index: its vocabulary comes from that index's texts,
/// and its stemmers (one per language, each behind its own lock) are shared by every
/// thread that uses it.
public final class TextAnalyzer: Sendable {
    private let stemmers: [AnalysisLanguage: SnowballStemmer]
    private let decompounders: [AnalysisLanguage: Decompounder]
    private let correctors: [AnalysisLanguage: SpellingCorrector]
    public let identifier: LanguageIdentifier

    public init(vocabulary: Vocabulary = Vocabulary(), identifier: LanguageIdentifier = .standard) {
        var stemmers: [AnalysisLanguage: SnowballStemmer] = [:]
        var decompounders: [AnalysisLanguage: Decompounder] = [:]
        var correctors: [AnalysisLanguage: SpellingCorrector] = [:]
        for language in AnalysisLanguage.allCases {
            let stemmer = SnowballStemmer(language)
            stemmers[language] = stemmer
            guard let counts = vocabulary.counts[language], !counts.isEmpty else { continue }
            if language.formsCompounds {
                decompounders[language] = Decompounder(counts: counts, stemmer: stemmer)
            }
            correctors[language] = SpellingCorrector(counts: counts, stemmer: stemmer)
        }
        self.stemmers = stemmers
        self.decompounders = decompounders
        self.correctors = correctors
        self.identifier = identifier
    }

    /// The tokens of a text written in `language`; with nil, words are only folded. With
    /// `correctingSpelling` (a need typed by a person, never a catalogue's or thesaurus's own
    /// text), a misspelt word is read as the known word it was meant to be.
    public func analyze(_ text: String, language: AnalysisLanguage?, correctingSpelling: Bool = false) -> AnalyzedText {
        let normalized = Folding.normalize(text)
        let words = Tokenizer.words(inNormalized: normalized)
        var tokens: [Token] = []
        tokens.reserveCapacity(words.count)
        var foldedWords: [String] = []
        foldedWords.reserveCapacity(words.count)
        var position = -1
        var pendingBreak = false
        let stopWords = language?.stopWords ?? []
        for (index, word) in words.enumerated() {
            pendingBreak = pendingBreak || word.breakBefore
            let folded = Folding.fold(word.text)
            foldedWords.append(folded)
            if !word.hyphenated && stopWords.contains(folded) { continue }
            if pendingBreak && position >= 0 { position += 1 }
            pendingBreak = false
            guard let language else {
                position += 1
                tokens.append(Token(term: folded, word: folded, position: position, wordIndex: index))
                continue
            }
            for part in parts(of: folded, language: language, correctingSpelling: correctingSpelling) {
                position += 1
                let term = stem(part, language: language)
                tokens.append(Token(term: term, word: part, position: position, wordIndex: index))
            }
        }
        return AnalyzedText(language: language, text: normalized, words: words, foldedWords: foldedWords, tokens: tokens)
    }

    /// The text as it was meant, for a reader that sees the words themselves (the embedding
    /// model): each misspelt word replaced by the known word it was meant to be, written as the
    /// vocabulary has it (folded), with a capital where the word had one; all else as typed.
    /// A word is misspelt as the words read it (`correction(of:split:language:)`).
    public func respelled(_ text: String, language: AnalysisLanguage) -> String {
        guard correctors[language] != nil else { return text }
        let normalized = Folding.normalize(text)
        var result = ""
        var written = normalized.startIndex
        for word in Tokenizer.words(inNormalized: normalized) {
            guard let range = word.range else { continue }
            let folded = Folding.fold(word.text)
            guard let meant = correction(of: folded, split: split(folded, language: language), language: language) else { continue }
            result += normalized[written..<range.lowerBound]
            result += word.text.first?.isUppercase == true ? meant.prefix(1).uppercased() + meant.dropFirst() : meant
            written = range.upperBound
        }
        guard written != normalized.startIndex else { return text }
        return result + normalized[written...]
    }

    /// The language of a text, or nil when it has no words.
    public func identify(_ text: String) -> AnalysisLanguage? {
        identifier.identify(text)
    }

    /// The folded stem of a folded word.
    public func stem(_ folded: String, language: AnalysisLanguage) -> String {
        stemmers[language]!.stem(folded)
    }

    /// The parts of a folded word in `language`: several for a compound worth splitting,
    /// else the word alone; with `correctingSpelling`, a misspelt word is read as the known
    /// word it was meant to be first. A word still unknown is cut before its known head
    /// (`Decompounder.head(of:)`), after the corrector had its chance: "mensehandel" is
    /// "mensenhandel" misspelt, not something ending in "handel".
    public func parts(of folded: String, language: AnalysisLanguage, correctingSpelling: Bool = false) -> [String] {
        let parts = split(folded, language: language)
        if correctingSpelling, let meant = correction(of: folded, split: parts, language: language) {
            return split(meant, language: language)
        }
        guard parts.count == 1 else { return parts }
        // An unknown compound no split reads is still known by its head.
        return decompounders[language]?.head(of: folded) ?? parts
    }

    /// The parts of a compound worth splitting (`Decompounder.split`), else the word alone.
    private func split(_ folded: String, language: AnalysisLanguage) -> [String] {
        decompounders[language]?.split(folded) ?? [folded]
    }

    /// The known word a folded word was meant to be, or nil when it is no typo; `split` is
    /// its `split(_:language:)`. The one decision for the words and for the model: a
    /// compound of known words is read as its parts, never as a known word one keystroke
    /// away ("Opferzeugin" is no "Opferzeugen").
    private func correction(of folded: String, split: [String], language: AnalysisLanguage) -> String? {
        guard split.count == 1, let corrector = correctors[language] else { return nil }
        let meant = corrector.correct(folded)
        return meant == folded ? nil : meant
    }
}
