import Foundation

/// The time as the web app sees it, injected so that tests can move it (rate-limit windows,
/// invitation expiry, receipts) without waiting.
public struct WebClock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The computer's clock.
    public static let system = WebClock { Date() }
}
