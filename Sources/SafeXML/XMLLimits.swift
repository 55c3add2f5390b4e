import Diagnostics

/// Bounds on the shape of a document, checked before libxml2 reads it.
///
/// libxml2 (2.9) checks an element's attributes for duplicates pair by pair: 200,000
/// attributes on one element, 2.3 MB of upload, take it over a minute and the tree is built
/// before any callback could stop it. A scan of the bytes, linear and far cheaper than
/// parsing, refuses such documents first. The defaults are far above any real catalogue,
/// thesaurus, legal base or survey (a 10,000-module catalogue has about 200,000 elements,
/// at most 6 attributes on one, 5 levels, texts of a few kilobytes).
public struct XMLLimits: Sendable, Hashable {
    /// Attributes, namespace declarations included, on one element.
    public var attributesPerElement: Int
    /// Elements in the whole document.
    public var elements: Int
    /// Elements open inside one another.
    public var depth: Int
    /// Bytes of one text (between two tags, or in one CDATA section) or one attribute value.
    public var textBytes: Int

    public init(attributesPerElement: Int = 64, elements: Int = 1_000_000, depth: Int = 100, textBytes: Int = 1 << 20) {
        self.attributesPerElement = attributesPerElement
        self.elements = elements
        self.depth = depth
        self.textBytes = textBytes
    }

    /// The limits every reader of the project uses.
    public static let standard = XMLLimits()
}

/// A linear scan of a document's markup that finds where it first exceeds its limits.
///
/// It only needs to be right on documents that libxml2 would accept: on anything it does
/// not understand (a DOCTYPE, malformed markup) it stops and leaves the refusal to the
/// parser, which reports it with its own message.
struct LimitScan {
    let limits: XMLLimits

    /// The first limit exceeded, with the 0-based byte offset where it happens.
    func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, message: String)? {
        let count = bytes.count
        var index = 0
        var elements = 0
        var depth = 0
        var textStart = 0

        @inline(__always) func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
        }
        /// The offset just after `terminator` searched from `start`, or nil.
        func skip(past terminator: StaticString, from start: Int) -> Int? {
            let needle = UnsafeBufferPointer(start: terminator.utf8Start, count: terminator.utf8CodeUnitCount)
            var at = start
            while at + needle.count <= count {
                if bytes[at] == needle[0] {
                    var matched = 1
                    while matched < needle.count && bytes[at + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return at + needle.count }
                }
                at += 1
            }
            return nil
        }
        func startsWith(_ prefix: StaticString, at offset: Int) -> Bool {
            let length = prefix.utf8CodeUnitCount
            guard offset + length <= count else { return false }
            for k in 0..<length where bytes[offset + k] != prefix.utf8Start[k] { return false }
            return true
        }

        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if index - textStart > limits.textBytes {
                return (textStart, "a text of \(index - textStart) bytes is longer than the \(limits.textBytes) bytes one text may have")
            }
            let tag = index
            if startsWith("<!--", at: tag) {
                guard let end = skip(past: "-->", from: tag + 4) else { return nil }
                index = end
            } else if startsWith("<![CDATA[", at: tag) {
                guard let end = skip(past: "]]>", from: tag + 9) else { return nil }
                if end - tag - 12 > limits.textBytes {
                    return (tag, "a CDATA section of \(end - tag - 12) bytes is longer than the \(limits.textBytes) bytes one text may have")
                }
                index = end
            } else if startsWith("<?", at: tag) {
                guard let end = skip(past: "?>", from: tag + 2) else { return nil }
                index = end
            } else if startsWith("<!", at: tag) {
                // A DOCTYPE: the parser refuses it before reading its content.
                return nil
            } else if startsWith("</", at: tag) {
                guard let end = skip(past: ">", from: tag + 2) else { return nil }
                depth -= 1
                index = end
            } else {
                elements += 1
                if elements > limits.elements {
                    return (tag, "the document has more than \(limits.elements) elements, more than any catalogue, thesaurus, legal base or survey needs")
                }
                // The element's name, then its attributes up to `>` or `/>`.
                var at = tag + 1
                while at < count, !isSpace(bytes[at]), bytes[at] != UInt8(ascii: ">"), bytes[at] != UInt8(ascii: "/") { at += 1 }
                let nameEnd = min(at, tag + 1 + 100)
                // Spelled out only for a message: most documents never need it.
                var element: String { "<" + String(decoding: UnsafeBufferPointer(rebasing: bytes[(tag + 1)..<nameEnd]), as: UTF8.self) + ">" }
                var attributes = 0
                var closed = false
                var opened = false
                while at < count {
                    let byte = bytes[at]
                    if isSpace(byte) {
                        at += 1
                    } else if byte == UInt8(ascii: ">") {
                        at += 1
                        opened = true
                        closed = true
                        break
                    } else if byte == UInt8(ascii: "/") {
                        guard at + 1 < count, bytes[at + 1] == UInt8(ascii: ">") else { return nil }
                        at += 2
                        closed = true
                        break
                    } else {
                        // name = "value" or name = 'value'
                        let attribute = at
                        while at < count, bytes[at] != UInt8(ascii: "="), !isSpace(bytes[at]), bytes[at] != UInt8(ascii: ">") { at += 1 }
                        while at < count, isSpace(bytes[at]) { at += 1 }
                        guard at < count, bytes[at] == UInt8(ascii: "=") else { return nil }
                        at += 1
                        while at < count, isSpace(bytes[at]) { at += 1 }
                        guard at < count, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'") else { return nil }
                        let quote = bytes[at]
                        let valueStart = at + 1
                        at = valueStart
                        while at < count, bytes[at] != quote { at += 1 }
                        guard at < count else { return nil }
                        attributes += 1
                        if attributes > limits.attributesPerElement {
                            return (tag, "\(element) has more than \(limits.attributesPerElement) attributes, more than any element of the format needs")
                        }
                        if at - valueStart > limits.textBytes {
                            return (attribute, "an attribute value of \(at - valueStart) bytes is longer than the \(limits.textBytes) bytes one value may have")
                        }
                        at += 1
                    }
                }
                guard closed else { return nil }
                // The element sits one level below those open around it, empty or not.
                if depth + 1 > limits.depth {
                    return (tag, "\(element) is nested more than \(limits.depth) elements deep, deeper than any element of the format needs")
                }
                if opened { depth += 1 }
                index = at
            }
            textStart = index
        }
        if count - textStart > limits.textBytes {
            return (textStart, "a text of \(count - textStart) bytes is longer than the \(limits.textBytes) bytes one text may have")
        }
        return nil
    }
}
