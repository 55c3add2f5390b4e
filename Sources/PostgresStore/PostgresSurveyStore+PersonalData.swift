import Foundation
import PostgresNIO
import SurveyDefinition
import SurveyStore
import TrainingModel

extension PostgresSurveyStore {
    public func serviceRecord(_ reference: ServiceReference, by actor: String) async throws -> ServiceRecord {
        let now = clock()
        return try await database.write { db in
            let service = try await Self.service(db, reference)
            let row = try await db.rows("SELECT * FROM service WHERE id = \(service)")[0]
            let invitations = try await db.rows("SELECT * FROM invitation WHERE service_id = \(service) ORDER BY id").map {
                ServiceRecord.Invitation(id: try $0.get("id"), survey: try $0.get("survey"), email: try $0.get("email", as: String?.self),
                                         language: try $0.get("language", as: String?.self),
                                         createdAt: try $0.get("created_at"), createdBy: try $0.get("created_by"), expiresAt: try $0.get("expires_at"),
                                         revokedAt: try $0.get("revoked_at", as: Date?.self))
            }
            var responses: [ServiceRecord.Response] = []
            for response in try await db.rows("""
                SELECT r.id, r.contribution, r.origin, r.created_at, v.survey, v.version FROM response r
                JOIN survey_version v ON v.id = r.survey_version_id WHERE r.service_id = \(service) ORDER BY r.id
                """) {
                let responseID: Int64 = try response.get("id")
                let revisions = try await db.rows("""
                    SELECT number, state, autosave, saved_at, answers FROM response_revision WHERE response_id = \(responseID) ORDER BY number
                    """).map {
                    ServiceRecord.Revision(number: try $0.get("number"), state: try $0.get("state"), autosave: try $0.get("autosave"),
                                           savedAt: try $0.get("saved_at"), answers: try StoredJSON.decode(Answers.self, json: try $0.get("answers")))
                }
                responses.append(ServiceRecord.Response(contribution: try response.get("contribution"), survey: try response.get("survey"),
                                                        version: try response.get("version"), origin: try response.get("origin"),
                                                        createdAt: try response.get("created_at"), revisions: revisions))
            }
            let needs = try await db.rows("""
                SELECT \(unescaped: Self.needColumns.joined(separator: ", ")) FROM need WHERE service_id = \(service) ORDER BY id
                """).map(Self.need)
            let audit = try await Self.auditLines(db, service: service, name: try row.get("name")).map {
                ServiceRecord.AuditLine(at: try $0.get("at"), actor: try $0.get("actor"), action: try $0.get("action"),
                                        subject: try $0.get("subject"), detail: try $0.get("detail"))
            }
            let erasures = try await db.rows("SELECT what, erased_at, erased_by FROM erasure WHERE service_id = \(service) ORDER BY id").map {
                ServiceRecord.Erasure(what: try $0.get("what"), erasedAt: try $0.get("erased_at"), erasedBy: try $0.get("erased_by"))
            }
            // Reading someone's personal data is itself worth a line in the log.
            try await Self.audit(db, at: now, actor: actor, action: .export, survey: invitations.first?.survey, subject: "service \(service)",
                                 detail: AuditText.serviceExported(reference))
            let record = ServiceRecord.Service(country: try row.get("country"), kind: try row.get("kind"), name: try row.get("name"),
                                               languages: (try row.get("languages", as: String.self)).split(separator: " ").map(String.init),
                                               createdAt: try row.get("created_at"))
            return ServiceRecord(service: record, invitations: invitations, responses: responses, needs: needs, audit: audit, erasures: erasures)
        }
    }

