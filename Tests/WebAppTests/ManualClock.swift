import Foundation
import Synchronization
import WebApp

/// A clock that stands still until told to move, so that tests move time (rate-limit windows,
/// invitation expiry, receipts) without waiting.
final class ManualClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = Mutex(start)
    }

    var clock: WebClock {
        WebClock { [self] in current.withLock { $0 } }
    }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
