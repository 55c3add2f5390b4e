import Foundation
import GRDB
import NeedsInventory
import SurveyDefinition
import TrainingModel

extension GRDBSurveyStore {
    public func status(of survey: String) async throws -> [StatusRow] {
        try await writer.read { db in
            _ = try Self.latestVersionID(db, survey: survey)
            // Invitations not withdrawn, and responses by where they stand, counted per
            // country and kind of service of the service they are for.
            let lines = try StatusLine.fetchAll(db, sql: """
                SELECT country, kind, SUM(invited) AS invited, SUM(draft) AS draft, SUM(submitted) AS submitted,
                       SUM(imported) AS imported FROM (
                    SELECT s.country, s.kind, 1 AS invited, 0 AS draft, 0 AS submitted, 0 AS imported
                    FROM invitation i JOIN service s ON s.id = i.service_id WHERE i.survey = ? AND i.revoked_at IS NULL
                    UNION ALL
                    SELECT s.country, s.kind, 0, x.submissions <= x.reopenings, x.submissions > x.reopenings,
                           x.origin = 'import' AND x.submissions > x.reopenings FROM (
                        SELECT r.service_id, r.origin, \(ResponseProgress.columns)
                        FROM response r JOIN survey_version v ON v.id = r.survey_version_id WHERE v.survey = ?
                    ) x JOIN service s ON s.id = x.service_id
                ) GROUP BY country, kind
                """, arguments: [survey, survey])
            // Kinds this version does not know are one group, `.other`.
            var rows: [Inventory.Group: StatusRow] = [:]
            for line in lines.map(\.value) {
                let group = Inventory.Group(line.country, line.kind)
                rows[group] = rows[group].map { $0.adding(line) } ?? line
            }
            return rows.keys.sorted().map { rows[$0]! }
        }
    }

    public func inventory(of survey: String) async throws -> Inventory {
        try await writer.read { db in
            let latest = try self.latestVersion(db, survey: survey)
            let rows = try Row.fetchAll(db, sql: """
                SELECT topic, country, service_kind, COUNT(DISTINCT service_id), COUNT(*), SUM(headcount),
                       AVG(required_level - current_level), AVG(priority)
                FROM need WHERE survey = ? GROUP BY topic, country, service_kind
                """, arguments: [survey]).map { row in
                InventoryRow(topic: Inventory.Topic(row[0]), country: CountryCode(row[1] as String),
                             kind: ServiceKind(stored: row[2]), services: row[3], needs: row[4],
                             staff: row[5], meanGap: row[6], meanPriority: row[7])
            }
            return Inventory(survey: survey, rows: rows, topicLabels: try Self.topicLabels(latest))
        }
    }

    /// Short thesaurus labels where there are some, else the survey's matrix row labels.
    package static func topicLabels(_ latest: SurveyVersionCache.Entry) throws -> [String: LocalizedText] {
        var labels: [String: LocalizedText] = [:]
        for question in latest.survey.questions where question.kind == .matrix {
            for row in question.rows where !row.labels.isEmpty { labels[row.concept] = row.labels }
        }
        for concept in latest.version.thesaurus?.concepts ?? [] where !concept.labels.isEmpty {
            labels[concept.id] = concept.labels
        }
        return labels
    }
}
