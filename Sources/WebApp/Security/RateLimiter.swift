import Foundation

/// Counts failures (unknown invitation links, wrong passwords) per client and refuses a client
/// that failed too often within a sliding window: what stops guessing tokens or passwords.
public actor RateLimiter {
    /// How many failures a window allows before the client is refused.
    public struct Policy: Sendable {
        public var failures: Int
        public var window: TimeInterval

        public init(failures: Int, window: TimeInterval) {
            self.failures = failures
            self.window = window
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

    /// Whether `key` has used up its failures in the current window.
    func isBlocked(_ key: String) -> Bool {
        recent(key).count >= policy.failures
    }

    /// Seconds until `key` may try again; 0 when it is not blocked.
    func retryAfter(_ key: String) -> Int {
        let times = recent(key)
        guard times.count >= policy.failures, let oldest = times.first else { return 0 }
        return max(1, Int((oldest.addingTimeInterval(policy.window).timeIntervalSince(clock.now())).rounded(.up)))
    }

    func recordFailure(_ key: String) {
        var times = recent(key)
        times.append(clock.now())
        failures[key] = Array(times.suffix(policy.failures))
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
