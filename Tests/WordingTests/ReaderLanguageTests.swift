import Testing
import TrainingModel
import Wording

@Suite("The reader's language: which wording, and how it writes numbers and lists")
struct ReaderLanguageTests {
    @Test("nl, fr and de (with any region) have their own wording; every other language reads English")
    func choice() {
        #expect(ReaderLanguage("nl") == .dutch)
        #expect(ReaderLanguage("nl-BE") == .dutch)
        #expect(ReaderLanguage("fr-LU") == .french)
        #expect(ReaderLanguage("DE") == .german)
        #expect(ReaderLanguage("en-GB") == .english)
        #expect(ReaderLanguage("lb") == .english)
        #expect(ReaderLanguage("es") == .english)
        #expect(ReaderLanguage.allCases.map(\.code) == LanguageCode.surveyLanguages)
    }

    @Test("a decimal comma in nl, fr and de, a point in English; at most three decimals")
    func numbers() {
        #expect(ReaderLanguage.english.number(0.5) == "0.5")
        #expect(ReaderLanguage.dutch.number(0.5) == "0,5")
        #expect(ReaderLanguage.french.number(57.5) == "57,5")
        #expect(ReaderLanguage.german.number(0.375) == "0,375")
        #expect(ReaderLanguage.german.number(1.0 / 3) == "0,333")
        #expect(ReaderLanguage.dutch.number(60) == "60")
        #expect(ReaderLanguage.french.number(0.126, decimals: 2) == "0,13")
    }

    @Test("days with the unit each language puts after the number")
    func days() {
        #expect(ReaderLanguage.english.days(1) == "1 day")
        #expect(ReaderLanguage.english.days(0.5) == "0.5 days")
        #expect(ReaderLanguage.dutch.days(0.5) == "0,5 dag")
        #expect(ReaderLanguage.dutch.days(1.5) == "1,5 dag")
        #expect(ReaderLanguage.dutch.days(3) == "3 dagen")
        #expect(ReaderLanguage.dutch.days(0) == "0 dagen")
        #expect(ReaderLanguage.french.days(1.5) == "1,5 jour")
        #expect(ReaderLanguage.french.days(2) == "2 jours")
        #expect(ReaderLanguage.german.days(1) == "1 Tag")
        #expect(ReaderLanguage.german.days(0.5) == "0,5 Tage")
    }

    @Test("percentages spaced as each language spaces them")
    func percent() {
        #expect(ReaderLanguage.english.percent(0.864) == "86%")
        #expect(ReaderLanguage.dutch.percent(0.864) == "86%")
        #expect(ReaderLanguage.french.percent(0.864) == "86\u{A0}%")
        #expect(ReaderLanguage.german.percent(0.864) == "86\u{A0}%")
    }

    @Test("lists end with the language's 'and' or 'or'; long ones say how many more")
    func lists() {
        #expect(ReaderLanguage.dutch.list(["A"]) == "A")
        #expect(ReaderLanguage.dutch.list(["BE", "NL"]) == "BE en NL")
        #expect(ReaderLanguage.french.list(["A", "B", "C"]) == "A, B et C")
        #expect(ReaderLanguage.german.alternatives(["online", "Präsenz"]) == "online oder Präsenz")
        #expect(ReaderLanguage.english.list(["A", "B", "C", "D", "E", "F"]) == "A, B, C and 3 more")
        #expect(ReaderLanguage.dutch.list(["A", "B", "C", "D", "E"]) == "A, B, C en nog 2 andere")
        #expect(ReaderLanguage.french.list(["A", "B", "C", "D", "E"]) == "A, B, C et 2 autres")
    }

    @Test("French puts a no-break space inside its quotation marks and before a colon")
    func frenchSpacing() {
        #expect(ReaderLanguage.french.quoted("parquet") == "«\u{A0}parquet\u{A0}»")
        #expect(ReaderLanguage.french.colon == "\u{A0}: ")
        #expect(ReaderLanguage.german.quoted("Polizei") == "„Polizei“")
        #expect(ReaderLanguage.dutch.colon == ": ")
    }
}
