import Foundation
import GRDB
import SurveyDefinition
import TrainingModel

// Rows of the SQLite store read as GRDB records, their columns named by `CodingKeys`. The
// public values they make stay free of the store's column names: each record holds its value.

/// A row of `survey_version`.
struct SurveyVersionRecord: Decodable, FetchableRecord {
    var value: SurveyVersion

    enum CodingKeys: String, CodingKey {
        case survey, version, definition, thesaurus = "thesaurus_json", publishedAt = "published_at", publishedBy = "published_by"
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        value = try SurveyVersion(
            survey: try row.decode(String.self, forKey: .survey), version: try row.decode(Int.self, forKey: .version),
            definition: try row.decode(String.self, forKey: .definition), thesaurusJSON: try row.decodeIfPresent(String.self, forKey: .thesaurus),
            publishedAt: try row.decode(Date.self, forKey: .publishedAt), publishedBy: try row.decode(String.self, forKey: .publishedBy))
    }
}

/// A row of `audit_log`.
struct AuditEntryRecord: Decodable, FetchableRecord {
    var value: AuditEntry

    enum CodingKeys: String, CodingKey {
        case at, actor, action, survey, subject, detail
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        value = AuditEntry(at: try row.decode(Date.self, forKey: .at), actor: try row.decode(String.self, forKey: .actor),
                           action: AuditEntry.Action(stored: try row.decode(String.self, forKey: .action)),
                           survey: try row.decodeIfPresent(String.self, forKey: .survey),
                           subject: try row.decode(String.self, forKey: .subject), detail: try row.decode(String.self, forKey: .detail))
    }
}

/// A row of `response_revision` with the answers as their stored JSON text: a response's steps
/// recognise a save equal to the latest revision by its text.
struct StoredRevision: Decodable, FetchableRecord {
    var number: Int
    var state: ResponseRevision.State
    var answers: String
    var autosave: Bool
    var savedAt: Date

    enum CodingKeys: String, CodingKey {
        case number, state, answers, autosave, savedAt = "saved_at"
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        number = try row.decode(Int.self, forKey: .number)
        state = ResponseRevision.State(stored: try row.decode(String.self, forKey: .state))
        answers = try row.decode(String.self, forKey: .answers)
        autosave = try row.decode(Bool.self, forKey: .autosave)
        savedAt = try row.decode(Date.self, forKey: .savedAt)
    }

    /// The revision with its answers decoded.
    func revision() throws -> ResponseRevision {
        ResponseRevision(number: number, state: state, answers: try StoredJSON.decode(Answers.self, json: answers), savedAt: savedAt)
    }
}
