import Foundation
import MultipartKit
import NIOCore

/// The fields (and uploaded files) of a submitted HTML form, from either encoding browsers use:
/// `application/x-www-form-urlencoded` or `multipart/form-data`.
struct FormBody: Sendable {
    /// An uploaded file.
    struct File: Sendable {
        var filename: String
        var bytes: [UInt8]
    }

    /// The body is not a form in a known encoding, or is not well formed.
    struct Malformed: Error {}

    private(set) var fields: [String: [String]] = [:]
    private(set) var files: [String: File] = [:]

    init(fields: [String: [String]] = [:], files: [String: File] = [:]) {
        self.fields = fields
        self.files = files
    }

    /// The first value of `name`, if the form has it.
    subscript(name: String) -> String? { fields[name]?.first }

    /// Every value of `name`, in the order sent (checkboxes give one per ticked box).
    func values(_ name: String) -> [String] { fields[name] ?? [] }

    static func parse(_ body: ByteBuffer, contentType: String?) throws(Malformed) -> FormBody {
        let type = contentType.map(MediaType.init) ?? MediaType("")
        switch type.essence {
        case "application/x-www-form-urlencoded", "":
            return try urlEncoded(String(decoding: body.readableBytesView, as: UTF8.self))
        case "multipart/form-data":
            guard let boundary = type.parameters["boundary"], !boundary.isEmpty else { throw Malformed() }
            return try multipart(body, boundary: boundary)
        default:
            throw Malformed()
        }
    }

    static func urlEncoded(_ text: String) throws(Malformed) -> FormBody {
        var form = FormBody()
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]) else { throw Malformed() }
            guard let value = parts.count > 1 ? decode(parts[1]) : "" else { throw Malformed() }
            form.fields[name, default: []].append(value)
        }
        return form
    }

    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    private static func multipart(_ body: ByteBuffer, boundary: String) throws(Malformed) -> FormBody {
        final class Collector {
            var form = FormBody()
            var headers: [String: String] = [:]
            var bytes: [UInt8] = []

            func finishPart() {
                defer { headers = [:]; bytes = [] }
                let disposition = MediaType(headers["content-disposition"] ?? "")
                guard disposition.essence == "form-data", let name = disposition.parameters["name"] else { return }
                if let filename = disposition.parameters["filename"] {
                    form.files[name] = File(filename: filename, bytes: bytes)
                } else {
                    form.fields[name, default: []].append(String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        let collector = Collector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.headers[name.lowercased()] = value }
        parser.onBody = { buffer in collector.bytes.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = { collector.finishPart() }
        do {
            try parser.execute(body)
        } catch {
            throw Malformed()
        }
        return collector.form
    }
}

/// A header value such as `multipart/form-data; boundary=x` or `form-data; name="file"`,
/// split into its lower-cased essence and its parameters.
struct MediaType {
    var essence: String
    var parameters: [String: String] = [:]

    init(_ header: String) {
        var parts = MediaType.splitOutsideQuotes(header)
        essence = parts.isEmpty ? "" : parts.removeFirst().trimmingCharacters(in: .whitespaces).lowercased()
        for part in parts {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            var value = pair[1]
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            parameters[pair[0].lowercased()] = value
        }
    }

    private static func splitOutsideQuotes(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in text {
            if escaped {
                escaped = false
            } else if character == "\\" && quoted {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                parts.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }
}
