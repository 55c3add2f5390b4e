import Foundation
import GRDB
import NeedsInventory
import SurveyDefinition
import TrainingModel

extension GRDBSurveyStore {
    public func status(of survey: String) async throws -> [StatusRow] {
        try await writer.read { db in
            _ = try Self.latestVersionID(db, survey: survey)
            var rows: [Inventory.Group: StatusRow] = [:]
            func row(_ country: String, _ kind: String) -> Inventory.Group {
                let group = Inventory.Group(CountryCode(country), ServiceKind(rawValue: kind) ?? .other)
                if rows[group] == nil { rows[group] = StatusRow(country: group.country, kind: group.kind, invited: 0, draft: 0, submitted: 0) }
                return group
            }
            for line in try Row.fetchAll(db, sql: """
                SELECT s.country, s.kind, COUNT(*) FROM invitation i JOIN service s ON s.id = i.service_id
                WHERE i.survey = ? AND i.revoked_at IS NULL GROUP BY s.country, s.kind
                """, arguments: [survey]) {
                rows[row(line[0], line[1])]!.invited = line[2]
            }
            for line in try Row.fetchAll(db, sql: """
                SELECT s.country, s.kind, SUM(x.submissions > x.reopenings), SUM(x.submissions <= x.reopenings),
                       SUM(x.origin = 'import' AND x.submissions > x.reopenings) FROM (
                    SELECT r.service_id, r.origin, \(ResponseProgress.columns)
                    FROM response r JOIN survey_version v ON v.id = r.survey_version_id WHERE v.survey = ?
                ) x JOIN service s ON s.id = x.service_id GROUP BY s.country, s.kind
                """, arguments: [survey]) {
                let group = row(line[0], line[1])
                rows[group]!.submitted = line[2]
                rows[group]!.draft = line[3]
                rows[group]!.imported = line[4]
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
                             kind: ServiceKind(rawValue: row[2]) ?? .other, services: row[3], needs: row[4],
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
