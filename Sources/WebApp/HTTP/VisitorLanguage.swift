import Hummingbird
import TrainingModel

/// The language of the pages not tied to a service's survey (the coordinator's pages, error
/// pages): `?lang=` when it names one of nl, fr, de and en, else the choice the browser
/// remembers (`LanguageCookieMiddleware`), else its first preference among them, else English.
enum VisitorLanguage {
    static func of(_ request: Request) -> LanguageCode {
        offered(request.uri.queryParameters["lang"].map(String.init))
            ?? offered(request.cookies[CookieName.language]?.value)
            ?? RespondentLanguage.browserLanguages(request.headers[.acceptLanguage]).first(where: UIText.languages.contains)
            ?? .english
    }

    /// The language a `?lang=` or the cookie names, if the pages come in it.
    static func offered(_ tag: String?) -> LanguageCode? {
        guard let tag else { return nil }
        let language = LanguageCode(tag)
        return UIText.languages.contains(language) ? language : nil
    }
}
