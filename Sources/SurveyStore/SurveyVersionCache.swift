import Synchronization

/// Survey versions by row id, decoded once per store. Opening an invitation needs its
/// version with the thesaurus, whose JSON takes milliseconds to decode; a published version
/// never changes (a trigger refuses it), so an entry never goes stale.
final class SurveyVersionCache: Sendable {
    private let versions = Mutex<[Int64: SurveyVersion]>([:])

    /// The version with row id `id`, loaded by `load` the first time. Two callers may both
    /// load it at first; they get equal values and one is kept.
    func version(_ id: Int64, load: () throws -> SurveyVersion) throws -> SurveyVersion {
        if let version = versions.withLock({ $0[id] }) { return version }
        let version = try load()
        versions.withLock { $0[id] = version }
        return version
    }

    /// How many versions are kept, for tests.
    var count: Int { versions.withLock { $0.count } }
}
