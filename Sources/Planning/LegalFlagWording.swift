import TrainingModel
import Wording

/// A legal flag's proposed handling in the course team's own language. `handling(for:)`
/// and `advice(for:)` stay English: plan.json and curriculum.xml (`xml:lang="en"`) carry
/// that wording, and scripts read it.
extension LegalFlag {
    /// What the course team should do about the flag, with every provision, for a reader of
    /// `language`; English for languages other than nl, fr and de.
    public func handling(in language: LanguageCode) -> String {
        Self.wording(language).handling(self, language: language)
    }

    /// The same advice without the provisions, for pages that show them next to it.
    public func advice(in language: LanguageCode) -> String {
        Self.wording(language).advice(self, language: language)
    }

    /// A provision's value as a reader of `language` reads it: "45 dagen", "3 mois", or
    /// that no value is given. Units other than day, week, month and year stay as written.
    public static func describe(_ provision: Provision, in language: LanguageCode) -> String {
        wording(language).describe(provision, language: language)
    }

    private static func wording(_ language: LanguageCode) -> any LegalFlagWording {
        ReaderLanguage(language).pick(dutch: DutchLegalFlagWording(), french: FrenchLegalFlagWording(),
                                      german: GermanLegalFlagWording(), english: EnglishLegalFlagWording())
    }
}

/// A legal flag's advice in one language; one type per language.
protocol LegalFlagWording: Sendable {
    func handling(_ flag: LegalFlag, language: LanguageCode) -> String
    func advice(_ flag: LegalFlag, language: LanguageCode) -> String
    func describe(_ provision: Provision, language: LanguageCode) -> String
}

/// English: the flag's own wording, which plan.json and curriculum.xml carry too.
struct EnglishLegalFlagWording: LegalFlagWording {
    func handling(_ flag: LegalFlag, language: LanguageCode) -> String { flag.handling(for: language) }
    func advice(_ flag: LegalFlag, language: LanguageCode) -> String { flag.advice(for: language) }
    func describe(_ provision: Provision, language: LanguageCode) -> String { LegalFlag.describe(provision) }
}

/// The pieces the advice is put together from, in a language other than English.
protocol LegalFlagSentences: LegalFlagWording {
    var reader: ReaderLanguage { get }
    /// Laws differ: present them side by side. With `whose`, names whose provisions.
    func comparativeSegment(whose: String?) -> String
    /// A reform is under way: check its state shortly before the course.
    func reformAdvice(countries: String) -> String
    /// A country's law is unknown: ask one of its experts before the course.
    func expertCheck(countries: String, about topic: String) -> String
    /// "this topic", where the advice does not name it.
    var thisTopic: String { get }
    var noValueGiven: String { get }
    /// The units the legal base normalises (day, week, month, year) in words, singular or plural.
    func timeUnit(_ unit: String, one: Bool) -> String?
}

extension LegalFlagSentences {
    func handling(_ flag: LegalFlag, language: LanguageCode) -> String {
        var parts: [String] = []
        if flag.status == .reform { parts.append(reformAdvice(countries: reader.list(flag.reforms.map(\.country.code).uniqued()))) }
        if flag.status == .differs {
            let sides = flag.provisions.map { provision in
                "\(provision.country.code)\(reader.colon)\(describe(provision, language: language)) (\(provision.cite))"
            }
            parts.append(comparativeSegment(whose: nil) + " — " + sides.joined(separator: reader.semicolon) + ".")
        }
        if !flag.unknownCountries.isEmpty {
            parts.append(expertCheck(countries: reader.list(flag.unknownCountries.map(\.code)), about: reader.quoted(flag.label(for: language))))
        }
        return parts.joined(separator: " ")
    }

    func advice(_ flag: LegalFlag, language: LanguageCode) -> String {
        var parts: [String] = []
        if flag.status == .reform { parts.append(reformAdvice(countries: reader.list(flag.reforms.map(\.country.code).uniqued()))) }
        if flag.status == .differs {
            parts.append(comparativeSegment(whose: reader.list(flag.provisions.map(\.country.code))) + ".")
        }
        if !flag.unknownCountries.isEmpty {
            parts.append(expertCheck(countries: reader.list(flag.unknownCountries.map(\.code)), about: thisTopic))
        }
        return parts.joined(separator: " ")
    }

