import Crypto
import Foundation
import SurveyDefinition
import SurveyStore
import Synchronization

/// Invitations opened in the last few seconds, so that a respondent's page views and saves
/// do not each ask the store to open the invitation again (opening decodes the survey version
/// with its thesaurus: milliseconds each time, the largest cost of a page under load).
///
/// Every change made through this app updates or drops the entry at once (saves, submissions,
/// withdrawals and reopenings from the dashboard). Changes made by another program, such as
/// `jointtraining survey` withdrawing an invitation, reach page views once the entry is older
/// than `lifetime`; saves and submissions are always checked by the store itself.
///
/// Entries live between half and all of `lifetime`, at random, so that invitations opened
/// together are not all opened again at the same moment; and requests for an invitation being
/// opened wait for that opening instead of starting their own.
final class InvitationCache: Sendable {
    struct Entry: Sendable {
        var invitation: Int64
        var service: ServiceIdentity
        var survey: Survey
        var answers: Answers?
        var submission: SubmissionReceipt?
        var openedAt: Date
        /// When the entry stops being used; set by `keep`.
        var expiresAt = Date.distantPast
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let openings = Mutex<[String: Task<Entry, any Error>]>([:])
    private let lifetime: TimeInterval
    private let clock: WebClock
    private let capacity: Int

    init(lifetime: TimeInterval, clock: WebClock, capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.clock = clock
        self.capacity = capacity
    }

    /// The entry of `token` if it was opened less than `lifetime` ago.
    func fresh(_ token: String) -> Entry? {
        let key = Self.key(token)
        let now = clock.now()
        return entries.withLock { entries in
            guard let entry = entries[key] else { return nil }
            guard now < entry.expiresAt else {
                entries[key] = nil
                return nil
            }
            return entry
        }
    }

    func keep(_ entry: Entry, for token: String) {
        let key = Self.key(token)
        let now = clock.now()
        var entry = entry
        entry.expiresAt = entry.openedAt.addingTimeInterval(lifetime * Double.random(in: 0.5...1))
        entries.withLock { entries in
            if entries.count >= capacity {
                entries = entries.filter { now < $0.value.expiresAt }
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = entry
        }
    }

    /// The entry `open` makes for `token`, kept; while one opening runs, other requests for the
    /// same token wait for it.
    func opening(_ token: String, _ open: @escaping @Sendable () async throws -> Entry) async throws -> Entry {
        let key = Self.key(token)
        let task = openings.withLock { openings in
            if let running = openings[key] { return running }
            let task = Task { try await open() }
            openings[key] = task
            return task
        }
        defer { openings.withLock { if $0[key] == task { $0[key] = nil } } }
        let entry = try await task.value
        keep(entry, for: token)
        return entry
    }

    /// Records answers just saved for `token`.
    func saved(_ answers: Answers, for token: String) {
        let key = Self.key(token)
        entries.withLock { $0[key]?.answers = answers }
    }

    func forget(token: String) {
        let key = Self.key(token)
        entries.withLock { $0[key] = nil }
    }

    /// Drops the entry of an invitation withdrawn or reopened from the dashboard.
    func forget(invitation: Int64) {
        entries.withLock { entries in entries = entries.filter { $0.value.invitation != invitation } }
    }

    /// Entries are keyed by a hash of the token, so that the process's memory holds no usable link.
    private static func key(_ token: String) -> String {
        Data(SHA256.hash(data: Data(token.utf8))).base64EncodedString()
    }
}
