import Foundation
import GRDB
import SurveyDefinition
import TrainingModel

extension GRDBSurveyStore {
    public func serviceRecord(_ reference: ServiceReference, by actor: String) async throws -> ServiceRecord {
        let now = clock()
        return try await writer.write { db in
            let service = try Self.service(db, reference)
            let record = try ServiceRecordRow.fetchOne(db, sql: "SELECT * FROM service WHERE id = ?", arguments: [service])!.value
            let invitations = try ServiceRecord.Invitation.fetchAll(db, sql: "SELECT * FROM invitation WHERE service_id = ? ORDER BY id",
                                                                    arguments: [service])
            var responses: [ServiceRecord.Response] = []
            for header in try ResponseHeader.fetchAll(db, sql: """
                SELECT r.id, r.contribution, r.origin, r.created_at, v.survey, v.version FROM response r
                JOIN survey_version v ON v.id = r.survey_version_id WHERE r.service_id = ? ORDER BY r.id
                """, arguments: [service]) {
                let revisions = try ServiceRecord.Revision.fetchAll(db, sql: """
                    SELECT number, state, autosave, saved_at, answers FROM response_revision WHERE response_id = ? ORDER BY number
                    """, arguments: [header.id])
                var response = header.value
                response.revisions = revisions
                responses.append(response)
            }
            let needs = try Row.fetchAll(db, sql: "SELECT \(Self.needColumns) FROM need WHERE service_id = ? ORDER BY id", arguments: [service])
                .map(Self.need)
            let audit = try Self.auditLines(db, service: service, name: record.name).map(\.line)
            let erasures = try ServiceRecord.Erasure.fetchAll(db, sql: "SELECT what, erased_at, erased_by FROM erasure WHERE service_id = ? ORDER BY id",
                                                              arguments: [service])
            // Reading someone's personal data is itself worth a line in the log.
            try Self.audit(db, at: now, actor: actor, action: .export, survey: invitations.first?.survey, subject: "service \(service)",
                           detail: AuditText.serviceExported(reference))
            return ServiceRecord(service: record, invitations: invitations, responses: responses, needs: needs, audit: audit, erasures: erasures)
        }
    }

    public func eraseService(_ reference: ServiceReference, by actor: String) async throws -> ErasureReceipt {
        let receipt = try await erase(reference, by: actor)
        // Old page images of the erased rows stay in the write-ahead log until it is checkpointed.
        // The erasure is committed either way: a reader holding the log back only delays this.
        if writer is DatabasePool {
            try? await writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        }
        return receipt
    }

