import Foundation
import SurveyDefinition
import TrainingModel

/// Which of nl, fr, de and en a respondent's page opens in.
///
/// An explicit choice (`?lang=`, the language switch) wins, then the language of the saved
/// draft, then the one the coordinator chose for the invitation, then the service's country:
/// the Netherlands answer in Dutch; Belgium in Dutch or French and Luxembourg in French or
/// German, whichever the browser prefers (Dutch and French when it says nothing).
enum RespondentLanguage {
    static let offered = UIText.languages

    static func choose(requested: String?, draft: LanguageCode?, invited: LanguageCode? = nil, country: CountryCode,
                       acceptLanguage: String?) -> LanguageCode {
        if let requested, let language = offered.first(where: { $0.tag == requested.lowercased() }) { return language }
        for chosen in [draft, invited].compactMap(\.self) {
            if let language = offered.first(where: { $0 == chosen.primary }) { return language }
        }
        let national = country.answerLanguages
        let preferred = browserLanguages(acceptLanguage)
        return preferred.first(where: national.contains) ?? national.first ?? .english
    }

    /// The primary tags of an `Accept-Language` header, most preferred first.
    static func browserLanguages(_ header: String?) -> [LanguageCode] {
        guard let header else { return [] }
        let weighted = header.split(separator: ",").enumerated().compactMap { index, item -> (LanguageCode, Double, Int)? in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first, !tag.isEmpty, tag != "*" else { return nil }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (LanguageCode(String(tag)).primary, quality, index)
        }
        return weighted.filter { $0.1 > 0 }.sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }.map(\.0)
    }
}
