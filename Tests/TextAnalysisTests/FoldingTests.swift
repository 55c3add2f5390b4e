import Testing
import TextAnalysis

@Suite("folding")
struct FoldingTests {
    @Test("case and accents disappear, whatever the Unicode form")
    func foldsCaseAndAccents() {
        #expect(Folding.fold("ENQUÊTE") == "enquete")
        #expect(Folding.fold("Financière") == "financiere")
        // The same word written with a combining accent (NFD).
        #expect(Folding.fold("Financie\u{300}re") == "financiere")
        #expect(Folding.fold("Überprüfung") == "uberprufung")
        #expect(Folding.fold("financiële") == "financiele")
    }

    @Test("letters that stand for two are written as two")
    func expandsLigatures() {
        #expect(Folding.fold("Straße") == "strasse")
        #expect(Folding.fold("Œuvre") == "oeuvre")
        #expect(Folding.normalize("ﬁnancial") == "financial")
    }

    @Test("plain ASCII is only lower-cased")
    func asciiFastPath() {
        #expect(Folding.fold("OSINT") == "osint")
        #expect(Folding.fold("already-lower") == "already-lower")
    }
}
