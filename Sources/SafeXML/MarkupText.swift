/// Text made safe inside XML, XHTML, HTML and SVG: in element content and in attribute
/// values quoted with either quote.
///
/// One function for every writer that builds markup as text (plan pages, heatmaps), so
/// that what a respondent typed is escaped the same way wherever it is shown.
public enum MarkupText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters are not allowed in XML 1.0 and mean nothing on a page.
            case _ where character.unicodeScalars.allSatisfy({ $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }):
                break
            default: out.append(character)
            }
        }
        return out
    }
}
