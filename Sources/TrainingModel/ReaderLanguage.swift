/// The language fixed wording is written in for a reader: Dutch, French or German when the
/// reader asks for one of them (or a regional variant such as `nl-BE` or `fr-LU`), English
/// otherwise. Also how that language writes numbers, lists and quotations, so that every
/// sentence of a page or an export follows the same conventions.
public enum ReaderLanguage: String, Sendable, CaseIterable {
    case dutch = "nl"
    case french = "fr"
    case german = "de"
    case english = "en"

    public init(_ language: LanguageCode) {
        self = ReaderLanguage(rawValue: language.primary.tag) ?? .english
    }

    public var code: LanguageCode { LanguageCode(rawValue) }

    /// A number with at most `decimals` decimals, with a decimal comma in nl, fr and de: "0,5".
    public func number(_ value: Double, decimals: Int = 3) -> String {
        let scale = (0..<max(decimals, 0)).reduce(1.0) { scale, _ in scale * 10 }
        let rounded = (value * scale).rounded() / scale
        let written = rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
        return self == .english ? written : String(written.map { $0 == "." ? "," : $0 })
    }

    /// A share as a whole percentage, spaced as each language spaces it: "43%" in Dutch,
    /// "43 %" (no break) in French and German.
    public func percent(_ share: Double) -> String {
        let whole = Int((share * 100).rounded())
        switch self {
        case .dutch: return "\(whole)%"
        case .french, .german: return "\(whole)\u{A0}%"
        case .english: return "\(whole) %"
        }
    }

    /// A number of days with its unit: "1 day", "0,5 dag", "1,5 jour", "2 Tage".
    public func days(_ value: Double, decimals: Int = 3) -> String {
        let amount = number(value, decimals: decimals)
        switch self {
        // Dutch and French keep the singular below two ("anderhalve dag", "1,5 jour"), French
        // for zero too.
        case .dutch: return amount + (value > 0 && value < 2 ? " dag" : " dagen")
        case .french: return amount + (value < 2 ? " jour" : " jours")
        case .german: return amount + (value == 1 ? " Tag" : " Tage")
        case .english: return amount + (value == 1 ? " day" : " days")
        }
    }

    /// "A, B and C"; from five items on, the first three and how many more.
    public func list(_ items: [String]) -> String {
        joined(items, conjunction: and)
    }

    /// "A, B or C", for alternatives.
    public func alternatives(_ items: [String]) -> String {
        joined(items, conjunction: or)
    }

    /// A name quoted with the language's marks: ‘…’, « … », „…“, “…”.
    public func quoted(_ text: String) -> String {
        switch self {
        case .dutch: "\u{2018}\(text)\u{2019}"
        case .french: "\u{AB}\u{A0}\(text)\u{A0}\u{BB}"
        case .german: "\u{201E}\(text)\u{201C}"
        case .english: "\u{201C}\(text)\u{201D}"
        }
    }

    /// What goes between a label and its text: ": ", or " : " in French, where the space
    /// before the colon must not break.
    public var colon: String { self == .french ? "\u{A0}: " : ": " }

    private var and: String {
        switch self {
        case .dutch: "en"
        case .french: "et"
        case .german: "und"
        case .english: "and"
        }
    }

    private var or: String {
        switch self {
        case .dutch: "of"
        case .french: "ou"
        case .german: "oder"
        case .english: "or"
        }
    }

    private func joined(_ items: [String], conjunction: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2...4: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        default: return items.prefix(3).joined(separator: ", ") + " \(conjunction) " + more(items.count - 3)
        }
    }

    private func more(_ count: Int) -> String {
        switch self {
        case .dutch: "nog \(count) andere"
        case .french: "\(count) autres"
        case .german: "\(count) weitere"
        case .english: "\(count) more"
        }
    }
}
