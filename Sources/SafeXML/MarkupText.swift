/// Text made safe inside XML, XHTML, HTML and SVG: in element content and in attribute
/// values quoted with either quote.
///
/// The one escaper of the project: the web app's templates escape every `{{ }}` with it
/// (`HTMLEscaping`), and every writer that builds markup as text (the plan page) uses it,
/// so that what a respondent typed is escaped the same way wherever it is shown. It works on
/// bytes and returns a text without any of the characters untouched (most texts), which makes
/// large forms several times faster to render.
public enum MarkupText {
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: needsWork) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            case 0x27: bytes += Array("&#39;".utf8)
            // Control characters are not allowed in XML 1.0 and mean nothing on a page; tab,
            // line feed and carriage return stay.
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case ..<0x20: break
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsWork(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
    }
}
