import TrainingModel

/// The shared words in English, also for readers of languages the tool does not speak.
struct EnglishWords: SharedWords {
    func serviceKind(_ kind: ServiceKind) -> String {
        switch kind {
        case .police: "police"
        case .prosecution: "prosecution"
        case .labourInspection: "labour inspection"
        case .judiciary: "judiciary"
        case .borderGuard: "border guard"
        case .customs: "customs"
        case .socialInspection: "social inspection"
        case .ngo: "NGO"
        case .other: "other"
        }
    }

    func mode(_ mode: DeliveryMode) -> String {
        switch mode {
        case .onsite: "on site"
        case .online: "online"
        case .webinar: "webinar"
        case .blended: "blended"
        case .eLearning: "e-learning"
        case .exchange: "exchange"
        }
    }

    func language(_ language: LanguageCode) -> String? {
        switch language.primary.tag {
        case "nl": "Dutch"
        case "fr": "French"
        case "de": "German"
        case "en": "English"
        case "lb": "Luxembourgish"
        default: nil
        }
    }

    func country(_ country: CountryCode) -> String? {
        switch country.code {
        case "BE": "Belgium"
        case "NL": "Netherlands"
        case "LU": "Luxembourg"
        default: nil
        }
    }

    let and = "and"
    let or = "or"
    func more(_ count: Int) -> String { "\(count) more" }
    func days(_ value: Double) -> String { value == 1 ? "day" : "days" }
    let quotationMarks = (open: "\u{201C}", close: "\u{201D}")
    let colon = ": "
    let semicolon = "; "
}
