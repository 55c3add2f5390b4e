import Foundation
import PostgresNIO
import SurveyDefinition
import SurveyStore
import TrainingModel

extension PostgresSurveyStore {
    typealias OpenResponse = (id: Int64, contribution: String, versionID: Int64)

    public func saveDraft(token: String, answers: Answers, origin: DraftOrigin) async throws -> DraftReceipt {
        let now = clock()
        let json = try encodedAnswers(answers)
        let autosave = origin == .autosave
        return try await database.locking { db in
            let (invitation, response) = try await Self.openForSaving(db, token: token, at: now)
            let target: OpenResponse
            if let response { target = response } else { target = try await Self.startResponse(db, invitation: invitation, at: now) }
            if response != nil, let latest = try await Self.latestRevision(db, response: target.id),
               latest.state == .draft, latest.answers == json, autosave || !latest.autosave {
                // Already stored as asked, checked in the same transaction as the write would be.
                return DraftReceipt(contribution: target.contribution, revision: latest.number)
            }
            if !autosave { try await Self.checkRoom(db, response: target.id, adding: json) }
            let number = try await Self.addRevision(db, response: target.id, state: .draft, answers: json, at: now, autosave: autosave)
            if !autosave {
                try await Self.audit(db, at: now, actor: "invitation \(invitation.id)", action: .save, survey: invitation.survey,
                                     subject: "contribution \(target.contribution)", detail: AuditText.draftSaved(revision: number))
            }
            return DraftReceipt(contribution: target.contribution, revision: number)
        }
    }

    /// Refuses a revision kept for good that would take the response past its room.
    private static func checkRoom(_ db: PostgresConnection, response: Int64, adding json: String) async throws {
        let kept = try await db.value("""
            SELECT COALESCE(SUM(octet_length(answers)), 0)::bigint FROM response_revision WHERE response_id = \(response) AND NOT autosave
            """, as: Int.self) ?? 0
        guard kept + json.utf8.count <= GRDBSurveyStore.maximumKeptAnswerBytes else {
            throw SurveyStoreError.draftsQuotaReached(limit: GRDBSurveyStore.maximumKeptAnswerBytes)
        }
    }

    private static func latestRevision(_ db: PostgresConnection, response: Int64) async throws -> (number: Int, state: ResponseRevision.State, answers: String, autosave: Bool)? {
        guard let row = try await db.rows("""
            SELECT number, state, answers, autosave FROM response_revision WHERE response_id = \(response) ORDER BY number DESC LIMIT 1
            """).first else { return nil }
        return (try row.get("number"), ResponseRevision.State(stored: try row.get("state")), try row.get("answers"), try row.get("autosave"))
    }

