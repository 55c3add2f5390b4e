import Testing
import TextAnalysis

@Suite("language identification")
struct LanguageIdentifierTests {
    @Test("short needs are recognised in each of the four languages", arguments: [
        ("Onze wijkagenten weten niet goed wat ze moeten doen als ze een minderjarige in de prostitutie aantreffen.", AnalysisLanguage.dutch),
        ("Nos inspecteurs ne savent pas toujours comment réagir face à un travailleur qui n'a plus son passeport.", .french),
        ("Unsere Beamten wissen nicht, wie sie mit Opfern sprechen sollen, die kein Deutsch verstehen.", .german),
        ("Our detectives need to learn how to follow payments made through cryptocurrency exchanges.", .english),
    ])
    func identifies(text: String, language: AnalysisLanguage) {
        #expect(LanguageIdentifier.standard.identify(text) == language)
    }

    @Test("a text without function words is told by its letters")
    func byTrigrams() {
        #expect(LanguageIdentifier.standard.identify("Zwangsprostitution Ausbeutung Strafverfolgung") == .german)
        #expect(LanguageIdentifier.standard.identify("uitbuiting arbeidsmigranten") == .dutch)
    }

    @Test("samples given by the caller teach the identifier their words")
    func learnsFromSamples() {
        let identifier = LanguageIdentifier(samples: [.dutch: ["loverboyproblematiek loverboyslachtoffers loverboys"]])
        #expect(identifier.identify("loverboyproblematiek") == .dutch)
    }

    @Test("a text without words has no language")
    func empty() {
        #expect(LanguageIdentifier.standard.identify("") == nil)
        #expect(LanguageIdentifier.standard.identify(" — ; ") == nil)
    }
}
