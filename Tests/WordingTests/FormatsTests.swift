import Foundation
import Testing
import TrainingModel
import Wording

@Suite("Figures as each language writes them (Foundation's locale formatting)")
struct FormatsTests {
    @Test("percentages: 43% in English and Dutch, 43 % with a no-break space in French and German")
    func percent() {
        #expect(ReaderLanguage.english.percent(0.43) == "43%")
        #expect(ReaderLanguage.dutch.percent(0.43) == "43%")
        #expect(ReaderLanguage.french.percent(0.43) == "43\u{A0}%")
        #expect(ReaderLanguage.german.percent(0.43) == "43\u{A0}%")
        #expect(ReaderLanguage.english.percent(0.864) == "86%")
        #expect(ReaderLanguage.english.percent(0.005) == "1%")
        #expect(ReaderLanguage.dutch.percent(1) == "100%")
        #expect(ReaderLanguage.german.percent(0) == "0\u{A0}%")
    }

    @Test("numbers: a decimal comma in nl, fr and de, a point in English, no grouping, at most the decimals asked")
    func numbers() {
        #expect(ReaderLanguage.english.number(1234.5) == "1234.5")
        #expect(ReaderLanguage.dutch.number(1234.5) == "1234,5")
        #expect(ReaderLanguage.french.number(1234.5) == "1234,5")
        #expect(ReaderLanguage.german.number(1234.5) == "1234,5")
        #expect(ReaderLanguage.english.number(0.0625) == "0.063")
        #expect(ReaderLanguage.dutch.number(2.5, decimals: 0) == "3")
        #expect(ReaderLanguage.french.number(-0.0001) == "0")
        #expect(ReaderLanguage.german.number(60) == "60")
    }

    @Test("counts and figures in running text: thousands grouped as each language groups them")
    func grouped() {
        #expect(ReaderLanguage.english.count(1_000_000) == "1,000,000")
        #expect(ReaderLanguage.dutch.count(1_000_000) == "1.000.000")
        #expect(ReaderLanguage.german.count(5000) == "5.000")
        #expect(ReaderLanguage.french.count(5000) == "5\u{202F}000")
        #expect(ReaderLanguage.english.count(42) == "42")
        #expect(ReaderLanguage.french.figure(0.5) == "0,5")
        #expect(ReaderLanguage.english.figure(1234.5) == "1,234.5")
        #expect(ReaderLanguage.german.figure(60) == "60")
    }

    @Test("exact decimals: 0,50 and 0.50")
    func fixed() {
        #expect(ReaderLanguage.english.fixed(0.5, decimals: 2) == "0.50")
        #expect(ReaderLanguage.dutch.fixed(0.5, decimals: 2) == "0,50")
        #expect(ReaderLanguage.french.fixed(0.125, decimals: 2) == "0,13")
        #expect(ReaderLanguage.german.fixed(1, decimals: 1) == "1,0")
    }

    @Test("dates in words, in UTC, in each language")
    func dates() {
        let day = Date(timeIntervalSince1970: 1_806_451_200) // 2027-03-31T00:00:00Z
        #expect(ReaderLanguage.english.date(day) == "March 31, 2027")
        #expect(ReaderLanguage.dutch.date(day) == "31 maart 2027")
        #expect(ReaderLanguage.french.date(day) == "31 mars 2027")
        #expect(ReaderLanguage.german.date(day) == "31. März 2027")
        #expect(ReaderLanguage.german.dateTime(day.addingTimeInterval(14 * 3600 + 300)).hasSuffix("14:05 UTC"))
    }

    @Test("one pick for every area: the four sets handed, the reader's one returned")
    func pick() {
        #expect(ReaderLanguage.french.pick(dutch: 1, french: 2, german: 3, english: 4) == 2)
        #expect(ReaderLanguage(LanguageCode("pt")).pick(dutch: 1, french: 2, german: 3, english: 4) == 4)
    }
}
