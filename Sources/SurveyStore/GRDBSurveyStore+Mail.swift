import Foundation
import GRDB
import TrainingModel

extension GRDBSurveyStore {
    public func issueLink(invitation id: Int64, by actor: String) async throws -> String {
        let now = clock()
        let token = InvitationToken.generate()
        try await writer.write { db in
            guard let invitation = try InvitationDates.fetchOne(db, sql: InvitationDates.sql, arguments: [id]) else {
                throw SurveyStoreError.unknownInvitationID(id)
            }
            if let revoked = invitation.revokedAt { throw SurveyStoreError.revokedInvitation(revoked) }
            guard now < invitation.expiresAt else { throw SurveyStoreError.expiredInvitation(invitation.expiresAt) }
            try db.execute(sql: "INSERT INTO invitation_link (token_sha256, invitation_id, created_at) VALUES (?, ?, ?)",
                           arguments: [Data(InvitationToken.hash(token)), id, now])
            try Self.audit(db, at: now, actor: actor, action: .invite, survey: invitation.survey, subject: "invitation \(id)",
                           detail: AuditText.furtherLink)
        }
        return token
    }

    public func recordMail(_ kind: String, invitation id: Int64, failure: String?, by actor: String) async throws {
        let now = clock()
        try await writer.write { db in
            let survey = try String.fetchOne(db, sql: "SELECT survey FROM invitation WHERE id = ?", arguments: [id])
            try Self.audit(db, at: now, actor: actor, action: .mail, survey: survey, subject: "invitation \(id)",
                           // The address stays out of the log: retention and erasure remove it from the invitation.
                           detail: AuditText.mailed(kind, failure: failure))
        }
    }

    public func recordExport(_ subject: String, of survey: String, detail: String, by actor: String) async throws {
        let now = clock()
        try await writer.write { db in
            try Self.audit(db, at: now, actor: actor, action: .export, survey: survey, subject: subject, detail: detail)
        }
    }
}
