import Mustache

/// The escaping of every `{{ }}` in the templates: the same five characters as the template
/// engine's own HTML escaping (`& < > " '`), done on bytes and skipped when a text has none of
/// them (most texts), which makes large forms several times faster to render.
///
/// Templates select it with `{{% CONTENT_TYPE: WEBAPP_HTML}}` on their first line.
struct HTMLEscaping: MustacheContentType {
    static let name = "WEBAPP_HTML"

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x26: bytes += Array("&amp;".utf8)
            case 0x3C: bytes += Array("&lt;".utf8)
            case 0x3E: bytes += Array("&gt;".utf8)
            case 0x22: bytes += Array("&quot;".utf8)
            case 0x27: bytes += Array("&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
