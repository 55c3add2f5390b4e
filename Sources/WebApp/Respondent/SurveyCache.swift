import Foundation
import SurveyDefinition
import Synchronization
import SurveyStore

/// Decoded surveys by id and version. A published version never changes, so decoding its
/// definition (XML parsing and schema validation) once per process is enough.
final class SurveyCache: Sendable {
    private let surveys = Mutex<[String: Survey]>([:])

    func survey(for version: SurveyVersion) throws -> Survey {
        let key = "\(version.survey)#\(version.version)"
        if let survey = surveys.withLock({ $0[key] }) { return survey }
        let survey = try version.decoded()
        surveys.withLock { $0[key] = survey }
        return survey
    }
}
