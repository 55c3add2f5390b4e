import SurveyDefinition
import Synchronization

/// Decoded answers by revision row id. A revision never changes once saved (a trigger refuses
/// it; only an erasure rewrites it, and an erasure withdraws the links that would read it), so
/// an entry never goes stale and several processes may each keep their own: what a page shows
/// is still read from the database first, only the decoding of its JSON is saved.
package final class RevisionAnswersCache: Sendable {
    private let entries = Mutex<[Int64: Answers]>([:])
    private let capacity: Int

    package init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    package func answers(_ revision: Int64, load: () throws -> Answers) rethrows -> Answers {
        if let answers = entries.withLock({ $0[revision] }) { return answers }
        let answers = try load()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[revision] = answers
        }
        return answers
    }
}
