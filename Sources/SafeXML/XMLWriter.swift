import CLibXML2
import Foundation

/// Writes an XML document with libxml2's text writer, escaping as the standard requires.
///
/// Callers open and close elements in order; `finish()` returns the UTF-8 document.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var finished = false

    /// Starts a UTF-8 document, indented for people to read when `indent` is true.
    public init(indent: Bool = true) {
        XMLLibrary.prepare()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element with its attributes; attributes whose value is nil are left out.
    public func start(_ name: String, _ attributes: [(String, String?)] = []) {
        xmlTextWriterStartElement(writer, name)
        for case let (key, value?) in attributes {
            xmlTextWriterWriteAttribute(writer, key, Self.allowed(value))
        }
    }

    /// Writes text inside the open element.
    public func text(_ text: String) {
        xmlTextWriterWriteString(writer, Self.allowed(text))
    }

    /// Closes the innermost open element.
    public func end() {
        xmlTextWriterEndElement(writer)
    }

    /// An element with attributes and optional text, opened and closed at once.
    public func element(_ name: String, _ attributes: [(String, String?)] = [], text: String? = nil) {
        start(name, attributes)
        if let text { self.text(text) }
        end()
    }

    /// An element whose children `content` writes.
    public func element(_ name: String, _ attributes: [(String, String?)] = [], content: () -> Void) {
        start(name, attributes)
        content()
        end()
    }

    /// A comment, e.g. for a note to the person who opens the file.
    public func comment(_ text: String) {
        // "--" may not appear inside a comment.
        xmlTextWriterWriteComment(writer, Self.allowed(text).replacingOccurrences(of: "--", with: "- -"))
    }

    /// `text` with every character XML 1.0 cannot hold (C0 controls other than TAB, LF
    /// and CR, U+FFFE, U+FFFF) shown as U+FFFD: an ESC typed by a respondent must not make
    /// the exported document unreadable, nor a NUL cut its text short.
    static func allowed(_ text: String) -> String {
        func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: true
            case 0x00...0x1F, 0xFFFE, 0xFFFF: false
            default: true
            }
        }
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isAllowed($0) ? $0 : "\u{FFFD}" }))
    }

    /// Closes every open element and returns the document.
    public func finish() -> String {
        if !finished {
            xmlTextWriterEndDocument(writer)
            xmlTextWriterFlush(writer)
            finished = true
        }
        return String(cString: xmlBufferContent(buffer))
    }
}