    public func submit(token: String, answers: Answers) async throws -> SubmissionReceipt {
        let now = clock()
        let json = try encodedAnswers(answers)
        let outcome: SubmitOutcome = try await database.locking { db in
            let invitation = try await Self.invitation(db, token: token, lock: true)
            let existing = try await Self.response(db, invitation: invitation.id)
            if let receipt = existing?.receipt {
                return .submitted(receipt)
            }
            guard now < invitation.expiresAt else { throw SurveyStoreError.expiredInvitation(invitation.expiresAt) }
            let response: OpenResponse
            if let existing {
                response = (existing.id, existing.contribution, existing.versionID)
            } else {
                response = try await Self.startResponse(db, invitation: invitation, at: now)
            }
            let survey = try await self.version(db, id: response.versionID).survey
            let check = AnswerValidator(survey: survey).check(answers, mode: .submission)
            guard check.isValid else {
                try await Self.checkRoom(db, response: response.id, adding: json)
                // Nothing the respondent typed is lost: the refused answers become a draft.
                let number = try await Self.addRevision(db, response: response.id, state: .draft, answers: json, at: now)
                try await Self.audit(db, at: now, actor: "invitation \(invitation.id)", action: .save, survey: invitation.survey,
                                     subject: "contribution \(response.contribution)", detail: AuditText.submissionRefused(revision: number, problems: check.problems.count))
                return .rejected(check.problems)
            }
            let number = try await Self.addRevision(db, response: response.id, state: .submitted, answers: json, at: now)
            let submission = (existing?.submissions ?? 0) + 1
            let mapping = NeedsMapping(survey: survey)
            let needs = mapping.needs(from: check.counted, service: invitation.service,
                                      idPrefix: GRDBSurveyStore.needIDPrefix(contribution: response.contribution, submission: submission))
            if submission > 1 {
                // A submission after a reopening replaces the needs of the one before.
                try await db.exec("DELETE FROM need WHERE response_id = \(response.id)")
            }
            try await Self.insertNeeds(db, needs, survey: invitation.survey, responses: Array(repeating: response.id, count: needs.count),
                                       services: Array(repeating: invitation.serviceID, count: needs.count))
            let languages = mapping.serviceLanguages(from: check.counted)
            if !languages.isEmpty {
                try await db.exec("UPDATE service SET languages = \(languages.map(\.tag).joined(separator: " ")) WHERE id = \(invitation.serviceID)")
            }
            try await Self.audit(db, at: now, actor: "invitation \(invitation.id)", action: .submit, survey: invitation.survey,
                                 subject: "contribution \(response.contribution)",
                                 detail: AuditText.submitted(revision: number, needs: needs.count, submission: submission))
            return .submitted(SubmissionReceipt(contribution: response.contribution, submittedAt: now, needs: needs.count, alreadySubmitted: false))
        }
        switch outcome {
        case .submitted(let receipt): return receipt
        case .rejected(let problems): throw SurveyStoreError.answersRejected(problems)
        }
    }

    public func revisions(ofInvitation id: Int64) async throws -> [ResponseRevision] {
        try await database.read { db in
            try await db.rows("""
                SELECT rr.number, rr.state, rr.answers, rr.saved_at FROM response_revision rr
                JOIN response r ON r.id = rr.response_id WHERE r.invitation_id = \(id) ORDER BY rr.number
                """).map { row in
                ResponseRevision(number: try row.get("number"), state: ResponseRevision.State(stored: try row.get("state")),
                                 answers: try StoredJSON.decode(Answers.self, json: try row.get("answers")), savedAt: try row.get("saved_at"))
            }
        }
    }

    private enum SubmitOutcome: Sendable {
        case submitted(SubmissionReceipt)
        case rejected([AnswerProblem])
    }

    private func encodedAnswers(_ answers: Answers) throws -> String {
        let json = try StoredJSON.encode(answers)
        guard json.utf8.count <= GRDBSurveyStore.maximumAnswerBytes else {
            throw SurveyStoreError.answersTooLarge(bytes: json.utf8.count, limit: GRDBSurveyStore.maximumAnswerBytes)
        }
        return json
    }

    private static func openForSaving(_ db: PostgresConnection, token: String, at now: Date) async throws -> (InvitationRow, OpenResponse?) {
        let invitation = try await invitation(db, token: token, lock: true)
        let response = try await response(db, invitation: invitation.id)
        if let receipt = response?.receipt {
            throw SurveyStoreError.alreadySubmitted(contribution: receipt.contribution, at: receipt.submittedAt)
        }
        guard now < invitation.expiresAt else { throw SurveyStoreError.expiredInvitation(invitation.expiresAt) }
        return (invitation, response.map { ($0.id, $0.contribution, $0.versionID) })
    }

    private static func startResponse(_ db: PostgresConnection, invitation: InvitationRow, at now: Date) async throws -> OpenResponse {
        let versionID = try await latestVersionID(db, survey: invitation.survey)
        let created = try await createResponse(db, versionID: versionID, serviceID: invitation.serviceID, invitationID: invitation.id, origin: "survey", at: now)
        return (created.id, created.contribution, versionID)
    }
}
