import Diagnostics
import Foundation
import NeedsCSV
import NeedsInventory
import NIOCore
import PostgresNIO
import SurveyDefinition
import SurveyStore
import TrainingModel

extension PostgresSurveyStore {
    static let needColumns = [
        "need_id", "country", "service_kind", "service", "language", "topic", "text", "priority", "current_level",
        "required_level", "headcount", "languages", "modes", "period", "joint_countries", "joint_services",
    ]

    /// Stores needs with COPY, the rows streamed in blocks: an import of 100,000 rows is one
    /// statement in its transaction, as fast as PostgreSQL takes rows in.
    static func insertNeeds(_ db: PostgresConnection, _ needs: [Need], survey: String, responses: [Int64], services: [Int64]) async throws {
        guard !needs.isEmpty else { return }
        try await db.copyFrom(table: "need", columns: ["survey", "response_id", "service_id"] + needColumns, logger: PostgresStoreDatabase.logger) { writer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(1 << 17)
            for index in needs.indices {
                let need = needs[index]
                CopyText.row(&buffer, [
                    survey, String(responses[index]), String(services[index]), need.id, need.country.code, need.serviceKind.rawValue,
                    need.service, need.language?.tag, need.topic, need.text, String(need.priority), need.currentLevel.map(String.init),
                    need.requiredLevel.map(String.init), String(need.headcount), need.languages.map(\.tag).joined(separator: " "),
                    need.modes.map(\.rawValue).joined(separator: " "), need.period, need.jointCountries.rawValue, need.jointServices.rawValue,
                ])
                if buffer.readableBytes >= 1 << 16 {
                    try await writer.write(buffer)
                    buffer.clear()
                }
            }
            if buffer.readableBytes > 0 { try await writer.write(buffer) }
        }
    }

    public func importNeeds(csv bytes: [UInt8], name: String, into survey: String, by actor: String) async throws -> ImportReceipt {
        let now = clock()
        let thesaurus = try await database.read { db in try await self.latestVersion(db, survey: survey).version.thesaurus }
        let reader = NeedsReader(knownTopics: thesaurus.map { Set($0.concepts.map(\.id)) },
                                 topicSource: thesaurus.map { "thesaurus \"\($0.id)\" of the survey" } ?? "the thesaurus")
        let decoded = try reader.read(bytes: bytes, name: name)
        let needs = decoded.value
        let plan = ImportPlan(needs)
        return try await database.write { db in
            let versionID = try await Self.latestVersionID(db, survey: survey)
            let incoming = needs.map(\.id)
            let taken = try await db.values("""
                SELECT need_id FROM need WHERE survey = \(survey) AND need_id = ANY(\(incoming))
                """, as: String.self)
            if !taken.isEmpty {
                throw InputProblems(GRDBSurveyStore.alreadyStored(Set(taken), bytes: bytes, name: name))
            }
            // One service and one submitted response per distinct country, kind and service.
            var known: [ServiceIdentity: Int64] = [:]
            for row in try await db.rows("SELECT id, country, kind, name FROM service") {
                known[ServiceIdentity(storedCountry: try row.get(1), kind: try row.get(2), name: try row.get(3))] = try row.get(0)
            }
            let missing = plan.groups.filter { known[$0.service] == nil }
            if !missing.isEmpty {
                let created = try await db.rows("""
                    INSERT INTO service (country, kind, name, languages, created_at)
                    SELECT c, k, n, l, \(now) FROM unnest(\(missing.map(\.service.country.code)), \(missing.map(\.service.kind.rawValue)),
                                                        \(missing.map(\.service.name)),
                                                        \(missing.map { $0.languages.map(\.tag).joined(separator: " ") })) AS t(c, k, n, l)
                    RETURNING id, country, kind, name
                    """)
                for row in created {
                    known[ServiceIdentity(storedCountry: try row.get(1), kind: try row.get(2), name: try row.get(3))] = try row.get(0)
                }
            }
            let services = plan.groups.map { known[$0.service]! }
            // Responses with fresh contribution ids; the rare id already taken is drawn again.
            var responseOfGroup = [Int64](repeating: 0, count: plan.groups.count)
            var pending = Array(plan.groups.indices)
            while !pending.isEmpty {
                let contributions = pending.map { _ in ContributionID.generate() }
                var groupOfContribution: [String: Int] = [:]
                for (group, contribution) in zip(pending, contributions) { groupOfContribution[contribution] = group }
                guard groupOfContribution.count == pending.count else { continue }
                let rows = try await db.rows("""
                    INSERT INTO response (contribution, survey_version_id, service_id, invitation_id, origin, created_at)
                    SELECT c, \(versionID), s, NULL, 'import', \(now) FROM unnest(\(contributions), \(pending.map { services[$0] })) AS t(c, s)
                    ON CONFLICT (contribution) DO NOTHING RETURNING id, contribution
                    """)
                for row in rows {
                    let group = groupOfContribution[try row.get(1, as: String.self)]!
                    responseOfGroup[group] = try row.get(0)
                    groupOfContribution[try row.get(1, as: String.self)] = nil
                }
                pending = groupOfContribution.values.sorted()
            }
            // An imported response has no survey answers: its needs are its content.
            var emptyAnswers: [LanguageCode: String] = [:]
            var answers: [String] = []
            for group in plan.groups {
                let json = try emptyAnswers[group.language] ?? StoredJSON.encode(Answers(language: group.language))
                emptyAnswers[group.language] = json
                answers.append(json)
            }
            if !plan.groups.isEmpty {
                try await db.exec("""
                    INSERT INTO response_revision (response_id, number, state, answers, saved_at, autosave)
                    SELECT r, 1, 'submitted', a, \(now), false FROM unnest(\(responseOfGroup), \(answers)) AS t(r, a)
                    """)
            }
            try await Self.insertNeeds(db, needs, survey: survey, responses: plan.groupOfNeed.map { responseOfGroup[$0] },
                                       services: plan.groupOfNeed.map { services[$0] })
            let newServices = missing.count
            try await Self.audit(db, at: now, actor: actor, action: .import, survey: survey, subject: name,
                                 detail: AuditText.imported(needs: needs.count, services: plan.groups.count, newServices: newServices))
            return ImportReceipt(needs: needs.count, services: plan.groups.count, newServices: newServices,
                                 warnings: decoded.warnings.map(\.description))
        }
    }

