import Diagnostics
import SafeXML

/// Which of the curriculum formats a file is, read from its root element.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case catalogue
    case thesaurus
    case legalBase = "legal-base"

    /// The namespace of the format.
    public var namespace: String {
        switch self {
        case .catalogue: "urn:jointtraining:catalogue:1"
        case .thesaurus: "urn:jointtraining:thesaurus:1"
        case .legalBase: "urn:jointtraining:legal:1"
        }
    }

    /// The local name of the root element.
    public var rootName: String {
        switch self {
        case .catalogue: "catalogue"
        case .thesaurus: "thesaurus"
        case .legalBase: "legalBase"
        }
    }

    var schema: XMLSchema {
        switch self {
        case .catalogue: FormatSchemas.catalogue
        case .thesaurus: FormatSchemas.thesaurus
        case .legalBase: FormatSchemas.legalBase
        }
    }

    /// The kind of a document, or a diagnostic saying why it is none of them.
    static func of(_ root: XMLElement) -> Result<DocumentKind, InputProblems> {
        if let kind = allCases.first(where: { $0.rootName == root.name && $0.namespace == root.namespaceURI }) {
            return .success(kind)
        }
        let expected = allCases.map { "<\($0.rootName) xmlns=\"\($0.namespace)\">" }.joined(separator: ", ")
        let found = root.namespaceURI.map { "<\(root.name) xmlns=\"\($0)\">" } ?? "<\(root.name)> without namespace"
        return .failure(InputProblems([Diagnostic(
            file: root.document.name, line: root.line, column: root.column,
            message: "root element \(found) is not a JointTraining catalogue, thesaurus or legal base; expected one of \(expected)"
        )]))
    }
}
