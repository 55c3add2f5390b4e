import Foundation
import PostgresNIO
import SurveyDefinition
import SurveyStore
import TrainingModel


extension PostgresSurveyStore {
    public func invite(_ requests: [InvitationRequest], to survey: String, expiresAt: Date, by actor: String) async throws -> [IssuedInvitation] {
        let now = clock()
        let tokens = requests.map { _ in InvitationToken.generate() }
        return try await database.write { db in
            _ = try await Self.latestVersionID(db, survey: survey)
            var issued: [IssuedInvitation] = []
            for (request, token) in zip(requests, tokens) {
                let service = try await Self.serviceID(db, request.service, at: now)
                let id = try await db.value("""
                    INSERT INTO invitation (survey, service_id, email, token_sha256, created_at, created_by, expires_at, language)
                    VALUES (\(survey), \(service.id), \(request.email), \(Data(InvitationToken.hash(token))), \(now), \(actor), \(expiresAt),
                            \(request.language?.tag))
                    RETURNING id
                    """, as: Int64.self)!
                try await Self.audit(db, at: now, actor: actor, action: .invite, survey: survey, subject: "invitation \(id)",
                                     detail: AuditText.invited(request.service, newService: service.created))
                issued.append(IssuedInvitation(id: id, request: request, token: token, expiresAt: expiresAt))
            }
            return issued
        }
    }

    public func revokeInvitation(_ id: Int64, by actor: String) async throws {
        let now = clock()
        try await database.write { db in
            guard let survey = try await db.value("SELECT survey FROM invitation WHERE id = \(id)", as: String.self) else {
                throw SurveyStoreError.unknownInvitationID(id)
            }
            let changed = try await db.exec("""
                UPDATE invitation SET revoked_at = \(now), revoked_by = \(actor) WHERE id = \(id) AND revoked_at IS NULL RETURNING 1
                """)
            if changed > 0 {
                try await Self.audit(db, at: now, actor: actor, action: .revoke, survey: survey, subject: "invitation \(id)", detail: AuditText.withdrawn)
            }
        }
    }

    public func invitations(of survey: String) async throws -> [InvitationOverview] {
        try await database.read { db in
            _ = try await Self.resolve(db, survey)
            return try await db.rows("""
                SELECT i.id, i.email, i.language, i.expires_at, i.revoked_at, s.country, s.kind, s.name, \(unescaped: ResponseProgress.columns),
                       (SELECT rr.state FROM response_revision rr WHERE rr.response_id = r.id ORDER BY rr.number DESC LIMIT 1) AS latest_state,
                       (SELECT o.reopened_at FROM reopening o WHERE o.response_id = r.id ORDER BY o.id DESC LIMIT 1) AS reopened_at
                FROM invitation i JOIN service s ON s.id = i.service_id LEFT JOIN response r ON r.invitation_id = i.id
                WHERE i.survey = \(survey) ORDER BY i.id
                """).map(Self.overview)
        }
    }

    private static func overview(_ row: PostgresRandomAccessRow) throws -> InvitationOverview {
        InvitationOverview(
            id: try row.get("id"), email: try row.get("email", as: String?.self), language: try row.get("language", as: String?.self),
            expiresAt: try row.get("expires_at"), revokedAt: try row.get("revoked_at", as: Date?.self),
            country: try row.get("country"), kind: try row.get("kind"), name: try row.get("name"),
            submissions: try row.get("submissions"), reopenings: try row.get("reopenings"),
            lastSubmittedAt: try row.get("last_submitted_at", as: Date?.self), latestState: try row.get("latest_state", as: String?.self),
            reopenedAt: try row.get("reopened_at", as: Date?.self))
    }

    /// The invitation a token opens; unknown and withdrawn invitations are refused here,
    /// expiry is left to the caller (a submitted response can still be shown). `lock` takes the
    /// invitation's row for the rest of the transaction: the steps that change its response do.
    static func invitation(_ db: PostgresConnection, token: String, lock: Bool = false) async throws -> InvitationRow {
        guard InvitationToken.isWellFormed(token) else { throw SurveyStoreError.unknownInvitation }
        let hash = Data(InvitationToken.hash(token))
        guard let row = try await db.rows("""
            SELECT i.id, i.survey, i.service_id, i.expires_at, i.revoked_at, i.language, s.country, s.kind, s.name
            FROM invitation i JOIN service s ON s.id = i.service_id
            WHERE i.token_sha256 = \(hash) OR i.id = (SELECT l.invitation_id FROM invitation_link l WHERE l.token_sha256 = \(hash))
            \(unescaped: lock ? "FOR UPDATE OF i" : "")
            """).first else {
            throw SurveyStoreError.unknownInvitation
        }
        if let revoked = try row.get("revoked_at", as: Date?.self) {
            throw SurveyStoreError.revokedInvitation(revoked)
        }
        return InvitationRow(
            id: try row.get("id"), survey: try row.get("survey"), serviceID: try row.get("service_id"),
            country: try row.get("country"), kind: try row.get("kind"), name: try row.get("name"),
            expiresAt: try row.get("expires_at"), language: try row.get("language", as: String?.self))
    }