    func describe(_ provision: Provision, language: LanguageCode) -> String {
        if let label = provision.valueLabels.best(for: language) { return label }
        guard let value = provision.value?.trimmed, !value.isEmpty else { return noValueGiven }
        guard let number = Double(value) else { return [value, provision.unit].compactMap { $0 }.joined(separator: " ") }
        let amount = reader.number(number)
        guard let unit = provision.unit else { return amount }
        // As `ReaderLanguage.days`: the unit is singular or plural as the language's days are.
        return amount + " " + (timeUnit(unit, one: reader.words.days(number) == reader.words.days(1)) ?? unit)
    }

}

struct DutchLegalFlagWording: LegalFlagSentences {
    var reader: ReaderLanguage { .dutch }

    func comparativeSegment(whose: String?) -> String {
        "Rechtsvergelijkend onderdeel: zet de bepalingen" + (whose.map { " van \($0)" } ?? "") + " naast elkaar en geef aan welke waar geldt"
    }

    func reformAdvice(countries: String) -> String {
        "Wetgeving in beweging: ga kort vóór de opleiding bij een nationale deskundige uit \(countries) na hoe ver de hervorming staat."
    }

    func expertCheck(countries: String, about topic: String) -> String {
        "Ga vóór de opleiding na bij een nationale deskundige voor \(countries): "
            + "het wetgevingsoverzicht bevat voor \(countries) geen bepaling over \(topic)."
    }

    let thisTopic = "dit onderwerp"
    let noValueGiven = "geen waarde opgegeven"

    func timeUnit(_ unit: String, one: Bool) -> String? {
        switch unit {
        case "day": one ? "dag" : "dagen"
        case "week": one ? "week" : "weken"
        case "month": one ? "maand" : "maanden"
        case "year": "jaar"
        default: nil
        }
    }
}

struct FrenchLegalFlagWording: LegalFlagSentences {
    var reader: ReaderLanguage { .french }

    func comparativeSegment(whose: String?) -> String {
        "Séquence de droit comparé\u{A0}: présenter côte à côte les dispositions" + (whose.map { " de \($0)" } ?? "")
            + " et préciser laquelle s'applique où"
    }

    func reformAdvice(countries: String) -> String {
        "Législation en mutation\u{A0}: vérifier peu avant la formation, auprès d'un expert national de \(countries), où en est la réforme."
    }

    func expertCheck(countries: String, about topic: String) -> String {
        "Vérifier auprès d'un expert national pour \(countries) avant la formation\u{A0}: "
            + "le relevé de la législation ne contient aucune disposition sur \(topic) pour \(countries)."
    }

    let thisTopic = "ce thème"
    let noValueGiven = "aucune valeur indiquée"

    func timeUnit(_ unit: String, one: Bool) -> String? {
        switch unit {
        case "day": one ? "jour" : "jours"
        case "week": one ? "semaine" : "semaines"
        case "month": "mois"
        case "year": one ? "an" : "ans"
        default: nil
        }
    }
}

struct GermanLegalFlagWording: LegalFlagSentences {
    var reader: ReaderLanguage { .german }

    func comparativeSegment(whose: String?) -> String {
        "Rechtsvergleichender Teil: die Regelungen" + (whose.map { " von \($0)" } ?? "") + " nebeneinanderstellen und erläutern, welche wo gilt"
    }

    func reformAdvice(countries: String) -> String {
        "Recht im Wandel: kurz vor der Schulung mit einer nationalen Fachperson aus \(countries) den Stand der Reform klären."
    }

    func expertCheck(countries: String, about topic: String) -> String {
        "Vor der Schulung mit einer nationalen Fachperson für \(countries) klären: "
            + "die Rechtsübersicht enthält für \(countries) keine Regelung zu \(topic)."
    }

    let thisTopic = "diesem Thema"
    let noValueGiven = "kein Wert angegeben"

    func timeUnit(_ unit: String, one: Bool) -> String? {
        switch unit {
        case "day": one ? "Tag" : "Tage"
        case "week": one ? "Woche" : "Wochen"
        case "month": one ? "Monat" : "Monate"
        case "year": one ? "Jahr" : "Jahre"
        default: nil
        }
    }
}
