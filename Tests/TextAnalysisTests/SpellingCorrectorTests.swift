import Testing
@testable import TextAnalysis

@Suite("misspelt words")
struct SpellingCorrectorTests {
    static let vocabulary: Vocabulary = {
        var vocabulary = Vocabulary()
        vocabulary.add("slachtoffers slachtoffers verhoren arbeidsuitbuiting bakkerij bankerij police", language: .dutch)
        vocabulary.add("victimes exploitation police", language: .french)
        return vocabulary
    }()
    let analyzer = TextAnalyzer(vocabulary: Self.vocabulary)
    let dutch = SpellingCorrector(counts: Self.vocabulary.counts[.dutch]!, stemmer: SnowballStemmer(.dutch))

    func terms(_ text: String, _ language: AnalysisLanguage, correcting: Bool = true) -> [String] {
        analyzer.analyze(text, language: language, correctingSpelling: correcting).tokens.map(\.term)
    }

    @Test("a word one keystroke from a known word is read as it", arguments: [
        ("slachtofers", "slachtoffers", AnalysisLanguage.dutch),   // a letter left out
        ("slachtofffers", "slachtoffers", .dutch),                 // one too many
        ("slachtiffers", "slachtoffers", .dutch),                  // one changed
        ("victmies", "victimes", .french),                         // two swapped
    ])
    func oneKeystroke(typed: String, meant: String, language: AnalysisLanguage) {
        #expect(terms(typed, language) == terms(meant, language))
        // Only a need is corrected: a catalogue's own text is read as written.
        #expect(terms(typed, language, correcting: false) != terms(meant, language))
    }

    @Test("known words, their inflections, short words, first letters and ties are left as typed")
    func leftAlone() {
        #expect(dutch.correct("slachtoffers") == "slachtoffers")
        // An inflection of a known word is no typo ("slachtoffer" is one letter from the
        // known "slachtoffers" and has its stem).
        #expect(dutch.correct("slachtoffer") == "slachtoffer")
        // Too short to guess: "policy" is one letter from "police" and another word.
        #expect(dutch.correct("policy") == "policy")
        // People rarely mistype the first letter.
        #expect(dutch.correct("vlachtoffers") == "vlachtoffers")
        // "baskerij" is one letter from both "bakkerij" and "bankerij": no way to choose.
        #expect(dutch.correct("baskerij") == "baskerij")
        // A word of seven letters or more with a single reading is corrected.
        #expect(dutch.correct("verhorren") == "verhoren")
    }

    @Test("a text respelled for the model: misspelt words as meant, a capital kept, everything else as typed")
    func respelled() {
        #expect(analyzer.respelled("Verhoren van Slachtofers (NL), 2x slachtofffers!", language: .dutch)
            == "Verhoren van Slachtoffers (NL), 2x slachtoffers!")
        // Nothing to correct: the text comes back as it was given, not normalised.
        #expect(analyzer.respelled("Verhoren van slachtoffers ﬁ", language: .dutch) == "Verhoren van slachtoffers ﬁ")
        // A language without a vocabulary has no corrector.
        #expect(analyzer.respelled("Opfervernehmungen", language: .german) == "Opfervernehmungen")
    }

    @Test("a compound of known words is no typo, for the model as for the words, even one letter from another known word")
    func compoundLeftAsTyped() {
        var vocabulary = Vocabulary()
        vocabulary.add("Opfer Opfer Zeugin Zeugin Opferzeugen Vernehmung", language: .german)
        let analyzer = TextAnalyzer(vocabulary: vocabulary)
        // The words read "Opferzeugin" as "Opfer" and "Zeugin"…
        #expect(analyzer.parts(of: "opferzeugin", language: .german, correctingSpelling: true) == ["opfer", "zeugin"])
        // …so the model reads it as typed, not as "Opferzeugen"; a real typo is still corrected.
        #expect(analyzer.respelled("Vernehmung der Opferzeugin", language: .german) == "Vernehmung der Opferzeugin")
        #expect(analyzer.respelled("Vernehmmung der Opferzeugin", language: .german) == "Vernehmung der Opferzeugin")
    }
}

