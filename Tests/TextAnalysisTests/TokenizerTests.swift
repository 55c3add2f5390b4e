import Testing
import TextAnalysis

@Suite("words")
struct TokenizerTests {
    @Test("apostrophes and hyphens split words; single letters are dropped")
    func splitsWords() {
        let words = Tokenizer.words(in: "L'enquête des agents, anti-trafficking").map(\.text)
        #expect(words == ["enquête", "des", "agents", "anti", "trafficking"])
    }

    @Test("punctuation between phrases is remembered, so that phrases never span it")
    func marksBreaks() {
        let words = Tokenizer.words(in: "financial. investigation (online) recruitment")
        #expect(words.map(\.breakBefore) == [false, true, true, true])
    }

    @Test("hyphen-joined words are marked; a single letter before a hyphen stays with the next word")
    func hyphens() {
        let words = Tokenizer.words(in: "la sous-traitance en e-learning")
        #expect(words.map(\.text) == ["la", "sous", "traitance", "en", "elearning"])
        #expect(words.map(\.hyphenated) == [false, true, true, false, false])
    }

    @Test("digits belong to words; an empty text has none")
    func digitsAndEmpty() {
        #expect(Tokenizer.words(in: "art. 273f Sr").map(\.text) == ["art", "273f", "Sr"])
        #expect(Tokenizer.words(in: " — ; ").isEmpty)
    }
}
