import Foundation
import Wording
import SurveyDefinition
import TrainingModel

/// One entry of the language switch: a link on read-only pages, a button that saves the draft
/// before switching on the form (so that nothing typed is lost, with or without script).
struct LanguageLink {
    var code: String
    var name: String
    var href: String
    var current: Bool
    var asButton: Bool
    var saveAction: String
}

/// The survey form page (`respondent-form` template).
struct RespondentFormPage {
    var lang: String
    var pageTitle: String
    var skipText: String
    var text: UIText
    var languages: [LanguageLink]
    var title: String
    var serviceName: String
    var intro: String?
    var saved: Bool
    var hasErrors: Bool
    var csrf: String
    var submitAction: String
    var saveAction: String
    var autosaveSeconds: Int
    var form: SurveyFormView
    /// The page's number among the form's pages, "Step 2 of 6" and every page's title.
    var page: Int
    var stepText: String
    var steps: [StepLink]
    var isFirst: Bool
    var isLast: Bool
    var errorSummaryText: String
}

/// One entry of the form's progress list.
struct StepLink {
    var number: Int
    var title: String
    var current: Bool
}

/// The receipt and read-only copy of a submitted response (`respondent-receipt` template).
struct RespondentReceiptPage {
    var lang: String
    var pageTitle: String
    var skipText: String
    var text: UIText
    var languages: [LanguageLink]
    var heading: String
    var serviceName: String
    var justSubmitted: Bool
    var contribution: String
    var submittedOn: String
    var copy: AnswerCopyView
}

/// A page that says what went wrong, in the visitor's language (`error` template).
struct ErrorPage {
    var lang: String
    var pageTitle: String
    var skipText: String
    var heading: String
    var message: String
}

extension LanguageLink {
    /// The four languages, `current` marked; `base` is the page's address, which may have a
    /// query of its own.
    static func all(current: LanguageCode, base: String, saveAction: String?) -> [LanguageLink] {
        let joiner = base.contains("?") ? "&" : "?"
        return UIText.languages.map { language in
            LanguageLink(code: language.tag, name: UIText.for(language).languageName, href: base + joiner + "lang=" + language.tag,
                         current: language == current, asButton: saveAction != nil, saveAction: saveAction ?? "")
        }
    }
}

enum DateText {
    /// A date and time as respondents in `language` write it, in UTC to be unambiguous.
    static func dateTime(_ date: Date, language: LanguageCode) -> String {
        ReaderLanguage(language).dateTime(date)
    }
}

extension DateText {
    /// A day as `2027-03-31`.
    static func day(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day())
    }
}
