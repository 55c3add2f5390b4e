import Foundation
import NIOCore
import NIOExtras
import NIOPosix
import NIOSSL
import Synchronization

/// What became of one message.
public struct MailOutcome: Hashable, Sendable {
    public enum Result: Hashable, Sendable {
        case sent
        /// The server or the connection refused it: why, as a value, with any reply of the server as it came.
        case failed(MailFailure)
    }

    public var message: MailMessage
    public var result: Result

    public var isSent: Bool { result == .sent }
}

/// Sends messages to an SMTP relay (RFC 5321) over one connection: STARTTLS or TLS as the
/// settings say, AUTH PLAIN when a user is given, then MAIL, RCPT and DATA per message. A
/// message the relay refuses does not stop the others: each gets its own outcome.
public struct SMTPClient: Sendable {
    public let settings: SMTPSettings
    /// The name this side gives in EHLO.
    public let clientName: String
    /// Seconds to wait for each reply of the server.
    public let replySeconds: Int64

    public init(settings: SMTPSettings, clientName: String = "jointtraining", replySeconds: Int64 = 30) {
        self.settings = settings
        self.clientName = clientName
        self.replySeconds = replySeconds
    }

    public func send(_ messages: [MailMessage]) async -> [MailOutcome] {
        guard !messages.isEmpty else { return [] }
        var outcomes: [MailOutcome] = []
        // Whatever is not reached fails for the reason the connection gave.
        var reason = MailFailure.connectionBrokeOff(host: settings.host, port: settings.port)
        do {
            let session = try await Session.open(settings: settings, clientName: clientName, replySeconds: replySeconds)
            defer { session.close() }
            for message in messages {
                do {
                    try await session.deliver(message)
                    outcomes.append(MailOutcome(message: message, result: .sent))
                } catch {
                    let refusal = SMTPRefusal(error)
                    outcomes.append(MailOutcome(message: message, result: .failed(refusal.failure)))
                    guard refusal.connectionUsable else { break }
                    _ = try? await session.command("RSET")
                }
            }
            try? await session.quit()
        } catch {
            reason = SMTPRefusal(error, relay: settings).failure
        }
        for message in messages.dropFirst(outcomes.count) {
            outcomes.append(MailOutcome(message: message, result: .failed(reason)))
        }
        return outcomes
    }
}

/// A refusal from the server, or a failure of the connection.
struct SMTPRefusal: Error, CustomStringConvertible {
    var failure: MailFailure
    /// Whether the next message can still be sent on this connection.
    var connectionUsable: Bool

    var description: String { failure.description }

    init(_ failure: MailFailure, connectionUsable: Bool) {
        self.failure = failure
        self.connectionUsable = connectionUsable
    }

    /// Any error as a refusal: the server's own, or what broke the connection.
    init(_ error: any Error, relay: SMTPSettings? = nil) {
        if let refusal = error as? SMTPRefusal {
            self = refusal
        } else {
            self.init(.connectionFailed(relay: relay.map { "\($0.host):\($0.port)" }, detail: "\(error)"), connectionUsable: false)
        }
    }
}

/// One SMTP conversation.
final class Session: @unchecked Sendable {
    private let channel: any Channel
    private let reader: ReplyReader
    private var replies: AsyncThrowingStream<String, any Error>.AsyncIterator
    /// Lines taken from `replies` so far.
    private var consumed = 0
    private let replySeconds: Int64
    private var extensions: [String] = []

    private init(channel: any Channel, reader: ReplyReader, replies: AsyncThrowingStream<String, any Error>, replySeconds: Int64) {
        self.channel = channel
        self.reader = reader
        self.replies = replies.makeAsyncIterator()
        self.replySeconds = replySeconds
    }

