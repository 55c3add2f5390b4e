import TrainingModel

/// The language fixed wording is written in for a reader: Dutch, French or German when the
/// reader asks for one of them (or a regional variant such as `nl-BE` or `fr-LU`), English
/// otherwise.
///
/// This is the one place where a language code becomes a language of wording: every area's
/// words are chosen through `init(_:)` and `pick(dutch:french:german:english:)`.
public enum ReaderLanguage: String, Sendable, CaseIterable {
    case dutch = "nl"
    case french = "fr"
    case german = "de"
    case english = "en"

    /// English stands in for every language the tool does not speak.
    public init(_ language: LanguageCode) {
        self = ReaderLanguage(rawValue: language.primary.tag) ?? .english
    }

    public var code: LanguageCode { LanguageCode(rawValue) }

    /// One of an area's four sets of words. Every area hands all four (one type per
    /// language, each conforming to the area's protocol), so that a set missing a word, or a
    /// language missing its set, does not compile.
    public func pick<Words>(dutch: @autoclosure () -> Words, french: @autoclosure () -> Words,
                            german: @autoclosure () -> Words, english: @autoclosure () -> Words) -> Words {
        switch self {
        case .dutch: dutch()
        case .french: french()
        case .german: german()
        case .english: english()
        }
    }

    /// The words every area shares in this language: names of kinds, modes, languages and
    /// countries, list conjunctions, quotation marks, units.
    public var words: any SharedWords {
        pick(dutch: DutchWords(), french: FrenchWords(), german: GermanWords(), english: EnglishWords())
    }

    /// A number of days with its unit: "1 day", "0,5 dag", "1,5 jour", "2 Tage".
    public func days(_ value: Double, decimals: Int = 3) -> String {
        number(value, decimals: decimals) + " " + words.days(value)
    }

    /// "A, B and C"; from five items on, the first three and how many more.
    public func list(_ items: [String]) -> String {
        joined(items, conjunction: words.and)
    }

    /// "A, B or C", for alternatives.
    public func alternatives(_ items: [String]) -> String {
        joined(items, conjunction: words.or)
    }

    /// A name quoted with the language's marks: ‘…’, « … », „…“, “…”.
    public func quoted(_ text: String) -> String {
        let marks = words.quotationMarks
        return marks.open + text + marks.close
    }

    /// What goes between a label and its text: ": ", or " : " in French, where the space
    /// before the colon must not break.
    public var colon: String { words.colon }

    /// What separates items that hold commas: "; ", or " ; " in French.
    public var semicolon: String { words.semicolon }

    private func joined(_ items: [String], conjunction: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2...4: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        default: return items.prefix(3).joined(separator: ", ") + " \(conjunction) " + words.more(items.count - 3)
        }
    }
}
