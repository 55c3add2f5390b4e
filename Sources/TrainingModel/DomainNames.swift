/// The domain's words as coordinators in Belgium, the Netherlands and Luxembourg write them,
/// in the four survey languages; any other language reads them in English. The codes
/// (`labour-inspection`, `e-learning`, `nl`) stay what files carry; these are for pages.
extension ServiceKind {
    /// The kind of service as a reader of `language` names it: "openbaar ministerie", "parquet".
    public func name(in language: LanguageCode) -> String {
        // The judiciary is the bench only: prosecutors are `prosecution`, so "magistrature"
        // or "Justiz" alone would take in both.
        let names: DomainNames.InFour = switch self {
        case .police: ("politie", "police", "Polizei", "police")
        case .prosecution: ("openbaar ministerie", "parquet", "Staatsanwaltschaft", "prosecution")
        case .labourInspection: ("arbeidsinspectie", "inspection du travail", "Arbeitsinspektion", "labour inspection")
        case .judiciary: ("rechterlijke macht", "magistrature du siège", "Richterschaft", "judiciary")
        case .borderGuard: ("grensbewaking", "contrôle aux frontières", "Grenzschutz", "border guard")
        case .customs: ("douane", "douane", "Zoll", "customs")
        case .socialInspection: ("sociale inspectie", "inspection sociale", "Sozialinspektion", "social inspection")
        case .ngo: ("ngo", "ONG", "NGO", "NGO")
        case .other: ("andere", "autre", "sonstige", "other")
        }
        return DomainNames.pick(names, for: language)
    }
}

extension DeliveryMode {
    /// The mode as a training catalogue in `language` names it: "klassikaal", "en présentiel".
    public func name(in language: LanguageCode) -> String {
        let names: DomainNames.InFour = switch self {
        case .onsite: ("klassikaal", "en présentiel", "Präsenz", "on site")
        case .online: ("online", "en ligne", "online", "online")
        case .webinar: ("webinar", "webinaire", "Webinar", "webinar")
        case .blended: ("blended learning", "formation mixte", "Blended Learning", "blended")
        case .eLearning: ("e-learning", "e-learning", "E-Learning", "e-learning")
        case .exchange: ("uitwisseling", "échange", "Austausch", "exchange")
        }
        return DomainNames.pick(names, for: language)
    }
}

extension LanguageCode {
    /// This language's name for a reader of `language` ("Engels", "anglais"), or its tag
    /// when it is none of the Benelux languages and English.
    public func name(in language: LanguageCode) -> String {
        let names: DomainNames.InFour
        switch primary.tag {
        case "nl": names = ("Nederlands", "néerlandais", "Niederländisch", "Dutch")
        case "fr": names = ("Frans", "français", "Französisch", "French")
        case "de": names = ("Duits", "allemand", "Deutsch", "German")
        case "en": names = ("Engels", "anglais", "Englisch", "English")
        case "lb": names = ("Luxemburgs", "luxembourgeois", "Luxemburgisch", "Luxembourgish")
        default: return tag
        }
        return DomainNames.pick(names, for: language)
    }
}

/// Picks one of the four versions of a name for a reader's language.
enum DomainNames {
    typealias InFour = (nl: String, fr: String, de: String, en: String)

    static func pick(_ names: InFour, for language: LanguageCode) -> String {
        switch language.primary.tag {
        case "nl": names.nl
        case "fr": names.fr
        case "de": names.de
        default: names.en
        }
    }
}
