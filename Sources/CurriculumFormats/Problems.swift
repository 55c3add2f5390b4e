import Diagnostics
import SafeXML

/// Gathers the problems a decoder finds, each placed at the element it concerns.
///
/// Decoders keep going after a problem so that one run reports every problem in a file.
struct Problems {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func error(_ element: XMLElement, _ message: String) {
        add(element, message, .error)
    }

    mutating func error(_ element: XMLElement, attribute: String, _ message: String) {
        diagnostics.append(Diagnostic(
            file: element.document.name, line: element.line,
            column: element.column(ofAttribute: attribute), message: message
        ))
    }

    mutating func warning(_ element: XMLElement, _ message: String) {
        add(element, message, .warning)
    }

    private mutating func add(_ element: XMLElement, _ message: String, _ severity: Diagnostic.Severity) {
        diagnostics.append(Diagnostic(
            file: element.document.name, line: element.line, column: element.column,
            message: message, severity: severity
        ))
    }

    /// Adds the problems found by another decoder, e.g. one that read a part of the modules.
    mutating func append(_ other: Problems) {
        diagnostics += other.diagnostics
    }

    var hasErrors: Bool { !diagnostics.errors.isEmpty }
}

/// How messages name an element with an id: a missing id (already a schema error) is named
/// as such rather than as `""`.
func describe(_ what: String, id: String) -> String {
    id.isEmpty ? "the \(what) without id" : "\(what) \"\(id)\""
}