    public func eraseService(_ reference: ServiceReference, by actor: String) async throws -> ErasureReceipt {
        let now = clock()
        return try await database.locking { db in
            let service = try await Self.service(db, reference)
            // The service's links are held first: a save on one of them waits, or is seen below.
            try await db.exec("SELECT id FROM invitation WHERE service_id = \(service) ORDER BY id FOR UPDATE")
            let name = try await db.value("SELECT name FROM service WHERE id = \(service)", as: String.self)!
            let emails = try await db.values("SELECT DISTINCT email FROM invitation WHERE service_id = \(service) AND email IS NOT NULL", as: String.self)
            try await db.exec("INSERT INTO erasure_window (open) VALUES (1)")

            let auditLines = try await Self.auditLines(db, service: service, name: name).map { try $0.get("id", as: Int64.self) }
            var scrubbed = [name] + emails
            // Free-text answers go from every revision; choices, numbers and the topic matrix stay.
            var revisions = 0
            for revision in try await db.rows("""
                SELECT rr.id, rr.answers, r.survey_version_id FROM response_revision rr JOIN response r ON r.id = rr.response_id
                WHERE r.service_id = \(service)
                """) {
                let survey = try await self.version(db, id: try revision.get("survey_version_id")).survey
                var answers = try StoredJSON.decode(Answers.self, json: try revision.get("answers"))
                for question in survey.questions where question.kind == .text {
                    if case .text(let typed)? = answers[question.id], !typed.isEmpty { scrubbed.append(typed) }
                    answers[question.id] = nil
                }
                let revisionID: Int64 = try revision.get("id")
                try await db.exec("UPDATE response_revision SET answers = \(try StoredJSON.encode(answers)) WHERE id = \(revisionID)")
                revisions += 1
            }
            // Free-text needs are their text: they go. Topic needs lose any text and stay as counts.
            let needsRemoved = try await db.exec("DELETE FROM need WHERE service_id = \(service) AND topic IS NULL RETURNING 1")
            try await db.exec("UPDATE need SET service = NULL, text = NULL WHERE service_id = \(service)")
            let needsKept = try await db.value("SELECT COUNT(*) FROM need WHERE service_id = \(service)", as: Int.self) ?? 0
            // Its links stop working: an open page's next autosave would otherwise store it all again.
            try await db.exec("""
                UPDATE invitation SET email = NULL, revoked_at = COALESCE(revoked_at, \(now)), revoked_by = COALESCE(revoked_by, \(actor))
                WHERE service_id = \(service)
                """)
            try await db.exec("UPDATE service SET name = \("erased service \(service)") WHERE id = \(service)")
            let values = Set(scrubbed).filter { $0.count >= 2 }.sorted { $0.count > $1.count }
            for line in auditLines {
                for value in values {
                    try await db.exec("""
                        UPDATE audit_log SET detail = replace(detail, \(value), '[erased]') WHERE id = \(line) AND strpos(detail, \(value)) > 0
                        """)
                }
            }
            // Plan runs of the web app keep their exports in the same database: those naming the service go too.
            var planFiles = 0
            if try await db.value("SELECT to_regclass('web_plan_file') IS NOT NULL", as: Bool.self) == true {
                for value in values {
                    planFiles += try await db.exec("""
                        DELETE FROM web_plan_file WHERE position(convert_to(\(value), 'UTF8') IN content) > 0 RETURNING 1
                        """)
                }
            }
            try await db.exec("""
                INSERT INTO erasure (service_id, survey, what, erased_at, erased_by) VALUES (\(service), NULL, 'service', \(now), \(actor))
                """)
            try await db.exec("DELETE FROM erasure_window")
            try await Self.audit(db, at: now, actor: actor, action: .erase, survey: nil, subject: "service \(service)",
                                 detail: AuditText.serviceErased(reference, needsKept: needsKept))
            let invitations = try await db.value("SELECT COUNT(*) FROM invitation WHERE service_id = \(service)", as: Int.self) ?? 0
            return ErasureReceipt(service: service, invitations: invitations, revisions: revisions, needsKept: needsKept,
                                  needsRemoved: needsRemoved, auditLines: auditLines.count, planFiles: planFiles)
        }
    }

    public func setRetention(days: Int, of survey: String, by actor: String) async throws {
        let now = clock()
        try await database.write { db in
            _ = try await Self.latestVersionID(db, survey: survey)
            try await db.exec("""
                INSERT INTO retention (survey, days, set_at, set_by) VALUES (\(survey), \(days), \(now), \(actor))
                ON CONFLICT (survey) DO UPDATE SET days = excluded.days, set_at = excluded.set_at, set_by = excluded.set_by
                """)
            try await Self.audit(db, at: now, actor: actor, action: .retention, survey: survey, subject: "retention",
                                 detail: AuditText.retention(days: days))
        }
    }

