import Testing
@testable import TextAnalysis

@Suite("misspelt words")
struct SpellingCorrectorTests {
    let analyzer: TextAnalyzer = {
        var vocabulary = Vocabulary()
        vocabulary.add("slachtoffers slachtoffers verhoren arbeidsuitbuiting bakken banken", language: .dutch)
        vocabulary.add("victimes exploitation", language: .french)
        return TextAnalyzer(vocabulary: vocabulary)
    }()

    func terms(_ text: String, _ language: AnalysisLanguage) -> [String] {
        analyzer.analyze(text, language: language).tokens.map(\.term)
    }

    @Test("a word one keystroke from a known word is read as it", arguments: [
        ("slachtofers", "slachtoffers", AnalysisLanguage.dutch),   // a letter left out
        ("slachtofffers", "slachtoffers", .dutch),                 // one too many
        ("slachtiffers", "slachtoffers", .dutch),                  // one changed
        ("victmies", "victimes", .french),                         // two swapped
    ])
    func oneKeystroke(typed: String, meant: String, language: AnalysisLanguage) {
        #expect(terms(typed, language) == terms(meant, language))
    }

    @Test("known words, their inflections, short words, first letters and ties are left as typed")
    func leftAlone() {
        // An inflection of a known word is no typo.
        #expect(terms("slachtoffer", .dutch) == [analyzer.stem("slachtoffer", language: .dutch)])
        // Too short to guess: one letter turns many short words into others.
        #expect(terms("bakon", .dutch) == [analyzer.stem("bakon", language: .dutch)])
        // People rarely mistype the first letter.
        #expect(terms("dlachtoffers", .dutch) == [analyzer.stem("dlachtoffers", language: .dutch)])
        // "baknen" is one keystroke from both "bakken" and "banken": no way to choose.
        #expect(terms("baknen", .dutch) == [analyzer.stem("baknen", language: .dutch)])
    }
}
