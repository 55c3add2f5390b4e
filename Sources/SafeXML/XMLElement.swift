import CLibXML2
import Foundation

/// An element of a parsed document, read through a small typed API.
///
/// It keeps its document alive, so an element can outlive the variable that held the
/// document. Text is read as the element's whole text content.
public struct XMLElement: @unchecked Sendable {
    let node: xmlNodePtr
    /// The document this element belongs to.
    public let document: XMLDocument

    init(node: xmlNodePtr?, document: XMLDocument) {
        // A parsed, well-formed document always has a root element.
        self.node = node!
        self.document = document
    }

    /// The local name, without prefix.
    public var name: String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The namespace URI, if the element has one.
    public var namespaceURI: String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The 1-based line of the start tag.
    public var line: Int {
        Int(xmlGetLineNo(node))
    }

    /// The 1-based column of the start tag.
    public var column: Int {
        document.source.column(ofTag: node, onLine: line)
    }

    /// The value of an attribute without namespace.
    public func attribute(_ name: String) -> String? {
        if let value = plainAttribute(name, namespace: nil) { return value }
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { jt_xml_free(value) }
        return String(cString: value)
    }

    /// The value of a namespaced attribute.
    public func attribute(_ name: String, namespace: String) -> String? {
        if let value = plainAttribute(name, namespace: namespace) { return value }
        guard let value = xmlGetNsProp(node, name, namespace) else { return nil }
        defer { jt_xml_free(value) }
        return String(cString: value)
    }

    /// The value of an attribute held as one text node, read in place; nil when the
    /// attribute is absent or stored otherwise (entity references), which libxml2's
    /// copying accessors then handle. Large catalogues read millions of attributes.
    private func plainAttribute(_ name: String, namespace: String?) -> String?? {
        var property = node.pointee.properties
        while let current = property {
            defer { property = current.pointee.next }
            guard let attributeName = current.pointee.name, Self.equal(attributeName, name) else { continue }
            switch (namespace, current.pointee.ns?.pointee.href) {
            case (nil, nil): break
            case (let wanted?, let href?) where Self.equal(href, wanted): break
            default: continue
            }
            return Self.singleText(current.pointee.children).map { String?.some($0) }
        }
        return .some(nil)
    }

    /// The content of a node list that is one text node (or empty), read in place.
    private static func singleText(_ first: xmlNodePtr?) -> String? {
        guard let first else { return "" }
        guard first.pointee.next == nil, first.pointee.type == XML_TEXT_NODE, let content = first.pointee.content else { return nil }
        return String(cString: content)
    }

    private static func equal(_ libxmlString: UnsafePointer<xmlChar>, _ string: String) -> Bool {
        string.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                if libxmlString[index] != bytes[index] { return false }
                index += 1
            }
            return libxmlString[index] == 0
        } ?? (String(cString: libxmlString) == string)
    }

    /// The element's own `xml:lang`, not inherited from an ancestor.
    public var language: String? {
        attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace")
    }

    /// The 1-based column of an attribute on the start tag's line, for precise messages.
    public func column(ofAttribute name: String) -> Int {
        let found = document.source.column(of: Array((" " + name + "=").utf8), onLine: line)
        return found > 1 ? found + 1 : column
    }

    /// All text inside the element, entity references left as written.
    public var text: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { jt_xml_free(content) }
        return String(cString: content)
    }

    /// The text with surrounding white space removed and inner runs folded to one space.
    ///
    /// Works on UTF-8 bytes: XML white space is exactly space, tab, CR and LF, and a
    /// byte-level fold is what keeps large catalogues fast to read.
    public var normalizedText: String {
        // Most text elements hold one text node, read in place; others are gathered by libxml2.
        if let only = node.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE,
           let content = only.pointee.content {
            return Self.folded(content)
        }
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { jt_xml_free(content) }
        return Self.folded(content)
    }

    private static func folded(_ content: UnsafePointer<xmlChar>) -> String {
        let length = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            var pendingSpace = false
            for index in 0..<length {
                let byte = content[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        buffer[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The child elements, in document order.
    public var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                result.append(XMLElement(node: current, document: document))
            }
            child = current.pointee.next
        }
        return result
    }

    /// The child elements with the given local name.
    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The child elements in `namespace`, in document order.
    public func children(inNamespace namespace: String) -> [XMLElement] {
        var found: [XMLElement] = []
        namespace.withCString { uri in
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE, let href = current.pointee.ns?.pointee.href,
                   strcmp(UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self), uri) == 0 {
                    found.append(XMLElement(node: current, document: document))
                }
                child = current.pointee.next
            }
        }
        return found
    }
}
