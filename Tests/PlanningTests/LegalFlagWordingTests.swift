import Planning
import Testing
import TrainingModel

@Suite("Legal flags' proposed handling in the course team's language")
struct LegalFlagWordingTests {
    /// BE and NL differ (45 days against 3 months), LU has no provision.
    let flag = LegalFlag(
        topic: "reflection-period",
        labels: LocalizedText([LocalizedString("en", "Reflection period"), LocalizedString("nl", "Bedenktijd")]),
        status: .differs, countries: ["BE", "LU", "NL"],
        provisions: [provision("BE", "45", "day"), provision("NL", "3", "month")], unknownCountries: ["LU"])

    @Test("English wording is the one plan.json and curriculum.xml carry")
    func english() {
        #expect(flag.handling(in: .english) == flag.handling(for: .english))
        #expect(flag.advice(in: "es") == flag.advice(for: "es"))
        #expect(LegalFlag.describe(provision("BE", "45", "day"), in: .english) == "45 day")
    }

    @Test("handling: the comparative segment with every provision and the expert check, in nl, fr and de")
    func handling() {
        let dutch = flag.handling(in: .dutch)
        #expect(dutch.contains("Rechtsvergelijkend onderdeel"))
        #expect(dutch.contains("BE: 45 dagen (Law of BE); NL: 3 maanden (Law of NL)"))
        #expect(dutch.contains("nationale deskundige voor LU"))
        #expect(dutch.contains("\u{2018}Bedenktijd\u{2019}"))
        let french = flag.handling(in: .french)
        #expect(french.contains("Séquence de droit comparé"))
        #expect(french.contains("BE\u{A0}: 45 jours (Law of BE)\u{A0}; NL\u{A0}: 3 mois (Law of NL)"))
        #expect(french.contains("expert national pour LU"))
        let german = flag.handling(in: .german)
        #expect(german.contains("Rechtsvergleichender Teil"))
        #expect(german.contains("BE: 45 Tage (Law of BE); NL: 3 Monate (Law of NL)"))
        #expect(german.contains("Fachperson für LU"))
        for text in [dutch, french, german] {
            #expect(!text.contains("Comparative-law") && !text.contains("national expert") && !text.contains("legal base"))
        }
    }

    @Test("advice names the countries without repeating the provisions")
    func advice() {
        #expect(flag.advice(in: .dutch).contains("de bepalingen van BE en NL naast elkaar"))
        #expect(flag.advice(in: "fr-BE").contains("les dispositions de BE et NL"))
        #expect(flag.advice(in: .german).contains("die Regelungen von BE und NL"))
        #expect(!flag.advice(in: .german).contains("Law of BE"))
        let unknownOnly = LegalFlag(topic: "t", labels: LocalizedText(), status: .unknown, countries: ["BE", "LU"],
                                    provisions: [provision("BE", "x")], unknownCountries: ["LU"])
        #expect(unknownOnly.advice(in: .dutch).hasPrefix("Ga vóór de opleiding na"))
        #expect(!unknownOnly.advice(in: .dutch).contains("Rechtsvergelijkend"))
    }

    @Test("values: time units in words and in number, decimal comma, other units and codes as written")
    func describe() {
        #expect(LegalFlag.describe(provision("BE", "1", "year"), in: .dutch) == "1 jaar")
        #expect(LegalFlag.describe(provision("BE", "2", "week"), in: .german) == "2 Wochen")
        #expect(LegalFlag.describe(provision("BE", "1.5", "month"), in: .french) == "1,5 mois")
        #expect(LegalFlag.describe(provision("BE", "1", "day"), in: .german) == "1 Tag")
        #expect(LegalFlag.describe(provision("BE", "5", "percent"), in: .german) == "5 percent")
        #expect(LegalFlag.describe(provision("BE", "special-and-extended"), in: .french) == "special-and-extended")
        #expect(LegalFlag.describe(provision("BE", nil), in: .dutch) == "geen waarde opgegeven")
        #expect(LegalFlag.describe(provision("BE", " "), in: .french) == "aucune valeur indiquée")
    }
}
