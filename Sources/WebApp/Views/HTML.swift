import Hummingbird

/// An HTML page as a response, `text/html; charset=utf-8`, with the status it needs
/// (422 for a form sent back with problems, 404 for an unknown link...).
struct HTML: ResponseGenerator {
    var html: String
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// A file to download, with its name, in a type spreadsheets and editors recognise.
struct Download: ResponseGenerator {
    var bytes: [UInt8]
    var filename: String
    var contentType: String

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let safeName = filename.filter { $0.isLetter || $0.isNumber || "._-".contains($0) }
        return Response(status: .ok, headers: [
            .contentType: contentType,
            .contentDisposition: "attachment; filename=\"\(safeName.isEmpty ? "download" : safeName)\"",
        ], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The content type for a file name's extension.
    static func contentType(for filename: String) -> String {
        switch filename.split(separator: ".").last.map(String.init) ?? "" {
        case "csv": "text/csv; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "md": "text/markdown; charset=utf-8"
        case "svg": "image/svg+xml"
        case "html": "text/html; charset=utf-8"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "ics": "text/calendar; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
