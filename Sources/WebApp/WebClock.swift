import Foundation
import Synchronization

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

/// A clock that stands still until told to move: for tests.
public final class ManualClock: Sendable {
    private let current: Mutex<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = Mutex(start)
    }

    public var clock: WebClock {
        WebClock { [self] in current.withLock { $0 } }
    }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
