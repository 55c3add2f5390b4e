import Foundation
import Testing
import TrainingModel
@testable import WebApp

@Suite("coordinator text")
struct CoordinatorTextTests {
    static let tables: [(String, CoordinatorText)] = [
        ("nl", CoordinatorText.dutch), ("fr", CoordinatorText.french),
        ("de", CoordinatorText.german), ("en", CoordinatorText.english),
    ]

    /// The `%1`, `%2`... of a word, in order of number.
    static func placeholders(_ words: String) -> [String] {
        Page.all(#"%[1-9]"#, in: words).sorted()
    }

    @Test("every word of the coordinator's pages has a value in nl, fr, de and en")
    func complete() {
        for (language, table) in Self.tables {
            let missing = CoordinatorWord.allCases.filter { table[$0].trimmingCharacters(in: .whitespaces).isEmpty }
            #expect(missing.isEmpty, "\(language) lacks \(missing.map(\.rawValue))")
        }
    }

    @Test("each translation has the same places for values as the English word")
    func placeholders() {
        for (language, table) in Self.tables where language != "en" {
            for word in CoordinatorWord.allCases {
                #expect(Self.placeholders(table[word]) == Self.placeholders(CoordinatorText.english[word]),
                        "\(language) \(word.rawValue)")
            }
        }
    }

    @Test("the table for a language: its primary tag decides; any other language gets English")
    func choice() {
        #expect(CoordinatorText.for("nl-BE") === CoordinatorText.dutch)
        #expect(CoordinatorText.for("fr-LU") === CoordinatorText.french)
        #expect(CoordinatorText.for("de") === CoordinatorText.german)
        #expect(CoordinatorText.for("lb") === CoordinatorText.english)
        #expect(CoordinatorText.french[.signOut] == "Se déconnecter")
        #expect(CoordinatorText.french.child(named: "signOut") as? String == "Se déconnecter")
        #expect(CoordinatorText.french.child(named: "noSuchWord") == nil)
    }

    @Test("values go where the language puts them, in one pass, and a lone % stays")
    func format() {
        #expect(CoordinatorText.english.format(.ofValue, "3", "60") == "3 of 60")
        #expect(CoordinatorText.german.format(.stateWithdrawn, "2027-01-15") == "zurückgezogen am 2027-01-15")
        #expect(CoordinatorText.french.format(.reopenWithdrawn, "7", "2027-01-15")
            == "L'invitation 7 a été retirée le 2027-01-15 ; sa réponse ne peut pas être rouverte.")
        // A value holding a placeholder is not replaced again.
        #expect(CoordinatorText.english.format(.ofValue, "%2", "60") == "%2 of 60")
        #expect(CoordinatorText.english.format(.needsCoveredValue, "1", "2", "50 %", "4", "8") == "1 of 2 (50 % of the weight: 4 of 8)")
    }

    @Test("countries, kinds, delivery modes, training languages and numbers as each language writes them")
    func names() {
        #expect(CoordinatorText.dutch.country("BE") == "België")
        #expect(CoordinatorText.german.country("NL") == "Niederlande")
        #expect(CoordinatorText.french.country("LU") == "Luxembourg")
        #expect(CoordinatorText.french.country("FR") == "FR")
        #expect(CoordinatorText.dutch.kind(.prosecution) == "openbaar ministerie")
        #expect(CoordinatorText.french.kind(.labourInspection) == "inspection du travail")
        #expect(CoordinatorText.german.kind(.labourInspection) == "Arbeitsinspektion")
        #expect(CoordinatorText.french.mode(.onsite) == "en présentiel")
        for text in [CoordinatorText.dutch, .french, .german, .english] {
            #expect(Set(DeliveryMode.allCases.map(text.mode)).count == DeliveryMode.allCases.count, "\(text.language)")
        }
        #expect(CoordinatorText.german.languageName("fr") == "Französisch")
        #expect(CoordinatorText.english.languageName("it") == "it")
        #expect(CoordinatorText.french.number(1.5) == "1,5")
        #expect(CoordinatorText.english.number(1.5) == "1.5")
        #expect(CoordinatorText.dutch.number(60) == "60")
        #expect(CoordinatorText.german.number(1234.56) == "1234,6")
    }
}
