import Foundation
import Mustache
import SurveyStore
import TrainingModel

/// The coordinator's pages' words (sign-in, response rates, invitations, inventory, match and
/// plan, a plan) in nl, fr, de and en, and the names of countries, service kinds, delivery
/// modes and training languages as those pages show them. A class, like `UIText`: templates
/// look its words up many times per page (a button per invitation), and a reference is
/// cheaper to hand over than a copy.
final class CoordinatorText: Sendable {
    let language: LanguageCode
    private let words: [CoordinatorWord: String]

    init(language: LanguageCode, words: [CoordinatorWord: String]) {
        self.language = language
        self.words = words
    }

    /// The words for `language`; English for a language the pages do not speak.
    static func `for`(_ language: LanguageCode) -> CoordinatorText {
        switch language.primary.tag {
        case "nl": .dutch
        case "fr": .french
        case "de": .german
        default: .english
        }
    }

    static let dutch = CoordinatorText(language: .dutch, words: dutchWords)
    static let french = CoordinatorText(language: .french, words: frenchWords)
    static let german = CoordinatorText(language: .german, words: germanWords)
    static let english = CoordinatorText(language: .english, words: englishWords)

    /// The word in this language. Every table is complete (a test says so); English stands in
    /// rather than an empty string should one ever miss a word.
    subscript(_ word: CoordinatorWord) -> String {
        words[word] ?? Self.englishWords[word] ?? word.rawValue
    }

    /// The word with `%1`, `%2`... replaced by `values`, in one pass so that a value holding
    /// `%2` is left alone.
    func format(_ word: CoordinatorWord, _ values: String...) -> String {
        var result = ""
        var rest = Substring(self[word])
        while let mark = rest.firstIndex(of: "%") {
            result += rest[..<mark]
            let digit = rest.index(after: mark)
            if digit < rest.endIndex, let number = rest[digit].wholeNumberValue, number >= 1, number <= values.count {
                result += values[number - 1]
                rest = rest[rest.index(after: digit)...]
            } else {
                result += "%"
                rest = rest[digit...]
            }
        }
        return result + rest
    }

    // MARK: Names

    /// Belgium, the Netherlands and Luxembourg by name; any other country by its code.
    func country(_ country: CountryCode) -> String {
        switch country.code {
        case "BE": self[.countryBE]
        case "NL": self[.countryNL]
        case "LU": self[.countryLU]
        default: country.code
        }
    }

    /// The kind's name as reports and exports give it, so that they all agree.
    func kind(_ kind: ServiceKind) -> String {
        kind.name(in: language)
    }

    func mode(_ mode: DeliveryMode) -> String {
        mode.name(in: language)
    }

    /// A training language by name; a language without a name by its tag.
    func languageName(_ code: LanguageCode) -> String {
        code.name(in: language)
    }

    /// A number as readers of this language write it: `1,5` in nl, fr and de, `1.5` in en;
    /// at most `fractionDigits` decimals, none when the number is whole.
    func number(_ value: Double, fractionDigits: Int = 1) -> String {
        value.formatted(.number.precision(.fractionLength(0...fractionDigits)).grouping(.never).locale(Locale(identifier: language.tag)))
    }

    /// A date and time, in UTC to be unambiguous.
    func dateTime(_ date: Date) -> String {
        DateText.dateTime(date, language: language)
    }

    /// Why a page has no survey to show. The store's own descriptions are written for the
    /// command line (they name its options); the other errors cannot reach a page's survey.
    func problem(_ error: SurveyStoreError) -> String {
        switch error {
        case .noSurvey: self[.noSurvey]
        case .severalSurveys(let ids): format(.severalSurveys, ids.joined(separator: ", "))
        case .unknownSurvey(let id, let known): format(.unknownSurvey, id, known.joined(separator: ", "))
        default: error.description
        }
    }
}

extension CoordinatorText: MustacheParent {
    func child(named name: String) -> Any? {
        if name == "language" { return language.tag }
        return CoordinatorWord(rawValue: name).map { self[$0] }
    }
}
