import Testing
import TrainingModel

@Suite("Domain values")
struct TrainingModelTests {
    @Test("language tags are checked against ISO 639-1 and BCP 47 syntax")
    func validatesLanguages() {
        #expect(LanguageCode("NL").tag == "nl")
        #expect(LanguageCode("nl-BE").isValid)
        #expect(LanguageCode("nl-BE").primary == .dutch)
        #expect(LanguageCode("lb").isValid)
        #expect(!LanguageCode("english").isValid)
        #expect(!LanguageCode("xx").isValid)
        #expect(!LanguageCode("fr-").isValid)
    }

    @Test("country codes are ISO 3166-1 alpha-2")
    func validatesCountries() {
        #expect(CountryCode.belgium.isValid && CountryCode.luxembourg.isValid)
        #expect(!CountryCode("XX").isValid)
        #expect(!CountryCode("be").isValid)
    }

    @Test("the best text falls back from the reader's language to English, then to the first")
    func picksBestText() {
        let text = LocalizedText([LocalizedString("fr", "Enquête financière"), LocalizedString("en", "Financial investigation")])
        #expect(text.best(for: "fr") == "Enquête financière")
        #expect(text.best(for: "fr-BE") == "Enquête financière")
        #expect(text.best(for: "nl") == "Financial investigation")
        #expect(LocalizedText([LocalizedString("de", "Finanzermittlungen")]).best(for: "nl") == "Finanzermittlungen")
        #expect(LocalizedText().best(for: "nl") == nil)
    }

    @Test("a need's weight is priority × headcount × max(1, required − current)")
    func computesWeight() {
        var need = Need(id: "N1", country: .belgium, serviceKind: .police, topic: "t", priority: 3,
                        currentLevel: 1, requiredLevel: 3, headcount: 10)
        #expect(need.weight == 60)
        need.requiredLevel = 1
        #expect(need.weight == 30)
        need.currentLevel = nil
        need.requiredLevel = nil
        #expect(need.weight == 30)
    }

    @Test("training languages default to the need's language; modes default to any")
    func defaultsLanguagesAndModes() {
        let need = Need(id: "N2", country: .netherlands, serviceKind: .prosecution, text: "x", language: "nl")
        #expect(need.trainingLanguages == ["nl"])
        #expect(need.accepts(.webinar))
        let picky = Need(id: "N3", country: .luxembourg, serviceKind: .police, text: "x", language: "fr",
                         languages: ["fr", "de"], modes: [.onsite])
        #expect(picky.trainingLanguages == ["fr", "de"])
        #expect(!picky.accepts(.webinar))
    }

    @Test("durations in hours count as eighths of a training day; places default to 1–30")
    func computesDaysAndPlaces() {
        #expect(TrainingModule.Duration(4, .hour).days == 0.5)
        #expect(TrainingModule.Duration(3, .day).days == 3)
        let module = TrainingModule(id: "M", titles: LocalizedText([LocalizedString("en", "T")]), audiences: [.police],
                                    duration: .init(1, .day), modes: [.onsite], languages: ["en"])
        #expect(module.effectivePlaces == TrainingModule.Places(min: 1, max: 30))
        #expect(module.title(for: "nl") == "T")
    }
}
