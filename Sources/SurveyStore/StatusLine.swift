import Foundation
import GRDB
import TrainingModel

/// A line of the status query: the counts of one country and kind of service, read as a
/// `StatusRow`.
struct StatusLine: Decodable, FetchableRecord {
    var value: StatusRow

    enum CodingKeys: String, CodingKey {
        case country, kind, invited, draft, submitted, imported
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        value = StatusRow(country: CountryCode(try row.decode(String.self, forKey: .country)),
                          kind: ServiceKind(stored: try row.decode(String.self, forKey: .kind)),
                          invited: try row.decode(Int.self, forKey: .invited), draft: try row.decode(Int.self, forKey: .draft),
                          submitted: try row.decode(Int.self, forKey: .submitted), imported: try row.decode(Int.self, forKey: .imported))
    }
}

extension StatusRow {
    /// The counts of both rows, for two lines of one group.
    func adding(_ other: StatusRow) -> StatusRow {
        StatusRow(country: country, kind: kind, invited: invited + other.invited, draft: draft + other.draft,
                  submitted: submitted + other.submitted, imported: imported + other.imported)
    }
}
