import Testing
import TextAnalysis

@Suite("decompounding")
struct DecompounderTests {
    /// A vocabulary as a small catalogue and thesaurus would give it.
    static func analyzer() -> TextAnalyzer {
        var vocabulary = Vocabulary()
        vocabulary.add("Signalen van uitbuiting op het werk. Arbeid in de bouw en de landbouw. Gedwongen prostitutie.", language: .dutch)
        vocabulary.add("Mensenhandel en mensensmokkel; de zaken van het parket; zaken met slachtoffers.", language: .dutch)
        vocabulary.add("Slachtoffer slachtoffer slachtoffer slachtoffers slachtoffers", language: .dutch)
        vocabulary.add("Menschenhandel erkennen. Schutz der Opfer und Rechte der Opfer.", language: .german)
        return TextAnalyzer(vocabulary: vocabulary)
    }

    @Test("compounds split into known words, across linking elements", arguments: [
        ("arbeidsuitbuiting", AnalysisLanguage.dutch, ["arbeid", "uitbuiting"]),
        ("mensenhandelzaken", .dutch, ["mensenhandel", "zaken"]),
        ("menschenhandelsopfer", .german, ["menschenhandel", "opfer"]),
        ("menschenhandelsopfern", .german, ["menschenhandel", "opfern"]),
    ])
    func splits(word: String, language: AnalysisLanguage, parts: [String]) {
        #expect(Self.analyzer().parts(of: word, language: language) == parts)
    }

    @Test("a common word stays whole, and words with unknown parts are not cut")
    func keepsWholeWords() {
        let analyzer = Self.analyzer()
        #expect(analyzer.parts(of: "slachtoffer", language: .dutch) == ["slachtoffer"])
        #expect(analyzer.parts(of: "verkeersboete", language: .dutch) == ["verkeersboete"])
    }

    @Test("an unknown compound no split reads is known by its head, the longest known word it ends with", arguments: [
        ("hotelprostitutie", AnalysisLanguage.dutch, ["hotel", "prostitutie"]),
        ("paketdienstopfer", .german, ["paketdienst", "opfer"]),
    ])
    func head(word: String, language: AnalysisLanguage, parts: [String]) {
        #expect(Self.analyzer().parts(of: word, language: language) == parts)
        #expect(Self.analyzer().parts(of: word, language: language, correctingSpelling: true) == parts)
    }

    @Test("a misspelt known word is read as meant, not cut before a head")
    func correctsBeforeHead() {
        #expect(Self.analyzer().parts(of: "slachtofers", language: .dutch, correctingSpelling: true) == ["slachtoffers"])
        #expect(Self.analyzer().parts(of: "mensehandel", language: .dutch, correctingSpelling: true) == ["mensenhandel"])
    }

    @Test("a need's compound with an unknown first part meets the modules' word for its head")
    func headTerms() {
        let analyzer = Self.analyzer()
        let terms = analyzer.analyze("thuis- en hotelprostitutie", language: .dutch, correctingSpelling: true).tokens.map(\.term)
        #expect(terms.contains(analyzer.analyze("prostitutie", language: .dutch).tokens[0].term))
    }

    @Test("languages that write compounds apart are never split")
    func onlyDutchAndGerman() {
        #expect(Self.analyzer().parts(of: "mensenhandelzaken", language: .french) == ["mensenhandelzaken"])
    }

    @Test("a need's compound yields the terms of the words the catalogue uses")
    func termsOfParts() {
        let analyzer = Self.analyzer()
        let compound = analyzer.analyze("Arbeidsuitbuiting", language: .dutch).tokens.map(\.term)
        let apart = analyzer.analyze("arbeid, uitbuiting", language: .dutch).tokens.map(\.term)
        #expect(compound == apart)
        #expect(compound.count == 2)
    }
}