    private func erase(_ reference: ServiceReference, by actor: String) async throws -> ErasureReceipt {
        let now = clock()
        return try await writer.write { db in
            let service = try Self.service(db, reference)
            let name: String = try String.fetchOne(db, sql: "SELECT name FROM service WHERE id = ?", arguments: [service])!
            let emails = try String.fetchAll(db, sql: "SELECT DISTINCT email FROM invitation WHERE service_id = ? AND email IS NOT NULL",
                                             arguments: [service])
            try db.execute(sql: "INSERT INTO erasure_window (open) VALUES (1)")

            let auditLines = try Self.auditLines(db, service: service, name: name).map(\.id)
            var scrubbed = [name] + emails
            // Free-text answers go from every revision; choices, numbers and the topic matrix stay.
            var revisions = 0
            for revision in try RevisionToScrub.fetchAll(db, sql: """
                SELECT rr.id, rr.answers, r.survey_version_id FROM response_revision rr JOIN response r ON r.id = rr.response_id
                WHERE r.service_id = ?
                """, arguments: [service]) {
                let survey = try self.version(db, id: revision.versionID).survey
                var answers = try StoredJSON.decode(Answers.self, json: revision.answers)
                for question in survey.questions where question.kind == .text {
                    if case .text(let typed)? = answers[question.id], !typed.isEmpty { scrubbed.append(typed) }
                    answers[question.id] = nil
                }
                try db.execute(sql: "UPDATE response_revision SET answers = ? WHERE id = ?", arguments: [try StoredJSON.encode(answers), revision.id])
                revisions += 1
            }
            // Free-text needs are their text: they go. Topic needs lose any text and stay as counts.
            let needsRemoved = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM need WHERE service_id = ? AND topic IS NULL", arguments: [service]) ?? 0
            try db.execute(sql: "DELETE FROM need WHERE service_id = ? AND topic IS NULL", arguments: [service])
            try db.execute(sql: "UPDATE need SET service = NULL, text = NULL WHERE service_id = ?", arguments: [service])
            let needsKept = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM need WHERE service_id = ?", arguments: [service]) ?? 0
            // Its links stop working: an open page's next autosave would otherwise store it all again.
            try db.execute(sql: "UPDATE invitation SET email = NULL, revoked_at = COALESCE(revoked_at, ?), revoked_by = COALESCE(revoked_by, ?) WHERE service_id = ?",
                           arguments: [now, actor, service])
            try db.execute(sql: "UPDATE service SET name = ? WHERE id = ?", arguments: ["erased service \(service)", service])
            // Only the service's own lines, whose subjects are ids; the longest values first, so
            // that a name inside a longer text goes with it.
            let values = Set(scrubbed).filter { $0.count >= 2 }.sorted { $0.count > $1.count }
            for line in auditLines {
                for value in values {
                    try db.execute(sql: "UPDATE audit_log SET detail = REPLACE(detail, ?, '[erased]') WHERE id = ? AND instr(detail, ?) > 0",
                                   arguments: [value, line, value])
                }
            }
            // Plan runs of the web app keep their exports (needs.csv, plan files) in the same
            // database: those naming the service go too.
            var planFiles = 0
            if try db.tableExists("web_plan_file") {
                for value in values {
                    try db.execute(sql: "DELETE FROM web_plan_file WHERE instr(CAST(content AS TEXT), ?) > 0", arguments: [value])
                    planFiles += db.changesCount
                }
            }
            try db.execute(sql: "INSERT INTO erasure (service_id, survey, what, erased_at, erased_by) VALUES (?, NULL, 'service', ?, ?)",
                           arguments: [service, now, actor])
            try db.execute(sql: "DELETE FROM erasure_window")
            try Self.audit(db, at: now, actor: actor, action: .erase, survey: nil, subject: "service \(service)",
                           detail: AuditText.serviceErased(reference, needsKept: needsKept))
            return ErasureReceipt(service: service, invitations: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invitation WHERE service_id = ?", arguments: [service]) ?? 0,
                                  revisions: revisions, needsKept: needsKept, needsRemoved: needsRemoved, auditLines: auditLines.count,
                                  planFiles: planFiles)
        }
    }

    public func setRetention(days: Int, of survey: String, by actor: String) async throws {
        let now = clock()
        try await writer.write { db in
            _ = try Self.latestVersionID(db, survey: survey)
            try db.execute(sql: """
                INSERT INTO retention (survey, days, set_at, set_by) VALUES (?, ?, ?, ?)
                ON CONFLICT(survey) DO UPDATE SET days = excluded.days, set_at = excluded.set_at, set_by = excluded.set_by
                """, arguments: [survey, days, now, actor])
            try Self.audit(db, at: now, actor: actor, action: .retention, survey: survey, subject: "retention",
                           detail: AuditText.retention(days: days))
        }
    }

    public func applyRetention(by actor: String) async throws -> [RetentionReceipt] {
        let now = clock()
        // Most runs find nothing to do: a read decides before anything is written.
        guard try await !writer.read({ db in try Self.surveysPastRetention(db, at: now) }).isEmpty else { return [] }
        return try await writer.write { db in try Self.applyRetention(db, at: now, by: actor) }
    }