    public func exportNeeds(of survey: String) async throws -> [Need] {
        try await database.read { db in
            _ = try await Self.latestVersionID(db, survey: survey)
            let needs = try await db.rows("""
                SELECT \(unescaped: Self.needColumns.joined(separator: ", ")) FROM need WHERE survey = \(survey) ORDER BY id
                """).map(Self.need)
            return needs
        }
    }

    static func need(_ row: PostgresRandomAccessRow) throws -> Need {
        let languages: String = try row.get(11)
        let modes: String = try row.get(12)
        return Need(
            id: try row.get(0), country: CountryCode(try row.get(1, as: String.self)), serviceKind: ServiceKind(stored: try row.get(2)),
            service: try row.get(3, as: String?.self), text: try row.get(6, as: String?.self), topic: try row.get(5, as: String?.self),
            language: try row.get(4, as: String?.self).map { LanguageCode($0) },
            priority: try row.get(7), currentLevel: try row.get(8, as: Int?.self), requiredLevel: try row.get(9, as: Int?.self),
            headcount: try row.get(10),
            languages: languages.split(separator: " ").map { LanguageCode(String($0)) },
            modes: modes.split(separator: " ").compactMap { DeliveryMode(rawValue: String($0)) },
            period: try row.get(13, as: String?.self),
            jointCountries: JointConsent(rawValue: try row.get(14)) ?? .yes, jointServices: JointConsent(rawValue: try row.get(15)) ?? .yes)
    }

    public func status(of survey: String) async throws -> [StatusRow] {
        try await database.read { db in
            _ = try await Self.latestVersionID(db, survey: survey)
            var rows: [Inventory.Group: StatusRow] = [:]
            func row(_ country: String, _ kind: String) -> Inventory.Group {
                let group = Inventory.Group(CountryCode(country), ServiceKind(stored: kind))
                if rows[group] == nil { rows[group] = StatusRow(country: group.country, kind: group.kind, invited: 0, draft: 0, submitted: 0) }
                return group
            }
            for line in try await db.rows("""
                SELECT s.country, s.kind, COUNT(*) FROM invitation i JOIN service s ON s.id = i.service_id
                WHERE i.survey = \(survey) AND i.revoked_at IS NULL GROUP BY s.country, s.kind
                """) {
                rows[row(try line.get(0), try line.get(1))]!.invited = try line.get(2)
            }
            for line in try await db.rows("""
                SELECT s.country, s.kind, COUNT(*) FILTER (WHERE x.submissions > x.reopenings), COUNT(*) FILTER (WHERE x.submissions <= x.reopenings),
                       COUNT(*) FILTER (WHERE x.origin = 'import' AND x.submissions > x.reopenings) FROM (
                    SELECT r.service_id, r.origin, \(unescaped: ResponseProgress.columns)
                    FROM response r JOIN survey_version v ON v.id = r.survey_version_id WHERE v.survey = \(survey)
                ) x JOIN service s ON s.id = x.service_id GROUP BY s.country, s.kind
                """) {
                let group = row(try line.get(0), try line.get(1))
                rows[group]!.submitted = try line.get(2)
                rows[group]!.draft = try line.get(3)
                rows[group]!.imported = try line.get(4)
            }
            return rows.keys.sorted().map { rows[$0]! }
        }
    }

    public func inventory(of survey: String) async throws -> Inventory {
        try await database.read { db in
            let latest = try await self.latestVersion(db, survey: survey)
            let rows = try await db.rows("""
                SELECT topic, country, service_kind, COUNT(DISTINCT service_id), COUNT(*), SUM(headcount)::bigint,
                       AVG(required_level - current_level)::float8, AVG(priority)::float8
                FROM need WHERE survey = \(survey) GROUP BY topic, country, service_kind
                """).map { row in
                InventoryRow(topic: Inventory.Topic(try row.get(0, as: String?.self)), country: CountryCode(try row.get(1, as: String.self)),
                             kind: ServiceKind(stored: try row.get(2)), services: try row.get(3), needs: try row.get(4),
                             staff: try row.get(5), meanGap: try row.get(6, as: Double?.self), meanPriority: try row.get(7))
            }
            return Inventory(survey: survey, rows: rows, topicLabels: try GRDBSurveyStore.topicLabels(latest))
        }
    }
}

/// Rows in COPY's text format: tab between fields, `\N` for NULL, and backslash, tab, newline
/// and carriage return escaped so that any text (a CSV's CRLF answers included) arrives as it was.
enum CopyText {
    static func row(_ buffer: inout ByteBuffer, _ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            guard let field else { buffer.writeStaticString("\\N"); continue }
            let plain = !field.utf8.contains { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            if plain {
                buffer.writeString(field)
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }
}
