import Testing
import TextAnalysis

@Suite("text analysis")
struct TextAnalyzerTests {
    let analyzer = TextAnalyzer()

    @Test("stop words have no token; phrases keep consecutive positions without them")
    func stopWords() {
        let text = analyzer.analyze("handel in mensen", language: .dutch)
        #expect(text.tokens.map(\.word) == ["handel", "mensen"])
        #expect(text.tokens.map(\.position) == [0, 1])
    }

    @Test("punctuation leaves a gap in the positions")
    func gaps() {
        let text = analyzer.analyze("financial; investigation", language: .english)
        #expect(text.tokens.map(\.position) == [0, 2])
    }

    @Test("accented and unaccented spellings give the same terms")
    func accentInsensitive() {
        let accented = analyzer.analyze("Enquêtes financières", language: .french).tokens.map(\.term)
        let plain = analyzer.analyze("enquete financiere", language: .french).tokens.map(\.term)
        #expect(accented == plain)
    }

    @Test("a hyphen-joined word is kept even when it is a stop word alone")
    func hyphenatedStopWord() {
        let terms = analyzer.analyze("chaînes de sous-traitance", language: .french).tokens.map(\.word)
        #expect(terms == ["chaines", "sous", "traitance"])
        #expect(!analyzer.analyze("traite", language: .french).tokens.map(\.term).contains("sous"))
    }

    @Test("quotes give the words as written, stop words between them included")
    func quotes() {
        let text = analyzer.analyze("Ze willen meer weten over Handel in Mensen.", language: .dutch)
        let handel = text.tokens.firstIndex { $0.word == "handel" }!
        #expect(text.quote(handel..<(handel + 2)) == "Handel in Mensen")
    }

    @Test("quotes keep hyphens, apostrophes and accents as written")
    func exactQuotes() {
        let text = analyzer.analyze("Former à l’enquête sur les chaînes de sous-traitance.", language: .french)
        let chaines = text.tokens.firstIndex { $0.word == "chaines" }!
        #expect(text.quote(chaines..<text.tokens.count) == "chaînes de sous-traitance")
        let enquete = text.tokens.firstIndex { $0.word == "enquete" }!
        #expect(text.quote(enquete..<(enquete + 1)) == "enquête")
    }

    @Test("without a language, words are only folded")
    func noLanguage() {
        #expect(analyzer.analyze("De Slachtoffers", language: nil).tokens.map(\.term) == ["de", "slachtoffers"])
    }
}
