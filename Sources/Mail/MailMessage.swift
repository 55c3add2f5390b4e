import Foundation

/// One e-mail: plain text in UTF-8, as every mail program shows it. Written out as RFC 5322
/// with MIME: non-ASCII display names and subjects as RFC 2047 encoded words, the body in
/// base64, lines of at most 76 characters.
public struct MailMessage: Hashable, Sendable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var body: String
    /// The language of the text (`Content-Language`), e.g. `fr`.
    public var language: String?
    public var date: Date
    /// Unique per message; also the mail's `Message-ID` left part.
    public var id: String

    public init(from: MailAddress, to: MailAddress, subject: String, body: String, language: String?, date: Date, id: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.language = language
        self.date = date
        self.id = id
    }

    /// The message as sent after DATA, lines ending in CRLF, without the final dot.
    public func rendered() -> String {
        var headers = [
            "From: " + from.header,
            "To: " + to.header,
            "Subject: " + Self.encodedWord(subject),
            "Date: " + Self.dateFormatter.string(from: date),
            "Message-ID: <\(id)@\(from.domain)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
        ]
        if let language { headers.append("Content-Language: " + language) }
        let normalized = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalized.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + encoded + "\r\n"
    }

    /// `text` as is when it is printable ASCII, else as one or more RFC 2047 encoded words.
    static func encodedWord(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        // Encoded words are at most 75 characters: cut the text into pieces of whole characters.
        var words: [String] = []
        var piece = ""
        for character in text {
            if (piece + String(character)).utf8.count > 45 {
                words.append(piece)
                piece = ""
            }
            piece.append(character)
        }
        words.append(piece)
        return words.map { "=?utf-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\r\n ")
    }

    private static let dateFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter
    }()
}

/// An e-mail address with an optional display name.
public struct MailAddress: Hashable, Sendable, CustomStringConvertible {
    public var address: String
    public var name: String?

    public init(_ address: String, name: String? = nil) {
        self.address = address
        self.name = name
    }

    public var description: String { address }

    var domain: String { address.split(separator: "@").last.map(String.init) ?? "localhost" }

    var header: String {
        guard let name, !name.isEmpty else { return "<\(address)>" }
        let safe = name.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        return (safe ? "\"\(name)\"" : MailMessage.encodedWord(name)) + " <\(address)>"
    }

    /// Whether the address can go into an SMTP command as it is: one @, no spaces, brackets or
    /// line breaks that would let a value add a command of its own.
    public var isSendable: Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            && address.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !"<>()[],;:\\\"".unicodeScalars.contains($0) }
    }
}
