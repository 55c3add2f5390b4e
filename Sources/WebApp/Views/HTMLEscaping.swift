import Mustache
import SafeXML

/// The escaping of every `{{ }}` in the templates: the project's one escaper
/// (`MarkupText.escape`, the same five characters as the template engine's own HTML
/// escaping, `& < > " '`, and no control characters).
///
/// Templates select it with `{{% CONTENT_TYPE: WEBAPP_HTML}}` on their first line.
struct HTMLEscaping: MustacheContentType {
    static let name = "WEBAPP_HTML"

    func escapeText(_ text: String) -> String {
        MarkupText.escape(text)
    }
}
