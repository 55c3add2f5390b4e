import Foundation
import SurveyDefinition
import TrainingModel

/// What both engines store the same way, so that their rows and texts agree byte for byte.
package enum StoredJSON {
    /// Answers and thesauri as JSON text: sorted keys, so that equal values are equal texts
    /// (a save equal to the latest revision is recognised by its text).
    package static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    package static func encode<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    package static func decode<Value: Decodable>(_ type: Value.Type, json: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }
}

/// An invitation row as the response steps of either engine need it. Decodable from the
/// columns of `invitation` joined with its `service`, named by `CodingKeys` and `ServiceColumns`.
package struct InvitationRow: Sendable, Decodable {
    package var id: Int64
    package var survey: String
    package var serviceID: Int64
    package var service: ServiceIdentity
    package var expiresAt: Date
    package var language: LanguageCode?

    package init(id: Int64, survey: String, serviceID: Int64, service: ServiceIdentity, expiresAt: Date, language: LanguageCode?) {
        self.id = id
        self.survey = survey
        self.serviceID = serviceID
        self.service = service
        self.expiresAt = expiresAt
        self.language = language
    }

    enum CodingKeys: String, CodingKey {
        case id, survey, serviceID = "service_id", expiresAt = "expires_at", language
    }

    /// The service from its joined columns (`ServiceColumns`).
    package init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        id = try row.decode(Int64.self, forKey: .id)
        survey = try row.decode(String.self, forKey: .survey)
        serviceID = try row.decode(Int64.self, forKey: .serviceID)
        service = try ServiceColumns.identity(from: decoder)
        expiresAt = try row.decode(Date.self, forKey: .expiresAt)
        language = try row.decodeIfPresent(String.self, forKey: .language).map { LanguageCode($0) }
    }
}

/// Which published survey a command or page means, from the ids the database holds.
package enum SurveyChoice {
    /// The survey asked for, which must be published; without one, the only survey there is.
    package static func survey(_ requested: String?, among known: [String]) throws -> String {
        if let requested {
            guard known.contains(requested) else { throw SurveyStoreError.unknownSurvey(requested, known: known) }
            return requested
        }
        switch known.count {
        case 0: throw SurveyStoreError.noSurvey
        case 1: return known[0]
        default: throw SurveyStoreError.severalSurveys(known)
        }
    }
}
