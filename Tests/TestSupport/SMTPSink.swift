import Foundation

/// A real SMTP server for tests: aiosmtpd (from PyPI, installed by `.ci/setup`) running
/// `smtp_sink.py` beside this file, keeping every message it accepts.
public final class SMTPSink: @unchecked Sendable {
    /// One message as the server received it.
    public struct Message: Decodable, Sendable {
        public var from: String
        public var to: [String]
        public var tls: Bool
        public var authenticated: Bool
        public var content: String

        /// The decoded text body (the message's body is base64).
        public var body: String {
            guard let range = content.range(of: "\r\n\r\n") ?? content.range(of: "\n\n") else { return "" }
            let encoded = content[range.upperBound...].filter { !$0.isWhitespace }
            return Data(base64Encoded: String(encoded)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }

        /// A header's raw value.
        public func header(_ name: String) -> String? {
            content.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
                .map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces) }
        }
    }

    /// Whether aiosmtpd can be imported here.
    public static let isAvailable: Bool = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import aiosmtpd"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        do { try probe.run() } catch { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    public let port: Int
    public let folder: URL
    private let process: Process
    private let input: Pipe

    /// Starts a server; `tls` (certificate and key files) makes it require STARTTLS, `auth`
    /// makes it require AUTH, mail to `refuse` is refused at RCPT.
    public init(tls: (certificate: String, key: String)? = nil, auth: (user: String, password: String)? = nil, refuse: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jt-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("smtp_sink.py").path
        var arguments = ["python3", script, folder.path]
        if let tls { arguments += ["--tls", tls.certificate, tls.key] }
        if let auth { arguments += ["--auth", auth.user, auth.password] }
        if let refuse { arguments += ["--refuse", refuse] }
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("ready "), let port = Int(text.dropFirst(6).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the SMTP sink did not start: \(text)"])
        }
        self.port = port
    }

    deinit { stop() }

    /// The messages received so far, oldest first.
    public func messages() throws -> [Message] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { try JSONDecoder().decode(Message.self, from: Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    public func stop() {
        guard process.isRunning else { return }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// A self-signed certificate for `localhost` and its key, made with openssl in `folder`.
    public static func certificate(in folder: URL) throws -> (certificate: String, key: String) {
        let certificate = folder.appendingPathComponent("relay.pem").path, key = folder.appendingPathComponent("relay-key.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                             "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", certificate]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        return (certificate, key)
    }
}