    public func openInvitation(token: String) async throws -> OpenedInvitation {
        let now = clock()
        return try await database.read { db in
            let invitation = try await Self.invitation(db, token: token)
            let response = try await Self.response(db, invitation: invitation.id)
            let expired = now >= invitation.expiresAt
            // A reopened response whose link expired before it was submitted again shows its
            // last submission, read-only: that submission still stands.
            let receipt = expired ? response?.lastReceipt : response?.receipt
            if receipt == nil && expired {
                throw SurveyStoreError.expiredInvitation(invitation.expiresAt)
            }
            let version: SurveyVersionCache.Entry
            if let response {
                version = try await self.version(db, id: response.versionID)
            } else {
                version = try await self.latestVersion(db, survey: invitation.survey)
            }
            // The latest revision's id is read every time; its answers are decoded once.
            var answers: Answers?
            if let response, let row = try await db.rows("""
                SELECT id, answers FROM response_revision WHERE response_id = \(response.id) AND (state = 'submitted' OR \(receipt == nil))
                ORDER BY number DESC LIMIT 1
                """).first {
                let json: String = try row.get("answers")
                answers = try revisionAnswers.answers(try row.get("id")) { try StoredJSON.decode(Answers.self, json: json) }
            }
            return OpenedInvitation(invitation: invitation.id, service: invitation.service, version: version.version, survey: version.survey,
                                    language: invitation.language, answers: answers, submission: receipt)
        }
    }

    public func issueLink(invitation id: Int64, by actor: String) async throws -> String {
        let now = clock()
        let token = InvitationToken.generate()
        try await database.write { db in
            guard let row = try await db.rows("SELECT survey, expires_at, revoked_at FROM invitation WHERE id = \(id)").first else {
                throw SurveyStoreError.unknownInvitationID(id)
            }
            if let revoked = try row.get("revoked_at", as: Date?.self) { throw SurveyStoreError.revokedInvitation(revoked) }
            let expires: Date = try row.get("expires_at")
            guard now < expires else { throw SurveyStoreError.expiredInvitation(expires) }
            try await db.exec("""
                INSERT INTO invitation_link (token_sha256, invitation_id, created_at) VALUES (\(Data(InvitationToken.hash(token))), \(id), \(now))
                """)
            try await Self.audit(db, at: now, actor: actor, action: .invite, survey: try row.get("survey"), subject: "invitation \(id)",
                                 detail: AuditText.furtherLink)
        }
        return token
    }

    public func recordMail(_ kind: String, invitation id: Int64, failure: String?, by actor: String) async throws {
        let now = clock()
        try await database.write { db in
            let survey = try await db.value("SELECT survey FROM invitation WHERE id = \(id)", as: String.self)
            try await Self.audit(db, at: now, actor: actor, action: .mail, survey: survey, subject: "invitation \(id)",
                                 // The address stays out of the log: retention and erasure remove it from the invitation.
                                 detail: AuditText.mailed(kind, failure: failure))
        }
    }

    public func recordExport(_ subject: String, of survey: String, detail: String, by actor: String) async throws {
        let now = clock()
        try await database.write { db in
            try await Self.audit(db, at: now, actor: actor, action: .export, survey: survey, subject: subject, detail: detail)
        }
    }

    public func reopenInvitation(_ id: Int64, by actor: String) async throws -> ReopenReceipt {
        let now = clock()
        return try await database.locking { db in
            guard let invitation = try await db.rows("SELECT survey, expires_at, revoked_at FROM invitation WHERE id = \(id) FOR UPDATE").first else {
                throw SurveyStoreError.unknownInvitationID(id)
            }
            if let revoked = try invitation.get("revoked_at", as: Date?.self) {
                throw SurveyStoreError.reopenRefused(invitation: id, .withdrawn(revoked))
            }
            // A response reopened after its link expired could never be submitted again.
            let expiry: Date = try invitation.get("expires_at")
            guard now < expiry else { throw SurveyStoreError.reopenRefused(invitation: id, .expired(expiry)) }
            guard let response = try await Self.response(db, invitation: id), response.submissions > 0 else {
                throw SurveyStoreError.reopenRefused(invitation: id, .notSubmitted)
            }
            guard response.isSubmitted else {
                // Reopening twice (a double click, a retry) is one reopening.
                let at = try await db.value("SELECT reopened_at FROM reopening WHERE response_id = \(response.id) ORDER BY id DESC LIMIT 1",
                                            as: Date.self)!
                return ReopenReceipt(contribution: response.contribution, reopenedAt: at, alreadyReopened: true)
            }
            try await db.exec("INSERT INTO reopening (response_id, reopened_at, reopened_by) VALUES (\(response.id), \(now), \(actor))")
            try await Self.audit(db, at: now, actor: actor, action: .reopen, survey: try invitation.get("survey"), subject: "invitation \(id)",
                                 detail: AuditText.reopened(contribution: response.contribution, afterSubmission: response.submissions, needs: response.needs))
            return ReopenReceipt(contribution: response.contribution, reopenedAt: now, alreadyReopened: false)
        }
    }
}
