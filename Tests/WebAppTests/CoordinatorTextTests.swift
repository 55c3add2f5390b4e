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

    @Test("every word of the coordinator's pages has a value in nl, fr, de and en")
    func complete() {
        for (language, table) in Self.tables {
            let missing = CoordinatorWord.allCases.filter { table[$0].trimmingCharacters(in: .whitespaces).isEmpty }
            #expect(missing.isEmpty, "\(language) lacks \(missing.map(\.rawValue))")
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

    @Test("a sentence puts its values where its language needs them, counts written as the language writes them")
    func sentences() {
        #expect(CoordinatorText.english.sentences.ofValue("3", of: "60") == "3 of 60")
        #expect(CoordinatorText.german.sentences.stateWithdrawn(on: "2027-01-15") == "zurückgezogen am 2027-01-15")
        #expect(CoordinatorText.french.sentences.reopenWithdrawn(7, on: "2027-01-15")
            == "L'invitation 7 a été retirée le 2027-01-15 ; sa réponse ne peut pas être rouverte.")
        #expect(CoordinatorText.english.sentences.reopenWithdrawn(7, on: "2027-01-15")
            == "Invitation 7 was withdrawn on 2027-01-15; its response cannot be reopened.")
        // A value that looks like a placeholder is only a value.
        #expect(CoordinatorText.english.sentences.ofValue("%2", of: "60") == "%2 of 60")
        #expect(CoordinatorText.english.sentences.needsCoveredValue(covered: 1, of: 2, weightShare: "50%", coveredWeight: 4, totalWeight: 8)
            == "1 of 2 (50% of the weight: 4 of 8)")
        #expect(CoordinatorText.dutch.sentences.needsCoveredValue(covered: 1, of: 2, weightShare: "50%", coveredWeight: 4, totalWeight: 8)
            == "1 van 2 (50% van het gewicht: 4 van 8)")
        // French puts the question after the answer; the values keep their roles.
        #expect(CoordinatorText.french.sentences.unknownSurvey("s9", known: "s1, s2")
            == "Il n'y a pas d'enquête « s9 » ; la base de données contient s1, s2.")
        #expect(CoordinatorText.german.sentences.unknownSurvey("s9", known: "s1, s2")
            == "Es gibt keine Umfrage „s9“; die Datenbank enthält s1, s2.")
        // Counts are grouped as each language groups thousands.
        #expect(CoordinatorText.english.sentences.mailSummary(sent: 1234, failed: 0, withoutAddress: 2)
            == "1,234 sent, 0 not delivered, 2 without an e-mail address.")
        #expect(CoordinatorText.german.sentences.mailSummary(sent: 1234, failed: 0, withoutAddress: 2)
            == "1.234 gesendet, 0 nicht zugestellt, 2 ohne E-Mail-Adresse.")
        #expect(CoordinatorText.french.sentences.catalogueReady("c.xml", catalogue: "cepol", provider: "CEPOL", modules: 1500)
            == "c.xml : le catalogue « cepol » de CEPOL, avec 1\u{202F}500 modules, peut servir à la planification.")
    }

    @Test("the respondent pages' sentences with values, in two languages")
    func respondentSentences() {
        #expect(UIText.english.words.stepOf(2, of: 4) == "Step 2 of 4")
        #expect(UIText.french.words.stepOf(2, of: 4) == "Étape 2 sur 4")
        #expect(UIText.german.words.stepShort(3) == "Schritt 3")
        #expect(UIText.english.words.conditionNote(question: "Do you train staff?", answer: "Yes")
            == "Answer only if you chose ‘Yes’ for ‘Do you train staff?’.")
        #expect(UIText.french.words.conditionNote(question: "Formez-vous du personnel ?", answer: "Oui")
            == "À remplir seulement si vous avez répondu « Oui » à « Formez-vous du personnel ? ».")
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