    static func open(settings: SMTPSettings, clientName: String, replySeconds: Int64) async throws -> Session {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: String.self)
        let reader = ReplyReader(continuation)
        let tls: NIOSSLContext?
        do {
            tls = try tlsContext(settings)
        } catch {
            throw SMTPRefusal(.unreadableCertificates(path: settings.trustedCertificates ?? "JOINTTRAINING_SMTP_CA", detail: "\(error)"),
                              connectionUsable: false)
        }
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(.seconds(10))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if settings.security == .implicitTLS, let tls {
                            try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: tls, serverHostname: serverName(settings.host)))
                        }
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineBasedFrameDecoder()))
                        try channel.pipeline.syncOperations.addHandler(reader)
                    }
                }
                .connect(host: settings.host, port: settings.port).get()
        } catch {
            throw SMTPRefusal(.relayUnreachable(host: settings.host, port: settings.port, detail: "\(error)"), connectionUsable: false)
        }
        let session = Session(channel: channel, reader: reader, replies: stream, replySeconds: replySeconds)
        do {
            try await session.greet(settings: settings, clientName: clientName, tls: tls)
        } catch {
            session.close()
            throw SMTPRefusal(error, relay: settings)
        }
        return session
    }

    /// The name sent in TLS's server-name indication and checked against the certificate; an
    /// address (10.1.2.3, ::1) cannot be sent there, and the certificate's chain is then all that is checked.
    private static func serverName(_ host: String) -> String? {
        let isAddress = host.contains(":") || host.split(separator: ".").allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        return isAddress ? nil : host
    }

    private static func tlsContext(_ settings: SMTPSettings) throws -> NIOSSLContext? {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let file = settings.trustedCertificates {
            configuration.trustRoots = .file(file)
        }
        return try NIOSSLContext(configuration: configuration)
    }

    private func greet(settings: SMTPSettings, clientName: String, tls: NIOSSLContext?) async throws {
        try expect(await reply(), 220, .greeting)
        try await hello(clientName)
        if settings.security != .implicitTLS {
            if extensions.contains("STARTTLS"), let tls {
                try expect(await command("STARTTLS"), 220, .startTLS)
                // Anything the server (or someone on the path) sent after its 220 in clear text
                // would be read as replies to commands sent under TLS: refuse.
                guard reader.unread(consumed: consumed) == 0 else {
                    throw SMTPRefusal(.unexpectedAfterSTARTTLS, connectionUsable: false)
                }
                let channel = channel
                let hostname = Self.serverName(settings.host)
                try await channel.eventLoop.submit {
                    try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: tls, serverHostname: hostname),
                                                                   position: .first)
                }.get()
                try await hello(clientName)
            } else if settings.security == .startTLSRequired {
                throw SMTPRefusal(.noSTARTTLS(host: settings.host), connectionUsable: false)
            }
        }
        if let user = settings.user {
            guard let password = settings.password else {
                throw SMTPRefusal(.missingPassword(user: user), connectionUsable: false)
            }
            let credentials = Data(("\u{0}" + user + "\u{0}" + password).utf8).base64EncodedString()
            try expect(await command("AUTH PLAIN " + credentials), 235, .signIn)
        }
    }

    private func hello(_ name: String) async throws {
        let (code, lines) = try await command("EHLO " + name)
        guard code == 250 else { throw SMTPRefusal(.refusedStep(.hello, reply: lines.joined(separator: " ")), connectionUsable: false) }
        extensions = lines.dropFirst().map { String($0.dropFirst(4)).uppercased().split(separator: " ").first.map(String.init) ?? "" }
    }

    func deliver(_ message: MailMessage) async throws {
        guard message.from.isSendable, message.to.isSendable else {
            throw SMTPRefusal(.notAnAddress(message.to.address), connectionUsable: true)
        }
        try expect(await command("MAIL FROM:<\(message.from.address)>"), 250, .sender, usable: true)
        let recipient = try await command("RCPT TO:<\(message.to.address)>")
        guard recipient.code == 250 || recipient.code == 251 else {
            throw SMTPRefusal(.refusedRecipient(message.to.address, reply: recipient.lines.joined(separator: " ")), connectionUsable: true)
        }
        try expect(await command("DATA"), 354, .message, usable: true)
        // Dot-stuffing: a line that starts with a dot gets another one (RFC 5321, 4.5.2).
        let text = message.rendered().split(separator: "\r\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n")
        try await write(text + ".\r\n")
        try expect(await reply(), 250, .message, usable: true)
    }

    func quit() async throws {
        _ = try await command("QUIT")
    }

    func close() {
        channel.close(promise: nil)
    }

    @discardableResult
    func command(_ text: String) async throws -> (code: Int, lines: [String]) {
        try await write(text + "\r\n")
        return try await reply()
    }

    private func write(_ text: String) async throws {
        try await channel.writeAndFlush(ByteBuffer(string: text)).get()
    }

    /// One reply: its lines up to the one with a space after the code.
    private func reply() async throws -> (code: Int, lines: [String]) {
        let seconds = replySeconds
        let channel = channel
        let timeout = channel.eventLoop.scheduleTask(in: .seconds(seconds)) { channel.close(promise: nil) }
        defer { timeout.cancel() }
        var lines: [String] = []
        while let line = try await replies.next() {
            consumed += 1
            lines.append(line)
            let characters = Array(line)
            if characters.count < 4 || characters[3] == " " {
                return (Int(String(characters.prefix(3))) ?? 0, lines)
            }
        }
        throw SMTPRefusal(.connectionClosed(reply: lines.isEmpty ? nil : lines.joined(separator: " ")), connectionUsable: false)
    }

    private func expect(_ reply: (code: Int, lines: [String]), _ code: Int, _ step: SMTPStep, usable: Bool = false) throws {
        guard reply.code == code else {
            throw SMTPRefusal(.refusedStep(step, reply: reply.lines.joined(separator: " ")), connectionUsable: usable)
        }
    }
}

/// Hands each line the server sends to the conversation, counting them.
final class ReplyReader: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    private let continuation: AsyncThrowingStream<String, any Error>.Continuation
    private let received = Mutex(0)

    init(_ continuation: AsyncThrowingStream<String, any Error>.Continuation) {
        self.continuation = continuation
    }

    /// Lines received and not yet read, when `consumed` have been read.
    func unread(consumed: Int) -> Int {
        received.withLock { $0 } - consumed
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        received.withLock { $0 += 1 }
        continuation.yield(buffer.readString(length: buffer.readableBytes) ?? "")
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        continuation.finish(throwing: error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        continuation.finish()
        context.fireChannelInactive()
    }
}
