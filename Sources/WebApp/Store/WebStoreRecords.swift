import Foundation
import GRDB

// Rows of the web tables read as GRDB records, their columns named by `CodingKeys`. The
// store's values (`StoredCatalogue`, `StoredPlanRun`) stay free of column names: each record
// holds its value.

/// A row of `web_catalogue`; the content only when the query selects it (listings do not).
struct CatalogueRecord: Decodable, FetchableRecord {
    var value: StoredCatalogue

    enum CodingKeys: String, CodingKey {
        case id, catalogueID = "catalogue_id", provider, year, filename, uploadedBy = "uploaded_by", uploadedAt = "uploaded_at", content
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        value = StoredCatalogue(
            id: try row.decode(Int64.self, forKey: .id), catalogueID: try row.decode(String.self, forKey: .catalogueID),
            provider: try row.decode(String.self, forKey: .provider), year: try row.decode(Int.self, forKey: .year),
            filename: try row.decode(String.self, forKey: .filename), uploadedBy: try row.decode(String.self, forKey: .uploadedBy),
            uploadedAt: try row.decode(Date.self, forKey: .uploadedAt),
            content: Array(try row.decodeIfPresent(Data.self, forKey: .content) ?? Data()))
    }
}

/// A row of `web_plan_run`, without its files and confirmed sessions (tables of their own).
struct PlanRunRecord: Decodable, FetchableRecord {
    var value: StoredPlanRun

    enum CodingKeys: String, CodingKey {
        case id, createdBy = "created_by", createdAt = "created_at", summary, facts
    }

    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        // Facts that do not decode are left out rather than hiding the run.
        let facts = try row.decodeIfPresent(String.self, forKey: .facts)
            .flatMap { try? JSONDecoder().decode(PlanRunFacts.self, from: Data($0.utf8)) }
        value = StoredPlanRun(id: try row.decode(Int64.self, forKey: .id), createdBy: try row.decode(String.self, forKey: .createdBy),
                              createdAt: try row.decode(Date.self, forKey: .createdAt), summary: try row.decode(String.self, forKey: .summary),
                              facts: facts, files: [:])
    }
}

/// A row of `web_plan_file`: one export of a run.
struct PlanFileRecord: Decodable, FetchableRecord {
    var name: String
    var content: Data
}

/// A row of `web_session`: what Hummingbird stored, and until when.
struct SessionRecord: Decodable, FetchableRecord {
    var value: Data
    var expiresAt: Date?

    enum CodingKeys: String, CodingKey {
        case value, expiresAt = "expires_at"
    }
}
