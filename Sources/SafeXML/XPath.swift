import Diagnostics
import CLibXML2

extension XMLDocument {
    /// The elements an XPath 1.0 expression selects, with the given prefix → namespace map.
    ///
    /// Non-element results (attributes, text, numbers) are left out: callers read those
    /// through `XMLElement`.
    public func select(_ expression: String, namespaces: [String: String] = [:]) throws(InputProblems) -> [XMLElement] {
        XMLLibrary.prepare()
        let collector = DiagnosticCollector(file: name, source: nil)
        let elements: [XMLElement]? = collector.collecting {
            guard let context = xmlXPathNewContext(pointer) else { return nil }
            defer { xmlXPathFreeContext(context) }
            for (prefix, uri) in namespaces {
                xmlXPathRegisterNs(context, prefix, uri)
            }
            guard let result = xmlXPathEvalExpression(expression, context) else { return nil }
            defer { xmlXPathFreeObject(result) }
            guard let set = result.pointee.nodesetval else { return [] }
            var found: [XMLElement] = []
            for index in 0..<Int(set.pointee.nodeNr) {
                if let node = set.pointee.nodeTab[index], node.pointee.type == XML_ELEMENT_NODE {
                    found.append(XMLElement(node: node, document: self))
                }
            }
            return found
        }
        guard let elements else {
            let detail = collector.diagnostics.first?.message ?? "invalid expression"
            throw InputProblems([Diagnostic(file: name, line: 1, column: 1, message: "XPath '\(expression)': \(detail)")])
        }
        return elements
    }
}
