import TrainingModel

/// A legal flag's proposed handling in the course team's own language. `handling(for:)`
/// and `advice(for:)` stay English: plan.json and curriculum.xml (`xml:lang="en"`) carry
/// that wording, and scripts read it.
extension LegalFlag {
    /// What the course team should do about the flag, with every provision, for a reader of
    /// `language`; English for languages other than nl, fr and de.
    public func handling(in language: LanguageCode) -> String {
        let reader = ReaderLanguage(language)
        guard reader != .english else { return handling(for: language) }
        var parts: [String] = []
        if status == .reform { parts.append(reformAdvice(reader)) }
        if status == .differs {
            let sides = provisions.map { provision in
                "\(provision.country.code)\(reader.colon)\(Self.describe(provision, in: language)) (\(provision.cite))"
            }
            parts.append(comparativeSegment(reader) + " — " + sides.joined(separator: semicolon(reader)) + ".")
        }
        if !unknownCountries.isEmpty {
            parts.append(expertCheck(reader, about: reader.quoted(label(for: language))))
        }
        return parts.joined(separator: " ")
    }

    /// The same advice without the provisions, for pages that show them next to it.
    public func advice(in language: LanguageCode) -> String {
        let reader = ReaderLanguage(language)
        guard reader != .english else { return advice(for: language) }
        var parts: [String] = []
        if status == .reform { parts.append(reformAdvice(reader)) }
        if status == .differs {
            parts.append(comparativeSegment(reader, countries: provisions.map(\.country.code)) + ".")
        }
        if !unknownCountries.isEmpty {
            let topic = switch reader {
            case .dutch: "dit onderwerp"
            case .french: "ce thème"
            case .german, .english: "diesem Thema"
            }
            parts.append(expertCheck(reader, about: topic))
        }
        return parts.joined(separator: " ")
    }

    /// A provision's value as a reader of `language` reads it: "45 dagen", "3 mois", or
    /// that no value is given. Units other than day, week, month and year stay as written.
    public static func describe(_ provision: Provision, in language: LanguageCode) -> String {
        let reader = ReaderLanguage(language)
        guard reader != .english else { return describe(provision) }
        if let label = provision.valueLabels.best(for: language) { return label }
        guard let value = provision.value?.trimmed, !value.isEmpty else {
            return switch reader {
            case .dutch: "geen waarde opgegeven"
            case .french: "aucune valeur indiquée"
            case .german, .english: "kein Wert angegeben"
            }
        }
        guard let number = Double(value) else { return [value, provision.unit].compactMap { $0 }.joined(separator: " ") }
        let amount = reader.number(number)
        guard let unit = provision.unit else { return amount }
        return amount + " " + (timeUnit(unit, amount: number, reader) ?? unit)
    }

    /// Laws differ: present them side by side. With `countries`, names whose provisions.
    private func comparativeSegment(_ reader: ReaderLanguage, countries: [String]? = nil) -> String {
        let whose = countries.map { reader.list($0) }
        switch reader {
        case .dutch:
            return "Rechtsvergelijkend onderdeel: zet de bepalingen" + (whose.map { " van \($0)" } ?? "")
                + " naast elkaar en geef aan welke waar geldt"
        case .french:
            return "Séquence de droit comparé\u{A0}: présenter côte à côte les dispositions" + (whose.map { " de \($0)" } ?? "")
                + " et préciser laquelle s'applique où"
        case .german, .english:
            return "Rechtsvergleichender Teil: die Regelungen" + (whose.map { " von \($0)" } ?? "")
                + " nebeneinanderstellen und erläutern, welche wo gilt"
        }
    }

    /// A reform is under way: check its state shortly before the course.
    private func reformAdvice(_ reader: ReaderLanguage) -> String {
        let countries = reader.list(reforms.map(\.country.code).uniqued())
        switch reader {
        case .dutch:
            return "Wetgeving in beweging: ga kort vóór de opleiding bij een nationale deskundige uit \(countries) na hoe ver de hervorming staat."
        case .french:
            return "Législation en mutation\u{A0}: vérifier peu avant la formation, auprès d'un expert national de \(countries), où en est la réforme."
        case .german, .english:
            return "Recht im Wandel: kurz vor der Schulung mit einer nationalen Fachperson aus \(countries) den Stand der Reform klären."
        }
    }

    /// A country's law is unknown: ask one of its experts before the course.
    private func expertCheck(_ reader: ReaderLanguage, about topic: String) -> String {
        let countries = reader.list(unknownCountries.map(\.code))
        switch reader {
        case .dutch:
            return "Ga vóór de opleiding na bij een nationale deskundige voor \(countries): "
                + "het wetgevingsoverzicht bevat voor \(countries) geen bepaling over \(topic)."
        case .french:
            return "Vérifier auprès d'un expert national pour \(countries) avant la formation\u{A0}: "
                + "le relevé de la législation ne contient aucune disposition sur \(topic) pour \(countries)."
        case .german, .english:
            return "Vor der Schulung mit einer nationalen Fachperson für \(countries) klären: "
                + "die Rechtsübersicht enthält für \(countries) keine Regelung zu \(topic)."
        }
    }

    private func semicolon(_ reader: ReaderLanguage) -> String {
        reader == .french ? "\u{A0}; " : "; "
    }

    /// The units the legal base normalises (FORMATS.md: day, week, month, year), in words.
    private static func timeUnit(_ unit: String, amount: Double, _ reader: ReaderLanguage) -> String? {
        // As `ReaderLanguage.days`: Dutch and French keep the singular below two.
        let one = switch reader {
        case .dutch: amount > 0 && amount < 2
        case .french: amount < 2
        case .german, .english: amount == 1
        }
        let words: (one: String, many: String)
        switch (reader, unit) {
        case (.dutch, "day"): words = ("dag", "dagen")
        case (.dutch, "week"): words = ("week", "weken")
        case (.dutch, "month"): words = ("maand", "maanden")
        case (.dutch, "year"): words = ("jaar", "jaar")
        case (.french, "day"): words = ("jour", "jours")
        case (.french, "week"): words = ("semaine", "semaines")
        case (.french, "month"): words = ("mois", "mois")
        case (.french, "year"): words = ("an", "ans")
        case (.german, "day"): words = ("Tag", "Tage")
        case (.german, "week"): words = ("Woche", "Wochen")
        case (.german, "month"): words = ("Monat", "Monate")
        case (.german, "year"): words = ("Jahr", "Jahre")
        default: return nil
        }
        return one ? words.one : words.many
    }
}
