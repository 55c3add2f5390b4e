import TrainingModel

/// The shared words in Dutch, as written in Belgium and the Netherlands.
struct DutchWords: SharedWords {
    func serviceKind(_ kind: ServiceKind) -> String {
        // The judiciary is the bench only: prosecutors are `prosecution`.
        switch kind {
        case .police: "politie"
        case .prosecution: "openbaar ministerie"
        case .labourInspection: "arbeidsinspectie"
        case .judiciary: "rechterlijke macht"
        case .borderGuard: "grensbewaking"
        case .customs: "douane"
        case .socialInspection: "sociale inspectie"
        case .ngo: "ngo"
        case .other: "andere"
        }
    }

    func mode(_ mode: DeliveryMode) -> String {
        switch mode {
        case .onsite: "klassikaal"
        case .online: "online"
        case .webinar: "webinar"
        case .blended: "blended learning"
        case .eLearning: "e-learning"
        case .exchange: "uitwisseling"
        }
    }

    func language(_ language: LanguageCode) -> String? {
        switch language.primary.tag {
        case "nl": "Nederlands"
        case "fr": "Frans"
        case "de": "Duits"
        case "en": "Engels"
        case "lb": "Luxemburgs"
        default: nil
        }
    }

    func country(_ country: CountryCode) -> String? {
        switch country.code {
        case "BE": "België"
        case "NL": "Nederland"
        case "LU": "Luxemburg"
        default: nil
        }
    }

    let and = "en"
    let or = "of"
    func more(_ count: Int) -> String { "nog \(count) andere" }
    // "anderhalve dag": the singular below two, but "0 dagen".
    func days(_ value: Double) -> String { value > 0 && value < 2 ? "dag" : "dagen" }
    let quotationMarks = (open: "\u{2018}", close: "\u{2019}")
    let colon = ": "
    let semicolon = "; "
}
