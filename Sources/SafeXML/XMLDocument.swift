import Diagnostics
import CLibXML2
import Foundation

/// A parsed XML document that could not make the process open a file or a connection.
///
/// Documents are parsed with `XML_PARSE_NONET` and never with entity substitution, DTD
/// loading, XInclude, `HUGE` or `RECOVER`. A document type declaration stops the parser
/// at once, before any entity is declared: that refuses XXE and billion-laughs documents
/// without expanding anything.
public final class XMLDocument: @unchecked Sendable {
    // Immutable after parsing; libxml2 allows concurrent reads of a finished tree.
    let pointer: xmlDocPtr
    let source: SourceText
    /// The name used in diagnostics: the path as the user gave it.
    public let name: String

    private init(pointer: xmlDocPtr, source: SourceText, name: String) {
        self.pointer = pointer
        self.source = source
        self.name = name
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// Parses the file at `path`; diagnostics name the file as given.
    public static func parse(file path: String, limits: XMLLimits = .standard) throws(InputProblems) -> XMLDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            throw InputProblems([Diagnostic(file: path, line: 1, column: 1, message: "\(reason)")])
        }
        return try parse(bytes: [UInt8](data), name: path, limits: limits)
    }

    /// Parses a document held in memory; `name` is used in diagnostics.
    ///
    /// A document beyond `limits` is refused before libxml2 reads it (see `XMLLimits`).
    public static func parse(bytes: [UInt8], name: String, limits: XMLLimits = .standard) throws(InputProblems) -> XMLDocument {
        XMLLibrary.prepare()
        // libxml2 takes the length as an Int32; no document of the formats comes near.
        guard bytes.count < Int(Int32.max) else {
            throw InputProblems([Diagnostic(file: name, line: 1, column: 1, message: "the file is larger than 2 GB, far larger than any catalogue, thesaurus, legal base or survey; it is refused without being read")])
        }
        let source = SourceText(bytes)
        let beyond = bytes.withUnsafeBufferPointer { LimitScan(limits: limits).firstProblem(in: $0) }
        if let beyond {
            let place = source.position(atOffset: beyond.offset)
            throw InputProblems([Diagnostic(
                file: name, line: place.line, column: place.column,
                message: "\(beyond.message); the document is refused without being read"
            )])
        }
        let collector = DiagnosticCollector(file: name, source: source)
        guard let context = xmlNewParserCtxt() else {
            throw InputProblems([Diagnostic(file: name, line: 1, column: 1, message: "the XML parser could not start")])
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee.sax.pointee.internalSubset = stopAtDocumentType

        let document: xmlDocPtr? = collector.collecting {
            // An empty array may have no storage: libxml2 gets a one-byte buffer of length 0.
            (bytes.isEmpty ? [0] : bytes).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    xmlCtxtReadMemory(context, characters.baseAddress, Int32(bytes.count), name, nil, jt_safe_parse_options())
                }
            }
        }
        if context.pointee.errNo == Int32(XML_ERR_USER_STOP.rawValue) {
            if let document { xmlFreeDoc(document) }
            let place = source.position(of: Array("<!DOCTYPE".utf8)) ?? (1, 1)
            throw InputProblems([Diagnostic(
                file: name, line: place.line, column: place.column,
                message: "document type declarations (<!DOCTYPE>) are refused: they can declare entities that read local files or expand without bound (XXE, billion laughs); remove the DOCTYPE"
            )])
        }
        let errors = collector.diagnostics.errors
        guard let document, context.pointee.wellFormed != 0, errors.isEmpty else {
            if let document { xmlFreeDoc(document) }
            throw InputProblems(errors.isEmpty
                ? [Diagnostic(file: name, line: 1, column: 1, message: "not a well-formed XML document")]
                : errors)
        }
        if let problem = xincludeProblem(in: document, source: source, name: name) {
            xmlFreeDoc(document)
            throw InputProblems([problem])
        }
        return XMLDocument(pointer: document, source: source, name: name)
    }

    /// The root element.
    public var root: XMLElement {
        XMLElement(node: xmlDocGetRootElement(pointer), document: self)
    }

    /// The SAX hook for `<!DOCTYPE`: it stops the parser before the internal subset is read.
    private static let stopAtDocumentType: internalSubsetSAXFunc = { context, _, _, _ in
        guard let context else { return }
        xmlStopParser(context.assumingMemoryBound(to: xmlParserCtxt.self))
    }

    /// XInclude is never processed; an include element is refused rather than silently ignored.
    private static func xincludeProblem(in document: xmlDocPtr, source: SourceText, name: String) -> Diagnostic? {
        // Only a document that names the XInclude namespace can hold an include.
        guard source.contains(Array("XInclude".utf8)) else { return nil }
        let namespaces = ["http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude"]
        var stack: [xmlNodePtr] = []
        if let root = xmlDocGetRootElement(document) { stack.append(root) }
        while let node = stack.popLast() {
            if let ns = node.pointee.ns?.pointee.href, namespaces.contains(String(cString: ns)) {
                let line = Int(xmlGetLineNo(node))
                return Diagnostic(
                    file: name, line: line, column: source.column(ofTag: node, onLine: line),
                    message: "XInclude is refused: a document may not pull in other files"
                )
            }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { stack.append(current) }
                child = current.pointee.next
            }
        }
        return nil
    }
}
