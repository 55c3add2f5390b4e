import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One keep-alive HTTP/1.1 connection to 127.0.0.1 over a blocking socket: just enough client
/// for a load run (requests written whole, responses read by Content-Length), so that the
/// measuring side costs little next to the server.
final class HTTPConnection {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Response {
        var status: Int
        /// The body when it is small (up to 4 KB), else empty: see `length`.
        var body: [UInt8]
        var length: Int
    }

    private let port: UInt16
    private var socketFD: Int32 = -1
    /// Received bytes; `start..<end` is what has not been read yet.
    private var storage = [UInt8](repeating: 0, count: 1 << 18)
    private var start = 0
    private var end = 0

    init(port: UInt16) throws {
        self.port = port
        try connect()
    }

    deinit {
        if socketFD >= 0 { close(socketFD) }
    }

    private func connect() throws {
        if socketFD >= 0 { close(socketFD) }
        start = 0
        end = 0
        socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw Failure(description: "socket: \(errno)") }
        var one: Int32 = 1
        setsockopt(socketFD, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw Failure(description: "connect to 127.0.0.1:\(port): errno \(errno)") }
    }

    /// Whether something listens on the port.
    static func isListening(port: UInt16) -> Bool {
        (try? HTTPConnection(port: port)) != nil
    }

    /// `keepBody`: return the body whatever its size (else only bodies up to 4 KB are copied).
    func get(_ path: String, keepBody: Bool = false) throws -> Response {
        try send(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n".utf8), keepBody: keepBody)
    }

    func post(_ path: String, form: String, headers: [String: String]) throws -> Response {
        var head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(form.utf8.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        return try send(Array((head + "\r\n" + form).utf8))
    }

    private func send(_ request: [UInt8], keepBody: Bool = false) throws -> Response {
        var written = 0
        while written < request.count {
            let count = request[written...].withUnsafeBytes { write(socketFD, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "write: errno \(errno)") }
            written += count
        }
        return try readResponse(keepBody: keepBody)
    }

    private func readResponse(keepBody: Bool) throws -> Response {
        // Headers: up to the blank line, searched only in what arrived since the last look.
        var scanned = start
        var headerEnd = -1
        while headerEnd < 0 {
            var index = max(start, scanned - 3)
            while index + 3 < end {
                if storage[index] == 13 && storage[index + 1] == 10 && storage[index + 2] == 13 && storage[index + 3] == 10 {
                    headerEnd = index
                    break
                }
                index += 1
            }
            scanned = end
            if headerEnd < 0 { try fill() }
        }
        let head = String(decoding: storage[start..<headerEnd], as: UTF8.self)
        let lines = head.split(separator: "\r\n")
        guard let statusLine = lines.first, statusLine.split(separator: " ").count >= 2,
              let status = Int(statusLine.split(separator: " ")[1]) else { throw Failure(description: "bad status line: \(lines.first ?? "")") }
        var length = 0
        var closes = false
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = parts[0].lowercased()
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            if name == "content-length" { length = Int(value) ?? 0 }
            if name == "connection" && value.lowercased() == "close" { closes = true }
            if name == "transfer-encoding" { throw Failure(description: "chunked responses are not expected") }
        }
        let bodyStart = headerEnd + 4
        // The body is read fully but copied only when small (saves answer JSON; pages are only counted).
        while end < bodyStart + length {
            try fill()
        }
        let bodyRange = bodyStart..<(bodyStart + length)
        let body = keepBody || length <= 4_096 ? Array(storage[bodyRange]) : []
        start = bodyRange.upperBound
        if start == end { start = 0; end = 0 }
        if closes { try connect() }
        return Response(status: status, body: body, length: length)
    }

    /// Reads more bytes after `end`, first moving unread bytes to the front when the storage is full.
    private func fill() throws {
        if end == storage.count {
            if start > 0 {
                storage.withUnsafeMutableBufferPointer { buffer in
                    _ = memmove(buffer.baseAddress!, buffer.baseAddress! + start, end - start)
                }
                end -= start
                start = 0
            } else {
                storage += [UInt8](repeating: 0, count: storage.count)
            }
        }
        let count = storage.withUnsafeMutableBufferPointer { buffer in
            read(socketFD, buffer.baseAddress! + end, buffer.count - end)
        }
        guard count > 0 else { throw Failure(description: count == 0 ? "connection closed by the server" : "read: errno \(errno)") }
        end += count
    }
}
