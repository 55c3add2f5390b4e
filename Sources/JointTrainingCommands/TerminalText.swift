import Foundation

/// Text from files, forms and the database made safe to show on a terminal.
///
/// Service names, need texts and e-mail addresses come from respondents and imported files;
/// an ESC in one of them could recolour, move the cursor or retitle the coordinator's
/// terminal, a BEL ring it, a CR overwrite the line and a bidi override make the text read
/// differently than it is. Every text the commands print for people goes through
/// `escaped`: such characters are shown as `\u{1B}` instead. JSON output needs nothing
/// (the encoder escapes them) and files written with `--out` keep the data as it is.
enum TerminalText {
    /// What becomes of line breaks and tabs.
    enum LineBreaks {
        /// Kept: the text is a listing of several lines (LF, CRLF and TAB stay).
        case kept
        /// Each shown as one space: the text is one cell of a table.
        case flattened
    }

    static func escaped(_ text: String, lineBreaks: LineBreaks = .kept) -> String {
        guard text.unicodeScalars.contains(where: needsCare) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\n", "\t":
                result.append(lineBreaks == .kept ? scalar : " ")
            case "\r" where index < scalars.count && scalars[index] == "\n":
                // CRLF ends a line (CSV files end theirs so); a CR alone is shown.
                if lineBreaks == .kept {
                    result.append(contentsOf: "\r\n".unicodeScalars)
                } else {
                    result.append(" ")
                }
                index += 1
            case _ where needsCare(scalar):
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// C0 and C1 control characters, DEL, and the bidirectional embedding, override and
    /// isolate controls; also LF, CR and TAB, which `escaped` treats apart.
    private static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether standard output is a terminal: data written there (CSV, Markdown) is then
    /// escaped, while data redirected to a file or a pipe is left exactly as it is.
    static var standardOutputIsTerminal: Bool {
        isatty(STDOUT_FILENO) != 0
    }
}
