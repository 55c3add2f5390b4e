import Foundation
import GRDB
import SurveyDefinition

// Rows a service's record and its erasure read, as GRDB records naming their columns.

/// A response of the service with its survey version, before its revisions are read.
struct ResponseHeader: Decodable, FetchableRecord {
    var id: Int64
    var value: ServiceRecord.Response

    enum CodingKeys: String, CodingKey {
        case id, contribution, origin, createdAt = "created_at", survey, version
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        id = try row.decode(Int64.self, forKey: .id)
        value = ServiceRecord.Response(contribution: try row.decode(String.self, forKey: .contribution),
                                       survey: try row.decode(String.self, forKey: .survey), version: try row.decode(Int.self, forKey: .version),
                                       origin: try row.decode(String.self, forKey: .origin),
                                       createdAt: try row.decode(Date.self, forKey: .createdAt), revisions: [])
    }
}

/// A revision an erasure scrubs: its answers as stored, and the version that says which
/// questions are free text.
struct RevisionToScrub: Decodable, FetchableRecord {
    var id: Int64
    var answers: String
    var versionID: Int64

    enum CodingKeys: String, CodingKey {
        case id, answers, versionID = "survey_version_id"
    }
}