    public func applyRetention(by actor: String) async throws -> [RetentionReceipt] {
        let now = clock()
        // Most runs find nothing to do: a read decides before anything is written.
        guard try await !database.read({ db in try await Self.surveysPastRetention(db, at: now) }).isEmpty else { return [] }
        return try await database.write { db in
            var receipts: [RetentionReceipt] = []
            for survey in try await Self.surveysPastRetention(db, at: now) {
                let addresses = try await db.exec("UPDATE invitation SET email = NULL WHERE survey = \(survey) AND email IS NOT NULL RETURNING 1")
                guard addresses > 0 else { continue }
                try await db.exec("""
                    INSERT INTO erasure (service_id, survey, what, erased_at, erased_by) VALUES (NULL, \(survey), 'contact-data', \(now), \(actor))
                    """)
                try await Self.audit(db, at: now, actor: actor, action: .erase, survey: survey, subject: "contact data",
                                     detail: AuditText.addressesRemoved(addresses))
                receipts.append(RetentionReceipt(survey: survey, addresses: addresses))
            }
            return receipts
        }
    }

    private static func surveysPastRetention(_ db: PostgresConnection, at now: Date) async throws -> [String] {
        try await db.rows("""
            SELECT r.survey, r.days, MAX(i.expires_at) AS closes, COUNT(i.email) AS addresses
            FROM retention r JOIN invitation i ON i.survey = r.survey GROUP BY r.survey, r.days
            """).compactMap { row in
            let closes: Date = try row.get("closes"), days: Int = try row.get("days"), addresses: Int = try row.get("addresses")
            return addresses > 0 && now >= closes.addingTimeInterval(Double(days) * 86_400) ? try row.get("survey") : nil
        }
    }

    public func importedServices(of survey: String) async throws -> [ImportedService] {
        try await database.read { db in
            try await db.rows("""
                SELECT s.id, s.country, s.kind, s.name, COUNT(n.id) AS needs FROM service s JOIN need n ON n.service_id = s.id
                WHERE n.survey = \(survey) AND NOT EXISTS (SELECT 1 FROM invitation i WHERE i.service_id = s.id AND i.survey = \(survey))
                GROUP BY s.id ORDER BY s.id
                """).map { row in
                ImportedService(id: try row.get("id"),
                                service: ServiceIdentity(storedCountry: try row.get("country"), kind: try row.get("kind"), name: try row.get("name")),
                                needs: Int(try row.get("needs", as: Int64.self)))
            }
        }
    }

    /// The service a reference names.
    private static func service(_ db: PostgresConnection, _ reference: ServiceReference) async throws -> Int64 {
        switch reference {
        case .invitation(let id):
            return try await serviceOf(db, invitation: id)
        case .service(let id):
            guard try await db.value("SELECT 1 FROM service WHERE id = \(id)", as: Int.self) != nil else {
                throw SurveyStoreError.unknownServiceID(id)
            }
            return id
        }
    }

    private static func serviceOf(_ db: PostgresConnection, invitation id: Int64) async throws -> Int64 {
        guard let service = try await db.value("SELECT service_id FROM invitation WHERE id = \(id)", as: Int64.self) else {
            throw SurveyStoreError.unknownInvitationID(id)
        }
        return service
    }

    /// The audit lines about a service: its invitations, its responses, or naming it.
    private static func auditLines(_ db: PostgresConnection, service: Int64, name: String) async throws -> [PostgresRandomAccessRow] {
        let invitations = try await db.values("SELECT id FROM invitation WHERE service_id = \(service)", as: Int64.self).map { "invitation \($0)" }
        let contributions = try await db.values("SELECT contribution FROM response WHERE service_id = \(service)", as: String.self)
            .map { "contribution \($0)" }
        let subjects = Set(invitations + contributions + ["service \(service)"])
        return try await db.rows("SELECT * FROM audit_log ORDER BY id").filter { row in
            let subject: String = try row.get("subject"), detail: String = try row.get("detail")
            return subjects.contains(subject) || detail.contains("\"\(name)\"")
        }
    }
}
