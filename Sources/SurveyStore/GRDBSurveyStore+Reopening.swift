import Foundation
import GRDB

extension GRDBSurveyStore {
    public func reopenInvitation(_ id: Int64, by actor: String) async throws -> ReopenReceipt {
        let now = clock()
        return try await writer.write { db in
            guard let invitation = try InvitationDates.fetchOne(db, sql: InvitationDates.sql, arguments: [id]) else {
                throw SurveyStoreError.unknownInvitationID(id)
            }
            if let revoked = invitation.revokedAt {
                throw SurveyStoreError.reopenRefused(invitation: id, .withdrawn(revoked))
            }
            // A response reopened after its link expired could never be submitted again.
            let expiry = invitation.expiresAt
            guard now < expiry else { throw SurveyStoreError.reopenRefused(invitation: id, .expired(expiry)) }
            guard let response = try Self.response(db, invitation: id), response.submissions > 0 else {
                throw SurveyStoreError.reopenRefused(invitation: id, .notSubmitted)
            }
            guard response.isSubmitted else {
                // Reopening twice (a double click, a retry) is one reopening.
                let at = try Date.fetchOne(db, sql: "SELECT reopened_at FROM reopening WHERE response_id = ? ORDER BY id DESC LIMIT 1",
                                           arguments: [response.id])!
                return ReopenReceipt(contribution: response.contribution, reopenedAt: at, alreadyReopened: true)
            }
            try db.execute(sql: "INSERT INTO reopening (response_id, reopened_at, reopened_by) VALUES (?, ?, ?)",
                           arguments: [response.id, now, actor])
            try Self.audit(db, at: now, actor: actor, action: .reopen, survey: invitation.survey, subject: "invitation \(id)",
                           detail: AuditText.reopened(contribution: response.contribution, afterSubmission: response.submissions, needs: response.needs))
            return ReopenReceipt(contribution: response.contribution, reopenedAt: now, alreadyReopened: false)
        }
    }
}
