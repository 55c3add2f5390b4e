import Foundation

/// Counts events (unknown invitation links, wrong passwords, draft saves) per key and refuses a
/// key that had too many within a sliding window: what stops guessing tokens or passwords and
/// one link flooding the store.
public actor RateLimiter {
    /// How many events a window allows before the key is refused, and for how long.
    public struct Policy: Sendable {
        public var failures: Int
        public var window: TimeInterval
        /// With a backoff, a key past its allowance waits `backoff` seconds after its latest
        /// event, doubled for each event past the allowance (at most `window`), instead of
        /// waiting for the window to slide.
        public var backoff: TimeInterval?

        public init(failures: Int, window: TimeInterval, backoff: TimeInterval? = nil) {
            self.failures = failures
            self.window = window
            self.backoff = backoff
        }
    }

    private let policy: Policy
    private let clock: WebClock
    private var failures: [String: [Date]] = [:]
    private var recordsSincePrune = 0
    /// Bounds memory when many addresses fail once: older keys are dropped first.
    private let maximumKeys = 100_000

    init(policy: Policy, clock: WebClock) {
        self.policy = policy
        self.clock = clock
    }

    /// Whether `key` has used up its allowance for now.
    func isBlocked(_ key: String) -> Bool {
        retryAfter(key) > 0
    }

    /// Seconds until `key` may try again; 0 when it is not blocked.
    func retryAfter(_ key: String) -> Int {
        let times = recent(key)
        guard times.count >= policy.failures, let oldest = times.first, let latest = times.last else { return 0 }
        let until: Date
        if let backoff = policy.backoff {
            let doublings = Double(min(times.count - policy.failures, 30))
            until = latest.addingTimeInterval(min(policy.window, backoff * pow(2, doublings)))
        } else {
            until = oldest.addingTimeInterval(policy.window)
        }
        let seconds = until.timeIntervalSince(clock.now())
        return seconds > 0 ? max(1, Int(seconds.rounded(.up))) : 0
    }

    func recordFailure(_ key: String) {
        var times = recent(key)
        times.append(clock.now())
        // A backoff counts the events past the allowance; without one the last few suffice.
        failures[key] = Array(times.suffix(policy.failures + (policy.backoff == nil ? 0 : 31)))
        recordsSincePrune += 1
        if recordsSincePrune >= 1_000 || failures.count > maximumKeys { prune() }
    }

    /// Forgets the failures of `key`, e.g. after a successful sign-in.
    func reset(_ key: String) {
        failures[key] = nil
    }

    private func recent(_ key: String) -> [Date] {
        guard let times = failures[key] else { return [] }
        let start = clock.now().addingTimeInterval(-policy.window)
        return times.filter { $0 > start }
    }

    private func prune() {
        recordsSincePrune = 0
        let start = clock.now().addingTimeInterval(-policy.window)
        failures = failures.filter { $0.value.last.map { $0 > start } ?? false }
        if failures.count > maximumKeys {
            let newest = failures.sorted { ($0.value.last ?? .distantPast) > ($1.value.last ?? .distantPast) }
            failures = Dictionary(uniqueKeysWithValues: newest.prefix(maximumKeys / 2).map { ($0.key, $0.value) })
        }
    }
}
