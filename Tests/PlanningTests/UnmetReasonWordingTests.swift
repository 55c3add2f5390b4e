import Planning
import Testing
import TrainingModel

@Suite("Unmet reasons in the coordinator's language")
struct UnmetReasonWordingTests {
    typealias Languages = UnmetReason.ModuleLanguages
    typealias Modes = UnmetReason.ModuleModes

    /// Every reason, each with the ids and figures its sentence must name.
    static let reasons: [(reason: UnmetReason, names: [String])] = [
        (.noModule(topic: "debt-bondage", withdrawn: []), ["debt-bondage"]),
        (.noModule(topic: nil, withdrawn: ["OLD-1"]), ["OLD-1"]),
        (.noModule(topic: "debt-bondage", withdrawn: ["OLD-1", "OLD-2"]), ["debt-bondage", "OLD-1", "OLD-2"]),
        (.noModule(topic: nil, withdrawn: [], closest: "NEAR-1"), ["NEAR-1"]),
        (.audienceMismatch(modules: ["FIN"], serviceKind: .labourInspection), ["FIN"]),
        (.audienceMismatch(modules: ["FIN", "AML"], serviceKind: .prosecution), ["FIN", "AML"]),
        (.languageMismatch(modules: [Languages(module: "IND", languages: ["nl"])], languages: ["fr", "de"]), ["IND"]),
        (.languageMismatch(modules: [Languages(module: "IND", languages: ["nl"]), Languages(module: "SMU", languages: ["en"])],
                           languages: []), ["IND", "SMU"]),
        (.modeMismatch(modules: [Modes(module: "LEG", modes: [.eLearning])], accepted: [.onsite]), ["LEG"]),
        (.modeMismatch(modules: [Modes(module: "NPU", modes: [.webinar]), Modes(module: "CRI", modes: [.blended])],
                       accepted: [.onsite, .online]), ["NPU", "CRI"]),
        (.tooFewParticipants(module: "INT", minimum: 12, maximum: 20, available: 10), ["INT", "12", "10"]),
        (.tooFewParticipants(module: "INT", minimum: 12, maximum: 20, available: 30), ["INT", "12", "20", "30"]),
        (.budgetExhausted(module: "ARC", daysNeeded: 2, daysLeft: 1, budget: 60), ["ARC", "2", "1", "60"]),
    ]

    @Test("every reason is explained in nl, fr and de, in its own words, naming its modules and figures",
          arguments: [LanguageCode.dutch, .french, .german])
    func explained(language: LanguageCode) {
        for (reason, names) in Self.reasons {
            let sentence = reason.explanation(in: language)
            #expect(!sentence.isEmpty)
            #expect(sentence != reason.explanation, "\(language): \(sentence)")
            for name in names { #expect(sentence.contains(name), "\(language): \(sentence) lacks \(name)") }
            for english in ["mismatch", "answers it", "too few", "exhausted", "withdrawn", "staff", " only"] {
                #expect(!sentence.contains(english), "\(language): \(sentence)")
            }
        }
    }

    @Test("English is `explanation`; regional variants read their language; other languages read English")
    func fallback() {
        for (reason, _) in Self.reasons {
            #expect(reason.explanation(in: .english) == reason.explanation)
            #expect(reason.explanation(in: "es") == reason.explanation)
            #expect(reason.explanation(in: "nl-BE") == reason.explanation(in: .dutch))
            #expect(reason.explanation(in: "fr-LU") == reason.explanation(in: .french))
        }
    }

    @Test("service kinds, modes and languages by their names in the reader's language")
    func names() {
        let audience = UnmetReason.audienceMismatch(modules: ["FIN"], serviceKind: .prosecution)
        #expect(audience.explanation(in: .dutch).contains("openbaar ministerie"))
        #expect(audience.explanation(in: .french).contains("au public «\u{A0}parquet\u{A0}»"))
        #expect(audience.explanation(in: .german).contains("„Staatsanwaltschaft“"))
        let mode = UnmetReason.modeMismatch(modules: [Modes(module: "LEG", modes: [.eLearning])], accepted: [.onsite, .blended])
        #expect(mode.explanation(in: .dutch).contains("klassikaal of blended learning"))
        #expect(mode.explanation(in: .french).contains("les formules en présentiel ou formation mixte"))
        #expect(mode.explanation(in: .german).contains("nur Präsenz oder Blended Learning"))
        let language = UnmetReason.languageMismatch(modules: [Languages(module: "IND", languages: ["nl"])], languages: ["fr", "de"])
        #expect(language.explanation(in: .dutch).contains("IND (Nederlands)"))
        #expect(language.explanation(in: .dutch).contains("in het Frans of het Duits"))
        #expect(language.explanation(in: .french).contains("qu'en français ou en allemand"))
        #expect(language.explanation(in: .german).contains("nur auf Französisch oder Deutsch"))
    }

    @Test("one person left is one person, not 'persons'")
    func singular() {
        let one = UnmetReason.tooFewParticipants(module: "INT", minimum: 12, maximum: 20, available: 1)
        #expect(one.explanation(in: .dutch).contains("slechts 1 medewerker die"))
        #expect(one.explanation(in: .french).contains("seul 1 agent non inscrit ailleurs pourrait"))
        #expect(one.explanation(in: .german).contains("nur 1 nicht anderweitig eingeplante Person könnte"))
        let unknownTag = UnmetReason.languageMismatch(modules: [Languages(module: "IND", languages: ["nl"])], languages: ["pt"])
        #expect(unknownTag.explanation(in: .dutch).hasSuffix("alleen opgeleid worden in pt"))
    }

    @Test("fractional days with a decimal comma and the unit in the right number")
    func days() {
        let half = UnmetReason.budgetExhausted(module: "IND", daysNeeded: 0.5, daysLeft: 0.25, budget: 42.5)
        #expect(half.explanation(in: .dutch).contains("de 42,5 opleidingsdagen"))
        #expect(half.explanation(in: .dutch).contains("nog 0,5 dag van IND vragen"))
        #expect(half.explanation(in: .dutch).contains("er blijft 0,25 dag over"))
        #expect(half.explanation(in: .french).contains("encore 0,5 jour du module IND, et il reste 0,25 jour"))
        #expect(half.explanation(in: .german).contains("weitere 0,5 Tage für IND erfordern, übrig bleiben 0,25 Tage"))
        #expect(half.explanation.contains("0.5 more days of IND"))
        let whole = UnmetReason.budgetExhausted(module: "ARC", daysNeeded: 3, daysLeft: 1, budget: 60)
        #expect(whole.explanation(in: .dutch).contains("nog 3 dagen van ARC vragen, en er blijft 1 dag over"))
        #expect(whole.explanation(in: .german).contains("übrig bleibt 1 Tag"))
    }
}
