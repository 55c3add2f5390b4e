import TrainingModel

/// The shared words in French, as written in Belgium and Luxembourg.
struct FrenchWords: SharedWords {
    func serviceKind(_ kind: ServiceKind) -> String {
        // "magistrature" alone would take in the prosecutors too.
        switch kind {
        case .police: "police"
        case .prosecution: "parquet"
        case .labourInspection: "inspection du travail"
        case .judiciary: "magistrature du siège"
        case .borderGuard: "contrôle aux frontières"
        case .customs: "douane"
        case .socialInspection: "inspection sociale"
        case .ngo: "ONG"
        case .other: "autre"
        }
    }

    func mode(_ mode: DeliveryMode) -> String {
        switch mode {
        case .onsite: "en présentiel"
        case .online: "en ligne"
        case .webinar: "webinaire"
        case .blended: "formation mixte"
        case .eLearning: "e-learning"
        case .exchange: "échange"
        }
    }

    func language(_ language: LanguageCode) -> String? {
        switch language.primary.tag {
        case "nl": "néerlandais"
        case "fr": "français"
        case "de": "allemand"
        case "en": "anglais"
        case "lb": "luxembourgeois"
        default: nil
        }
    }

    func country(_ country: CountryCode) -> String? {
        switch country.code {
        case "BE": "Belgique"
        case "NL": "Pays-Bas"
        case "LU": "Luxembourg"
        default: nil
        }
    }

    let and = "et"
    let or = "ou"
    func more(_ count: Int) -> String { "\(count) autres" }
    // "1,5 jour", and "0 jour".
    func days(_ value: Double) -> String { value < 2 ? "jour" : "jours" }
    let quotationMarks = (open: "\u{AB}\u{A0}", close: "\u{A0}\u{BB}")
    // The space before the colon must not break.
    let colon = "\u{A0}: "
    let semicolon = "\u{A0}; "
}
