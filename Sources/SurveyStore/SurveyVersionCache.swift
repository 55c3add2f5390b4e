import SurveyDefinition
import Synchronization

/// Survey versions by row id, read and decoded once per store: the one cache of decoded surveys
/// in the product. Opening an invitation needs its version with the thesaurus (JSON) and the
/// survey decoded from its definition (XML parsed and checked against its schema), which take
/// milliseconds; a published version never changes (a trigger refuses it), so an entry never
/// goes stale, and every process reading the same database may keep its own.
package final class SurveyVersionCache: Sendable {
    /// A stored version with its decoded survey.
    package struct Entry: Sendable {
        package var version: SurveyVersion
        package var survey: Survey
    }

    private let entries = Mutex<[Int64: Entry]>([:])

    /// The version with row id `id`, loaded and decoded by `load` the first time. Two callers may
    /// both load it at first; they get equal values and one is kept.
    package init() {}

    /// The entry for `id` if it was loaded already: for a store that reads the row asynchronously.
    package func cached(_ id: Int64) -> Entry? {
        entries.withLock { $0[id] }
    }

    package func entry(_ id: Int64, load: () throws -> SurveyVersion) throws -> Entry {
        if let entry = entries.withLock({ $0[id] }) { return entry }
        let version = try load()
        let entry = Entry(version: version, survey: try version.decoded())
        entries.withLock { $0[id] = entry }
        return entry
    }
}