    /// `applyRetention` for callers that are not async, such as a command opening the store.
    public func applyRetentionNow(by actor: String) throws -> [RetentionReceipt] {
        let now = clock()
        guard try !writer.read({ db in try Self.surveysPastRetention(db, at: now) }).isEmpty else { return [] }
        return try writer.write { db in try Self.applyRetention(db, at: now, by: actor) }
    }

    private static func applyRetention(_ db: Database, at now: Date, by actor: String) throws -> [RetentionReceipt] {
        var receipts: [RetentionReceipt] = []
        for survey in try surveysPastRetention(db, at: now) {
            try db.execute(sql: "UPDATE invitation SET email = NULL WHERE survey = ? AND email IS NOT NULL", arguments: [survey])
            let addresses = db.changesCount
            guard addresses > 0 else { continue }
            try db.execute(sql: "INSERT INTO erasure (service_id, survey, what, erased_at, erased_by) VALUES (NULL, ?, 'contact-data', ?, ?)",
                           arguments: [survey, now, actor])
            try audit(db, at: now, actor: actor, action: .erase, survey: survey, subject: "contact data",
                      detail: AuditText.addressesRemoved(addresses))
            receipts.append(RetentionReceipt(survey: survey, addresses: addresses))
        }
        return receipts
    }

    /// Surveys whose retention has passed and that still hold e-mail addresses. A survey closes
    /// when its last invitation expires.
    private static func surveysPastRetention(_ db: Database, at now: Date) throws -> [String] {
        try Row.fetchAll(db, sql: """
            SELECT r.survey, r.days, MAX(i.expires_at) AS closes, SUM(i.email IS NOT NULL) AS addresses
            FROM retention r JOIN invitation i ON i.survey = r.survey GROUP BY r.survey
            """).compactMap { row in
            let closes: Date = row["closes"], days: Int = row["days"], addresses: Int = row["addresses"]
            return addresses > 0 && now >= closes.addingTimeInterval(Double(days) * 86_400) ? row["survey"] : nil
        }
    }

    public func importedServices(of survey: String) async throws -> [ImportedService] {
        try await writer.read { db in
            try ImportedServiceRecord.fetchAll(db, sql: """
                SELECT s.id, s.country, s.kind, s.name, COUNT(n.id) AS needs FROM service s JOIN need n ON n.service_id = s.id
                WHERE n.survey = ? AND NOT EXISTS (SELECT 1 FROM invitation i WHERE i.service_id = s.id AND i.survey = ?)
                GROUP BY s.id ORDER BY s.id
                """, arguments: [survey, survey]).map(\.value)
        }
    }

    /// The service a reference names.
    private static func service(_ db: Database, _ reference: ServiceReference) throws -> Int64 {
        switch reference {
        case .invitation(let id):
            return try serviceOf(db, invitation: id)
        case .service(let id):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM service WHERE id = ?", arguments: [id]) == true else {
                throw SurveyStoreError.unknownServiceID(id)
            }
            return id
        }
    }

    /// The service an invitation was made for.
    private static func serviceOf(_ db: Database, invitation id: Int64) throws -> Int64 {
        guard let service = try Int64.fetchOne(db, sql: "SELECT service_id FROM invitation WHERE id = ?", arguments: [id]) else {
            throw SurveyStoreError.unknownInvitationID(id)
        }
        return service
    }

    /// The audit lines about a service: its invitations, its responses, or naming it.
    private static func auditLines(_ db: Database, service: Int64, name: String) throws -> [AuditLogLine] {
        let invitations = try Int64.fetchAll(db, sql: "SELECT id FROM invitation WHERE service_id = ?", arguments: [service]).map { "invitation \($0)" }
        let contributions = try String.fetchAll(db, sql: "SELECT contribution FROM response WHERE service_id = ?", arguments: [service])
            .map { "contribution \($0)" }
        let subjects = Set(invitations + contributions + ["service \(service)"])
        return try AuditLogLine.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id").filter {
            subjects.contains($0.line.subject) || $0.line.detail.contains("\"\(name)\"")
        }
    }
}
