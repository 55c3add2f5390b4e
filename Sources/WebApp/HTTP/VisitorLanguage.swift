import Hummingbird
import TrainingModel

/// The language of words not tied to a service's survey (error pages, the coordinator's
/// notices): `?lang=` when it names one of nl, fr, de and en, else the browser's first
/// preference among them, else English.
enum VisitorLanguage {
    static func of(_ request: Request) -> LanguageCode {
        let requested = request.uri.queryParameters["lang"].map { LanguageCode(String($0)) }
        return requested.flatMap { UIText.languages.contains($0) ? $0 : nil }
            ?? RespondentLanguage.browserLanguages(request.headers[.acceptLanguage]).first(where: UIText.languages.contains)
            ?? .english
    }
}
