import Foundation
import GRDB
import SurveyDefinition
import TrainingModel


extension GRDBSurveyStore {
    public func invite(_ requests: [InvitationRequest], to survey: String, expiresAt: Date, by actor: String) async throws -> [IssuedInvitation] {
        let now = clock()
        let tokens = requests.map { _ in InvitationToken.generate() }
        return try await writer.write { db in
            _ = try Self.latestVersionID(db, survey: survey)
            var issued: [IssuedInvitation] = []
            for (request, token) in zip(requests, tokens) {
                let service = try Self.serviceID(db, request.service, at: now.databaseValue)
                try db.execute(sql: """
                    INSERT INTO invitation (survey, service_id, email, token_sha256, created_at, created_by, expires_at, language)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [survey, service.id, request.email, Data(InvitationToken.hash(token)), now, actor, expiresAt,
                                     request.language?.tag])
                let id = db.lastInsertedRowID
                try Self.audit(db, at: now, actor: actor, action: .invite, survey: survey, subject: "invitation \(id)",
                               detail: AuditText.invited(request.service, newService: service.created))
                issued.append(IssuedInvitation(id: id, request: request, token: token, expiresAt: expiresAt))
            }
            return issued
        }
    }

    public func revokeInvitation(_ id: Int64, by actor: String) async throws {
        let now = clock()
        try await writer.write { db in
            guard let survey = try String.fetchOne(db, sql: "SELECT survey FROM invitation WHERE id = ?", arguments: [id]) else {
                throw SurveyStoreError.unknownInvitationID(id)
            }
            try db.execute(sql: "UPDATE invitation SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                           arguments: [now, actor, id])
            if db.changesCount > 0 {
                try Self.audit(db, at: now, actor: actor, action: .revoke, survey: survey, subject: "invitation \(id)", detail: AuditText.withdrawn)
            }
        }
    }

    public func invitations(of survey: String) async throws -> [InvitationOverview] {
        try await writer.read { db in
            _ = try Self.resolve(db, survey)
            return try InvitationOverviewRecord.fetchAll(db, sql: """
                SELECT i.id, i.email, i.language, i.expires_at, i.revoked_at, s.country, s.kind, s.name, \(ResponseProgress.columns),
                       (SELECT rr.state FROM response_revision rr WHERE rr.response_id = r.id ORDER BY rr.number DESC LIMIT 1) AS latest_state,
                       (SELECT o.reopened_at FROM reopening o WHERE o.response_id = r.id ORDER BY o.id DESC LIMIT 1) AS reopened_at
                FROM invitation i JOIN service s ON s.id = i.service_id LEFT JOIN response r ON r.invitation_id = i.id
                WHERE i.survey = ? ORDER BY i.id
                """, arguments: [survey]).map(\.value)
        }
    }

    /// The invitation a token opens; unknown and withdrawn invitations are refused here,
    /// expiry is left to the caller (a submitted response can still be shown).
    static func invitation(_ db: Database, token: String) throws -> InvitationRow {
        guard InvitationToken.isWellFormed(token) else { throw SurveyStoreError.unknownInvitation }
        let hash = InvitationToken.hash(token)
        // The lookup by hash reveals nothing usable about the token: learning a token from the
        // timing of an index lookup of its SHA-256 would mean inverting SHA-256.
        guard let found = try TokenMatch.fetchOne(db, sql: """
            SELECT i.id, i.survey, i.service_id, i.expires_at, i.revoked_at, i.language, s.country, s.kind, s.name
            FROM invitation i JOIN service s ON s.id = i.service_id
            WHERE i.token_sha256 = ? OR i.id = (SELECT l.invitation_id FROM invitation_link l WHERE l.token_sha256 = ?)
            """, arguments: [Data(hash), Data(hash)]) else {
            throw SurveyStoreError.unknownInvitation
        }
        if let revoked = found.revokedAt {
            throw SurveyStoreError.revokedInvitation(revoked)
        }
        return found.invitation
    }

    public func openInvitation(token: String) async throws -> OpenedInvitation {
        let now = clock()
        return try await writer.read { db in
            let invitation = try Self.invitation(db, token: token)
            let response = try Self.response(db, invitation: invitation.id)
            let expired = now >= invitation.expiresAt
            // A reopened response whose link expired before it was submitted again shows its
            // last submission, read-only: that submission still stands.
            let receipt = expired ? response?.lastReceipt : response?.receipt
            if receipt == nil && expired {
                throw SurveyStoreError.expiredInvitation(invitation.expiresAt)
            }
            let version = try response.map { try self.version(db, id: $0.versionID) }
                ?? self.latestVersion(db, survey: invitation.survey)
            // The latest revision's id is read every time; its answers are decoded once.
            let answers = try response.flatMap { response in
                try Int64.fetchOne(db.cachedStatement(sql: """
                    SELECT id FROM response_revision WHERE response_id = ? AND (state = 'submitted' OR ?)
                    ORDER BY number DESC LIMIT 1
                    """), arguments: [response.id, receipt == nil])
            }.map { revision in
                try revisionAnswers.answers(revision) {
                    try StoredJSON.decode(Answers.self, json: String.fetchOne(db, sql: "SELECT answers FROM response_revision WHERE id = ?",
                                                                          arguments: [revision]) ?? "{}")
                }
            }
            return OpenedInvitation(invitation: invitation.id, service: invitation.service, version: version.version, survey: version.survey,
                                    language: invitation.language, answers: answers, submission: receipt)
        }
    }
}
