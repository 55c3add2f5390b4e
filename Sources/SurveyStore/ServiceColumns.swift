import GRDB
import SurveyDefinition
import TrainingModel

/// The columns `country`, `kind` and `name` of a row that joins `service`, decoded as the
/// service's identity (`ServiceIdentity(storedCountry:kind:name:)`).
enum ServiceColumns: String, CodingKey {
    case country, kind, name

    static func identity(from decoder: any Decoder) throws -> ServiceIdentity {
        let row = try decoder.container(keyedBy: ServiceColumns.self)
        return ServiceIdentity(storedCountry: try row.decode(String.self, forKey: .country), kind: try row.decode(String.self, forKey: .kind),
                               name: try row.decode(String.self, forKey: .name))
    }
}

/// A row of `service` by its identity: which services an import finds already stored.
struct StoredServiceIdentity: Decodable, FetchableRecord {
    var id: Int64
    var identity: ServiceIdentity

    enum CodingKeys: String, CodingKey {
        case id
    }

    init(from decoder: any Decoder) throws {
        id = try decoder.container(keyedBy: CodingKeys.self).decode(Int64.self, forKey: .id)
        identity = try ServiceColumns.identity(from: decoder)
    }
}
