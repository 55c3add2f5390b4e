/// Escaping for Markdown, so that a service name or a citation cannot break a table or
/// turn into a link.
enum MarkdownText {
    /// Text for a table cell or a line: special characters escaped, line breaks folded.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "{", "}", "!":
                out.append("\\")
                out.append(character)
            case "\n", "\r", "\r\n":
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return out
    }
}
