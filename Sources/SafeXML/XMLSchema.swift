import Diagnostics
import CLibXML2

/// A compiled W3C XML Schema, used to validate documents and report every error.
///
/// A schema may not import, include, redefine or override another schema: that would
/// make validation open a file or the network. Such a schema is refused before libxml2
/// compiles it, and the process-wide loader refuses any load that would slip through.
public final class XMLSchema: @unchecked Sendable {
    // A compiled schema is read-only; libxml2 allows one validation context per thread on it.
    private let schema: xmlSchemaPtr
    private let document: XMLDocument
    public let name: String

    /// Compiles the schema held in `bytes`; `name` is used in diagnostics.
    public init(bytes: [UInt8], name: String) throws(InputProblems) {
        let document = try XMLDocument.parse(bytes: bytes, name: name)
        let refused = Self.externalReferences(in: document.root)
        guard refused.isEmpty else { throw InputProblems(refused) }

        let collector = DiagnosticCollector(file: name, source: nil)
        let compiled: xmlSchemaPtr? = collector.collecting {
            guard let parser = xmlSchemaNewDocParserCtxt(document.pointer) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, DiagnosticCollector.handler, collector.context)
            return xmlSchemaParse(parser)
        }
        guard let compiled, collector.diagnostics.errors.isEmpty else {
            if let compiled { xmlSchemaFree(compiled) }
            throw InputProblems(collector.diagnostics.errors.isEmpty
                ? [Diagnostic(file: name, line: 1, column: 1, message: "the schema could not be compiled")]
                : collector.diagnostics.errors)
        }
        self.schema = compiled
        self.document = document
        self.name = name
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Every schema error in `document`, in document order; empty when it is valid.
    public func validate(_ document: XMLDocument) -> [Diagnostic] {
        let collector = DiagnosticCollector(file: document.name, source: document.source)
        let result: Int32 = collector.collecting {
            guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, DiagnosticCollector.handler, collector.context)
            return xmlSchemaValidateDoc(context, document.pointer)
        }
        if result < 0 && collector.diagnostics.isEmpty {
            return [Diagnostic(file: document.name, line: 1, column: 1, message: "schema validation could not run")]
        }
        if result > 0 && collector.diagnostics.errors.isEmpty {
            return [Diagnostic(file: document.name, line: 1, column: 1, message: "the document does not match its schema")]
        }
        return collector.diagnostics
    }

    private static let schemaNamespace = "http://www.w3.org/2001/XMLSchema"
    private static let composingElements: Set<String> = ["import", "include", "redefine", "override"]

    private static func externalReferences(in root: XMLElement) -> [Diagnostic] {
        root.children.compactMap { child in
            guard child.namespaceURI == schemaNamespace, composingElements.contains(child.name),
                  let location = child.attribute("schemaLocation") else { return nil }
            return Diagnostic(
                file: root.document.name, line: child.line, column: child.column,
                message: "xs:\(child.name) of '\(location)' is refused: a schema may not load other files or network resources"
            )
        }
    }
}
