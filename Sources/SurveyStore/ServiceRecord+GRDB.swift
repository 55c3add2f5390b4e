import Foundation
import GRDB

// The parts of a service's record fetched as GRDB records: their Codable keys are the JSON
// export's (`createdAt`), the columns are snake case (`created_at`), so the columns are
// converted rather than the keys renamed, which would change `survey export-service`.

extension ServiceRecord.Invitation: FetchableRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
}

extension ServiceRecord.Revision: FetchableRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }

    /// The answers column holds `StoredJSON`'s text, read as `StoredJSON` reads it (not with
    /// GRDB's default decoder, whose dates are milliseconds).
    public static func databaseJSONDecoder(for column: String) -> JSONDecoder { JSONDecoder() }
}

extension ServiceRecord.Erasure: FetchableRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
}
