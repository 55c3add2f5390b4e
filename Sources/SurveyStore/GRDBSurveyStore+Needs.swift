import Diagnostics
import Foundation
import GRDB
import NeedsCSV
import SurveyDefinition
import TrainingModel

extension GRDBSurveyStore {
    static let needColumns = """
        need_id, country, service_kind, service, language, topic, text, priority, current_level, \
        required_level, headcount, languages, modes, period, joint_countries, joint_services
        """

    /// Stores needs with one prepared statement: an import of 100,000 rows is one transaction.
    static func insertNeeds(_ db: Database, _ needs: [Need], survey: String, response: Int64, service: Int64) throws {
        var insertion = try needInsertion(db)
        for need in needs {
            try insertion.insert(need, survey: survey, response: response, service: service)
        }
    }

    static func needInsertion(_ db: Database) throws -> NeedInsertion {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO need (survey, response_id, service_id, \(needColumns))
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        return NeedInsertion(statement: statement, connection: db.sqliteConnection)
    }

    public func importNeeds(csv bytes: [UInt8], name: String, into survey: String, by actor: String) async throws -> ImportReceipt {
        let now = clock()
        let thesaurus = try await writer.read { db in try self.latestVersion(db, survey: survey).version.thesaurus }
        let reader = NeedsReader(knownTopics: thesaurus.map { Set($0.concepts.map(\.id)) },
                                 topicSource: thesaurus.map { "thesaurus \"\($0.id)\" of the survey" } ?? "the thesaurus")
        let decoded = try reader.read(bytes: bytes, name: name)
        let needs = decoded.value
        let plan = ImportPlan(needs)
        return try await writer.write { db in
            let versionID = try Self.latestVersionID(db, survey: survey)
            let existing = Set(try String.fetchAll(db, sql: "SELECT need_id FROM need WHERE survey = ?", arguments: [survey]))
            let taken = needs.filter { existing.contains($0.id) }.map(\.id)
            if !taken.isEmpty {
                throw InputProblems(Self.alreadyStored(Set(taken), bytes: bytes, name: name))
            }
            // One service and one submitted response per distinct country, kind and service.
            let stamp = now.databaseValue
            var known: [ServiceIdentity: Int64] = [:]
            for service in try StoredServiceIdentity.fetchAll(db, sql: "SELECT id, country, kind, name FROM service") {
                known[service.identity] = service.id
            }
            // An imported response has no survey answers: its needs are its content.
            var emptyAnswers: [LanguageCode: String] = [:]
            var targets: [(response: Int64, service: Int64)] = []
            var newServices = 0
            for group in plan.groups {
                let service: Int64
                if let id = known[group.service] {
                    service = id
                } else {
                    service = try Self.serviceID(db, group.service, languages: group.languages, at: stamp).id
                    newServices += 1
                }
                let response = try Self.createResponse(db, versionID: versionID, serviceID: service, invitationID: nil, origin: "import", at: stamp)
                let answers = try emptyAnswers[group.language] ?? StoredJSON.encode(Answers(language: group.language))
                emptyAnswers[group.language] = answers
                _ = try Self.addRevision(db, response: response.id, state: .submitted, answers: answers, at: stamp, first: true)
                targets.append((response.id, service))
            }
            var insertion = try Self.needInsertion(db)
            for (need, group) in zip(needs, plan.groupOfNeed) {
                try insertion.insert(need, survey: survey, response: targets[group].response, service: targets[group].service)
            }
            try Self.audit(db, at: now, actor: actor, action: .import, survey: survey, subject: name,
                           detail: AuditText.imported(needs: needs.count, services: plan.groups.count, newServices: newServices))
            return ImportReceipt(needs: needs.count, services: plan.groups.count, newServices: newServices,
                                 warnings: decoded.warnings.map(\.description))
        }
    }

    /// One diagnostic per row whose id is already in the database, found by reading the
    /// file's lines again (only on this error path, so imports stay single-pass).
    package static func alreadyStored(_ ids: Set<String>, bytes: [UInt8], name: String) -> [Diagnostic] {
        let records = CSVParser.parse(bytes, file: name).records
        guard let header = records.first,
              let column = header.fields.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == "id" }) else { return [] }
        return records.dropFirst().compactMap { record in
            guard column < record.fields.count else { return nil }
            let id = record.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
            guard ids.contains(id) else { return nil }
            return Diagnostic(file: name, line: record.line, column: record.columns[column],
                              message: "id: need \"\(id)\" is already in the database (imported or submitted before); give it another id or leave the row out")
        }
    }

    public func exportNeeds(of survey: String) async throws -> [Need] {
        try await writer.read { db in
            _ = try Self.latestVersionID(db, survey: survey)
            var needs: [Need] = []
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(Self.needColumns) FROM need WHERE survey = ? ORDER BY id", arguments: [survey])
            while let row = try cursor.next() {
                needs.append(Self.need(row))
            }
            return needs
        }
    }

    /// A need from the columns of `needColumns`, read by position in that order (the order
    /// `NeedInsertion` binds them): the needs export streams every row of a survey through
    /// here (`Benchmarks/run survey` times 100,000), and `Need`'s own Codable is the JSON
    /// format's, not the table's.
    static func need(_ row: Row) -> Need {
        let languages: String = row[11]
        let modes: String = row[12]
        return Need(
            id: row[0], country: CountryCode(row[1] as String), serviceKind: ServiceKind(stored: row[2]),
            service: row[3], text: row[6], topic: row[5], language: (row[4] as String?).map { LanguageCode($0) },
            priority: row[7], currentLevel: row[8], requiredLevel: row[9], headcount: row[10],
            languages: languages.split(separator: " ").map { LanguageCode(String($0)) },
            modes: modes.split(separator: " ").compactMap { DeliveryMode(rawValue: String($0)) },
            period: row[13],
            jointCountries: JointConsent(rawValue: row[14]) ?? .yes, jointServices: JointConsent(rawValue: row[15]) ?? .yes)
    }
}
