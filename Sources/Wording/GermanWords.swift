import TrainingModel

/// The shared words in German, as written in Belgium and Luxembourg.
struct GermanWords: SharedWords {
    func serviceKind(_ kind: ServiceKind) -> String {
        // "Justiz" alone would take in the prosecutors too.
        switch kind {
        case .police: "Polizei"
        case .prosecution: "Staatsanwaltschaft"
        case .labourInspection: "Arbeitsinspektion"
        case .judiciary: "Richterschaft"
        case .borderGuard: "Grenzschutz"
        case .customs: "Zoll"
        case .socialInspection: "Sozialinspektion"
        case .ngo: "NGO"
        case .other: "sonstige"
        }
    }

    func mode(_ mode: DeliveryMode) -> String {
        switch mode {
        case .onsite: "Präsenz"
        case .online: "online"
        case .webinar: "Webinar"
        case .blended: "Blended Learning"
        case .eLearning: "E-Learning"
        case .exchange: "Austausch"
        }
    }

    func language(_ language: LanguageCode) -> String? {
        switch language.primary.tag {
        case "nl": "Niederländisch"
        case "fr": "Französisch"
        case "de": "Deutsch"
        case "en": "Englisch"
        case "lb": "Luxemburgisch"
        default: nil
        }
    }

    func country(_ country: CountryCode) -> String? {
        switch country.code {
        case "BE": "Belgien"
        case "NL": "Niederlande"
        case "LU": "Luxemburg"
        default: nil
        }
    }

    let and = "und"
    let or = "oder"
    func more(_ count: Int) -> String { "\(count) weitere" }
    func days(_ value: Double) -> String { value == 1 ? "Tag" : "Tage" }
    let quotationMarks = (open: "\u{201E}", close: "\u{201C}")
    let colon = ": "
    let semicolon = "; "
}
