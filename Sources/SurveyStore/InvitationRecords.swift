import Foundation
import GRDB
import SurveyDefinition
import TrainingModel

// Rows about invitations and services read as GRDB records, their columns named by `CodingKeys`.

/// When an invitation stops opening: its expiry and withdrawal, and its survey for the audit line.
struct InvitationDates: Decodable, FetchableRecord {
    var survey: String
    var expiresAt: Date
    var revokedAt: Date?

    enum CodingKeys: String, CodingKey {
        case survey, expiresAt = "expires_at", revokedAt = "revoked_at"
    }

    static let sql = "SELECT survey, expires_at, revoked_at FROM invitation WHERE id = ?"
}

/// A row of the invitations list: the invitation, its service and its response's progress.
struct InvitationOverviewRecord: Decodable, FetchableRecord {
    var value: InvitationOverview

    enum CodingKeys: String, CodingKey {
        case id, email, language, expiresAt = "expires_at", revokedAt = "revoked_at", submissions, reopenings
        case lastSubmittedAt = "last_submitted_at", latestState = "latest_state", reopenedAt = "reopened_at"
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self), service = try decoder.container(keyedBy: ServiceColumns.self)
        value = InvitationOverview(
            id: try row.decode(Int64.self, forKey: .id), email: try row.decodeIfPresent(String.self, forKey: .email),
            language: try row.decodeIfPresent(String.self, forKey: .language),
            expiresAt: try row.decode(Date.self, forKey: .expiresAt), revokedAt: try row.decodeIfPresent(Date.self, forKey: .revokedAt),
            country: try service.decode(String.self, forKey: .country), kind: try service.decode(String.self, forKey: .kind),
            name: try service.decode(String.self, forKey: .name),
            submissions: try row.decode(Int.self, forKey: .submissions), reopenings: try row.decode(Int.self, forKey: .reopenings),
            lastSubmittedAt: try row.decodeIfPresent(Date.self, forKey: .lastSubmittedAt),
            latestState: try row.decodeIfPresent(String.self, forKey: .latestState),
            reopenedAt: try row.decodeIfPresent(Date.self, forKey: .reopenedAt))
    }
}

/// A service that answered by import, with its number of needs.
struct ImportedServiceRecord: Decodable, FetchableRecord {
    var value: ImportedService

    enum CodingKeys: String, CodingKey {
        case id, needs
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        value = ImportedService(id: try row.decode(Int64.self, forKey: .id), service: try ServiceColumns.identity(from: decoder),
                                needs: try row.decode(Int.self, forKey: .needs))
    }
}

/// A row of `service` as its record exports it; its languages are kept as one text of tags.
struct ServiceRecordRow: Decodable, FetchableRecord {
    var value: ServiceRecord.Service

    enum CodingKeys: String, CodingKey {
        case country, kind, name, languages, createdAt = "created_at"
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        value = ServiceRecord.Service(country: try row.decode(String.self, forKey: .country), kind: try row.decode(String.self, forKey: .kind),
                                      name: try row.decode(String.self, forKey: .name),
                                      languages: try row.decode(String.self, forKey: .languages).split(separator: " ").map(String.init),
                                      createdAt: try row.decode(Date.self, forKey: .createdAt))
    }
}

/// A row of `audit_log` about a service: its id, for an erasure to scrub it, and the line
/// its record exports.
struct AuditLogLine: Decodable, FetchableRecord {
    var id: Int64
    var line: ServiceRecord.AuditLine

    enum CodingKeys: String, CodingKey {
        case id
    }

    init(from decoder: any Decoder) throws {
        id = try decoder.container(keyedBy: CodingKeys.self).decode(Int64.self, forKey: .id)
        // Its columns (at, actor, action, subject, detail) are its keys.
        line = try ServiceRecord.AuditLine(from: decoder)
    }
}
