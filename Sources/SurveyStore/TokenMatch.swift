import Foundation
import GRDB

extension InvitationRow: FetchableRecord {}

/// The invitation a token found, and whether it was withdrawn: one row, read as one record.
struct TokenMatch: Decodable, FetchableRecord {
    var invitation: InvitationRow
    var revokedAt: Date?

    enum CodingKeys: String, CodingKey {
        case revokedAt = "revoked_at"
    }

    init(from decoder: any Decoder) throws {
        invitation = try InvitationRow(from: decoder)
        revokedAt = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(Date.self, forKey: .revokedAt)
    }
}
