import Testing
import TrainingModel
import Wording

@Suite("Names of service kinds, delivery modes and languages")
struct DomainNamesTests {
    @Test("every service kind has a distinct name in each of the four languages", arguments: LanguageCode.surveyLanguages)
    func serviceKinds(language: LanguageCode) {
        let names = ServiceKind.allCases.map { $0.name(in: language) }
        #expect(names.allSatisfy { !$0.isEmpty })
        #expect(Set(names).count == ServiceKind.allCases.count, "\(names)")
    }

    @Test("every delivery mode has a distinct name in each of the four languages", arguments: LanguageCode.surveyLanguages)
    func modes(language: LanguageCode) {
        let names = DeliveryMode.allCases.map { $0.name(in: language) }
        #expect(names.allSatisfy { !$0.isEmpty })
        #expect(Set(names).count == DeliveryMode.allCases.count, "\(names)")
    }

    @Test("the services' own words: openbaar ministerie, parquet, Staatsanwaltschaft")
    func words() {
        #expect(ServiceKind.prosecution.name(in: "nl") == "openbaar ministerie")
        #expect(ServiceKind.prosecution.name(in: "fr-BE") == "parquet")
        #expect(ServiceKind.labourInspection.name(in: "de") == "Arbeitsinspektion")
        #expect(ServiceKind.judiciary.name(in: "nl") == "rechterlijke macht")
        #expect(ServiceKind.labourInspection.name(in: "en") == "labour inspection")
        #expect(DeliveryMode.onsite.name(in: "nl") == "klassikaal")
        #expect(DeliveryMode.onsite.name(in: "fr") == "en présentiel")
        #expect(DeliveryMode.eLearning.name(in: "de") == "E-Learning")
    }

    @Test("languages named in the reader's language; others keep their tag; unknown readers read English")
    func languages() {
        #expect(LanguageCode.english.name(in: .dutch) == "Engels")
        #expect(LanguageCode.dutch.name(in: .french) == "néerlandais")
        #expect(LanguageCode("lb").name(in: .german) == "Luxemburgisch")
        #expect(LanguageCode("fr-BE").name(in: .english) == "French")
        #expect(LanguageCode("pt").name(in: .dutch) == "pt")
        #expect(LanguageCode.german.name(in: "es") == "German")
        #expect(ServiceKind.police.name(in: "es") == "police")
    }
}
