import Diagnostics
import Foundation
import Mail
import SurveyDefinition
import SurveyMail
import Testing
import TrainingModel

@Suite("Invitation e-mails in the invitation's language")
struct InvitationMailTests {
    static let survey: Survey = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/SurveyDefinition/small.survey.xml").path
        return try! SurveyReader.read(file: path).value.survey
    }()

    static func mail(_ language: LanguageCode, kind: InvitationMail.Kind = .invitation, submitted: Bool = false) -> MailMessage {
        let expires = Date(timeIntervalSince1970: 1_806_451_200) // 2027-03-31
        return InvitationMail.compose(kind, invitation: 7, service: ServiceIdentity(country: "BE", kind: .prosecution, name: "Parquet de Liège"),
                                      email: "parquet@example.org", language: language, link: "https://example.org/s/abc",
                                      expiresAt: expires, submitted: submitted, survey: survey, from: MailAddress("coordination@example.org"),
                                      at: expires.addingTimeInterval(-86_400 * 30))!.message
    }

    @Test("the last day is written as each language writes a date, the service and survey where the grammar puts them")
    func dates() {
        let title = { (language: LanguageCode) in Self.survey.title(for: language) }
        let expected: [(LanguageCode, String, String)] = [
            ("nl", "De link is geldig tot en met 31 maart 2027.", "voor Parquet de Liège de vragenlijst „\(title("nl"))” in te vullen"),
            ("fr", "Le lien est valable jusqu’au 31 mars 2027 inclus.", "pour Parquet de Liège, à l’enquête « \(title("fr")) »"),
            ("de", "Der Link gilt bis einschließlich 31. März 2027.", "für Parquet de Liège die Umfrage „\(title("de"))“ zu beantworten"),
            ("en", "The link works until March 31, 2027 inclusive.", "the survey “\(title("en"))” for Parquet de Liège"),
        ]
        for (language, validUntil, lead) in expected {
            let body = Self.mail(language).body
            #expect(body.contains(validUntil), "\(language): \(body)")
            #expect(body.contains(lead), "\(language): \(body)")
        }
    }

    @Test("a language the tool does not speak reads English; a reminder after submission says so")
    func fallbackAndReminder() {
        #expect(Self.mail("es").body == Self.mail("en").body)
        #expect(Self.mail("es").subject == "Joint training survey: your personal link")
        let reminder = Self.mail("fr", kind: .reminder, submitted: true)
        #expect(reminder.subject == "Rappel : enquête sur la formation commune")
        #expect(reminder.body.contains("les réponses de Parquet de Liège à l’enquête"))
        #expect(!reminder.body.contains("brouillon"))
    }
}
