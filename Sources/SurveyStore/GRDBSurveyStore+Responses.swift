import Foundation
import GRDB
import SurveyDefinition
import TrainingModel

extension GRDBSurveyStore {
    public func saveDraft(token: String, answers: Answers, origin: DraftOrigin) async throws -> DraftReceipt {
        let now = clock()
        let json = try encodedAnswers(answers)
        let autosave = origin == .autosave
        return try await writer.write { db in
            let (invitation, response) = try Self.openForSaving(db, token: token, at: now)
            let target = try response ?? Self.startResponse(db, invitation: invitation, at: now)
            if response != nil, let latest = try Self.latestRevision(db, response: target.id),
               latest.state == .draft, latest.answers == json, autosave || !latest.autosave {
                // Already stored as asked, checked in the same transaction as the write would be:
                // nothing to add, and the receipt names the revision that holds these answers.
                return DraftReceipt(contribution: target.contribution, revision: latest.number)
            }
            if !autosave { try Self.checkRoom(db, response: target.id, adding: json) }
            let number = try Self.addRevision(db, response: target.id, state: .draft, answers: json, at: now.databaseValue, autosave: autosave)
            // Autosaves come every 30 s and are compacted: the log records the respondent's own saves.
            if !autosave {
                try Self.audit(db, at: now, actor: "invitation \(invitation.id)", action: .save, survey: invitation.survey,
                               subject: "contribution \(target.contribution)", detail: AuditText.draftSaved(revision: number))
            }
            return DraftReceipt(contribution: target.contribution, revision: number)
        }
    }

    /// Refuses a revision kept for good that would take the response past its room.
    private static func checkRoom(_ db: Database, response: Int64, adding json: String) throws {
        let kept = try Int.fetchOne(db, sql: """
            SELECT COALESCE(SUM(LENGTH(CAST(answers AS BLOB))), 0) FROM response_revision WHERE response_id = ? AND autosave = 0
            """, arguments: [response]) ?? 0
        guard kept + json.utf8.count <= maximumKeptAnswerBytes else {
            throw SurveyStoreError.draftsQuotaReached(limit: maximumKeptAnswerBytes)
        }
    }

    /// The newest revision of a response.
    private static func latestRevision(_ db: Database, response: Int64) throws -> StoredRevision? {
        try StoredRevision.fetchOne(db.cachedStatement(sql: """
            SELECT number, state, answers, autosave, saved_at FROM response_revision WHERE response_id = ? ORDER BY number DESC LIMIT 1
            """), arguments: [response])
    }

    public func submit(token: String, answers: Answers) async throws -> SubmissionReceipt {
        let now = clock()
        let json = try encodedAnswers(answers)
        let outcome: SubmitOutcome = try await writer.write { db in
            let invitation = try Self.invitation(db, token: token)
            let existing = try Self.response(db, invitation: invitation.id)
            if let receipt = existing?.receipt {
                // A repeated submission (double click, retry after a lost connection)
                // is the same submission: same receipt, nothing stored.
                return .submitted(receipt)
            }
            guard now < invitation.expiresAt else { throw SurveyStoreError.expiredInvitation(invitation.expiresAt) }
            let response = try existing.map { (id: $0.id, contribution: $0.contribution, versionID: $0.versionID) }
                ?? Self.startResponse(db, invitation: invitation, at: now)
            let survey = try self.version(db, id: response.versionID).survey
            let check = AnswerValidator(survey: survey).check(answers, mode: .submission)
            guard check.isValid else {
                try Self.checkRoom(db, response: response.id, adding: json)
                // Nothing the respondent typed is lost: the refused answers become a draft.
                let number = try Self.addRevision(db, response: response.id, state: .draft, answers: json, at: now.databaseValue)
                try Self.audit(db, at: now, actor: "invitation \(invitation.id)", action: .save, survey: invitation.survey,
                               subject: "contribution \(response.contribution)", detail: AuditText.submissionRefused(revision: number, problems: check.problems.count))
                return .rejected(check.problems)
            }
            let number = try Self.addRevision(db, response: response.id, state: .submitted, answers: json, at: now.databaseValue)
            let submission = (existing?.submissions ?? 0) + 1
            let mapping = NeedsMapping(survey: survey)
            let needs = mapping.needs(from: check.counted, service: invitation.service,
                                      idPrefix: Self.needIDPrefix(contribution: response.contribution, submission: submission))
            if submission > 1 {
                // A submission after a reopening replaces the needs of the one before.
                try db.execute(sql: "DELETE FROM need WHERE response_id = ?", arguments: [response.id])
            }
            try Self.insertNeeds(db, needs, survey: invitation.survey, response: response.id, service: invitation.serviceID)
            let languages = mapping.serviceLanguages(from: check.counted)
            if !languages.isEmpty {
                try db.execute(sql: "UPDATE service SET languages = ? WHERE id = ?",
                               arguments: [languages.map(\.tag).joined(separator: " "), invitation.serviceID])
            }
            try Self.audit(db, at: now, actor: "invitation \(invitation.id)", action: .submit, survey: invitation.survey,
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
        try await writer.read { db in
            try StoredRevision.fetchAll(db, sql: """
                SELECT rr.number, rr.state, rr.answers, rr.autosave, rr.saved_at FROM response_revision rr
                JOIN response r ON r.id = rr.response_id WHERE r.invitation_id = ? ORDER BY rr.number
                """, arguments: [id]).map { try $0.revision() }
        }
    }

    /// The prefix of the need ids of a response's `submission`th submission. Later submissions
    /// get ids of their own (`K7Q2ABCD-2-01`), so that an id once exported never names another need.
    package static func needIDPrefix(contribution: String, submission: Int) -> String {
        submission == 1 ? contribution : "\(contribution)-\(submission)"
    }

    private enum SubmitOutcome: Sendable {
        case submitted(SubmissionReceipt)
        case rejected([AnswerProblem])
    }

    private func encodedAnswers(_ answers: Answers) throws -> String {
        let json = try StoredJSON.encode(answers)
        guard json.utf8.count <= Self.maximumAnswerBytes else {
            throw SurveyStoreError.answersTooLarge(bytes: json.utf8.count, limit: Self.maximumAnswerBytes)
        }
        return json
    }

    /// The invitation and its response when a draft may still be saved: not withdrawn, not
    /// expired, not submitted (or reopened since).
    private static func openForSaving(_ db: Database, token: String, at now: Date) throws -> (InvitationRow, (id: Int64, contribution: String, versionID: Int64)?) {
        let invitation = try invitation(db, token: token)
        let response = try response(db, invitation: invitation.id)
        if let receipt = response?.receipt {
            throw SurveyStoreError.alreadySubmitted(contribution: receipt.contribution, at: receipt.submittedAt)
        }
        guard now < invitation.expiresAt else { throw SurveyStoreError.expiredInvitation(invitation.expiresAt) }
        return (invitation, response.map { ($0.id, $0.contribution, $0.versionID) })
    }

    /// The response of an invitation's first save: it answers the newest version, and keeps
    /// answering that version whatever is published later.
    private static func startResponse(_ db: Database, invitation: InvitationRow, at now: Date) throws -> (id: Int64, contribution: String, versionID: Int64) {
        let versionID = try latestVersionID(db, survey: invitation.survey)
        let created = try createResponse(db, versionID: versionID, serviceID: invitation.serviceID, invitationID: invitation.id, origin: "survey", at: now.databaseValue)
        return (created.id, created.contribution, versionID)
    }
}
