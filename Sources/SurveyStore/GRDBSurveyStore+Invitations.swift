import Foundation
import GRDB
import SurveyDefinition
import TrainingModel

/// An invitation row as the response steps need it.
struct InvitationRow {
    var id: Int64
    var survey: String
    var serviceID: Int64
    var service: ServiceIdentity
    var expiresAt: Date
}

extension GRDBSurveyStore {
    public func invite(_ requests: [InvitationRequest], to survey: String, expiresAt: Date, by actor: String) async throws -> [IssuedInvitation] {
        let now = clock()
        let tokens = requests.map { _ in InvitationToken.generate() }
        return try await writer.write { db in
            _ = try Self.latestVersion(db, survey: survey)
            var issued: [IssuedInvitation] = []
            for (request, token) in zip(requests, tokens) {
                let service = try Self.serviceID(db, request.service, at: now.databaseValue)
                try db.execute(sql: """
                    INSERT INTO invitation (survey, service_id, email, token_sha256, created_at, created_by, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [survey, service.id, request.email, Data(InvitationToken.hash(token)), now, actor, expiresAt])
                let id = db.lastInsertedRowID
                try Self.audit(db, at: now, actor: actor, action: .invite, survey: survey, subject: "invitation \(id)",
                               detail: "\(request.service.country) \(request.service.kind.rawValue) \"\(request.service.name)\"" + (service.created ? " (new service)" : ""))
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
                try Self.audit(db, at: now, actor: actor, action: .revoke, survey: survey, subject: "invitation \(id)", detail: "withdrawn")
            }
        }
    }

    /// The invitation a token opens; unknown and withdrawn invitations are refused here,
    /// expiry is left to the caller (a submitted response can still be shown).
    static func invitation(_ db: Database, token: String) throws -> InvitationRow {
        guard InvitationToken.isWellFormed(token) else { throw SurveyStoreError.unknownInvitation }
        let hash = InvitationToken.hash(token)
        // The lookup by hash reveals nothing usable about the token (finding a token from
        // its hash's timing would mean inverting SHA-256); the stored hash is compared
        // again in constant time before it is trusted.
        guard let row = try Row.fetchOne(db, sql: """
            SELECT i.id, i.survey, i.service_id, i.token_sha256, i.expires_at, i.revoked_at, s.country, s.kind, s.name
            FROM invitation i JOIN service s ON s.id = i.service_id WHERE i.token_sha256 = ?
            """, arguments: [Data(hash)]),
              InvitationToken.constantTimeEquals([UInt8](row["token_sha256"] as Data), hash) else {
            throw SurveyStoreError.unknownInvitation
        }
        if let revoked = row["revoked_at"] as Date? {
            throw SurveyStoreError.revokedInvitation(revoked)
        }
        return InvitationRow(
            id: row["id"], survey: row["survey"], serviceID: row["service_id"],
            service: ServiceIdentity(country: CountryCode(row["country"]), kind: ServiceKind(rawValue: row["kind"]) ?? .other, name: row["name"]),
            expiresAt: row["expires_at"])
    }

    /// The response to an invitation, if one was saved, and its submission if any.
    static func response(_ db: Database, invitation: Int64) throws -> (id: Int64, contribution: String, versionID: Int64, submitted: (at: Date, needs: Int)?)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, contribution, survey_version_id FROM response WHERE invitation_id = ?", arguments: [invitation]) else {
            return nil
        }
        let id: Int64 = row["id"]
        var submitted: (Date, Int)?
        if let at = try Date.fetchOne(db, sql: "SELECT saved_at FROM response_revision WHERE response_id = ? AND state = 'submitted'", arguments: [id]) {
            submitted = (at, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM need WHERE response_id = ?", arguments: [id]) ?? 0)
        }
        return (id, row["contribution"], row["survey_version_id"], submitted)
    }

    public func openInvitation(token: String) async throws -> OpenedInvitation {
        let now = clock()
        return try await writer.read { db in
            let invitation = try Self.invitation(db, token: token)
            let response = try Self.response(db, invitation: invitation.id)
            if response?.submitted == nil && now >= invitation.expiresAt {
                throw SurveyStoreError.expiredInvitation(invitation.expiresAt)
            }
            let version = try response.map { try Self.version(db, id: $0.versionID) } ?? Self.latestVersion(db, survey: invitation.survey).version
            let answers = try response.flatMap { response in
                try String.fetchOne(db, sql: "SELECT answers FROM response_revision WHERE response_id = ? ORDER BY number DESC LIMIT 1",
                                    arguments: [response.id])
            }.map { try Self.decode(Answers.self, json: $0) }
            let receipt = response.flatMap { response in
                response.submitted.map { SubmissionReceipt(contribution: response.contribution, submittedAt: $0.at, needs: $0.needs, alreadySubmitted: true) }
            }
            return OpenedInvitation(invitation: invitation.id, service: invitation.service, version: version, answers: answers, submission: receipt)
        }
    }
}
