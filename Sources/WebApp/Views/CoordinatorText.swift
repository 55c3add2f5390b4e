import Foundation
import Mustache
import SurveyStore
import TrainingModel
import Wording

/// The coordinator's pages' words (sign-in, response rates, invitations, inventory, match and
/// plan, a plan) in nl, fr, de and en, and the names of countries, service kinds, delivery
/// modes and training languages as those pages show them. A class, like `UIText`: templates
/// look its words up many times per page (a button per invitation), and a reference is
/// cheaper to hand over than a copy.
final class CoordinatorText: Sendable {
    let language: LanguageCode
    private let words: any CoordinatorWords

    init(language: LanguageCode, words: any CoordinatorWords) {
        self.language = language
        self.words = words
    }

    /// The words for `language`; English for a language the pages do not speak.
    static func `for`(_ language: LanguageCode) -> CoordinatorText {
        ReaderLanguage(language).pick(dutch: .dutch, french: .french, german: .german, english: .english)
    }

    static let dutch = CoordinatorText(language: .dutch, words: DutchCoordinatorWords())
    static let french = CoordinatorText(language: .french, words: FrenchCoordinatorWords())
    static let german = CoordinatorText(language: .german, words: GermanCoordinatorWords())
    static let english = CoordinatorText(language: .english, words: EnglishCoordinatorWords())

    /// The word in this language; every language has every word (the compiler says so).
    subscript(_ word: CoordinatorWord) -> String {
        words.word(word)
    }

    /// The sentences that carry values, each a method taking its values by name.
    var sentences: any CoordinatorSentences { words }

    // MARK: Names

    /// Belgium, the Netherlands and Luxembourg by name; any other country by its code.
    func country(_ country: CountryCode) -> String {
        country.name(in: language)
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
        ReaderLanguage(language).number(value, decimals: fractionDigits)
    }

    /// A count as the language writes it in a sentence: "1,234", "1.234".
    func count(_ value: Int) -> String {
        ReaderLanguage(language).count(value)
    }

    /// A share as a whole percentage, as the language writes it: "43%", "43 %".
    func percent(_ share: Double) -> String {
        ReaderLanguage(language).percent(share)
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
        case .severalSurveys(let ids): sentences.severalSurveys(ids.joined(separator: ", "))
        case .unknownSurvey(let id, let known): sentences.unknownSurvey(id, known: known.joined(separator: ", "))
        default: error.description
        }
    }
}

/// The coordinator's pages' words in one language: one type per language, each answering
/// every `CoordinatorWord` in an exhaustive `switch` and every sentence of
/// `CoordinatorSentences`, so that a word missing in a language does not compile.
protocol CoordinatorWords: CoordinatorSentences {
    func word(_ word: CoordinatorWord) -> String
}

extension CoordinatorText: MustacheParent {
    func child(named name: String) -> Any? {
        if name == "language" { return language.tag }
        return CoordinatorWord(rawValue: name).map { self[$0] }
    }
}
