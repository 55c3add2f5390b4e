import Foundation
import GRDB
import NeedsInventory
import SurveyDefinition
import Testing
import TrainingModel
@testable import SurveyStore

@Suite("Reopening a submitted response")
struct ReopeningTests {
    /// A store with the small survey and one invitation, valid 30 days.
    static func invited(_ engine: Engine) async throws -> (any SurveyStore, TestClock, IssuedInvitation) {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await store.invite([InvitationRequest(service: Fixtures.liege)], to: "small",
                                                expiresAt: clock.now + 30 * 86_400, by: "c")[0]
        return (store, clock, invitation)
    }

    /// The answers of `Fixtures.answers()` with labour exploitation left out and 7 staff for financial investigation.
    static var changedAnswers: Answers {
        var answers = Fixtures.answers()
        answers["matrix"] = .matrix([
            "financial-investigation": TopicAnswer(relevance: .high, currentLevel: 1, requiredLevel: 4, priority: 3, staff: 7),
        ])
        return answers
    }

    @Test("reopening keeps every revision; the link opens the submitted answers for changes", arguments: Engine.allCases)
    func revisionsKept(_ engine: Engine) async throws {
        let (store, clock, invitation) = try await Self.invited(engine)
        let first = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        clock.advance(days: 1)
        let reopened = try await store.reopenInvitation(invitation.id, by: "anna")
        #expect(reopened == ReopenReceipt(contribution: first.contribution, reopenedAt: clock.now, alreadyReopened: false))
        let opened = try await store.openInvitation(token: invitation.token)
        #expect(opened.submission == nil && opened.answers == Fixtures.answers())

        let draft = try await store.saveDraft(token: invitation.token, answers: Self.changedAnswers)
        #expect(draft == DraftReceipt(contribution: first.contribution, revision: 2))
        let second = try await store.submit(token: invitation.token, answers: Self.changedAnswers)
        #expect(second.contribution == first.contribution && !second.alreadySubmitted && second.submittedAt == clock.now)

        let revisions = try await store.revisions(ofInvitation: invitation.id)
        #expect(revisions.map(\.state) == [.submitted, .draft, .submitted])
        #expect(revisions.map(\.answers) == [Fixtures.answers(), Self.changedAnswers, Self.changedAnswers])
        #expect(revisions[0].savedAt == first.submittedAt)
        let audit = try await store.auditLog().filter { $0.action == .reopen }
        #expect(audit.map(\.actor) == ["anna"] && audit.map(\.subject) == ["invitation \(invitation.id)"])
        #expect(audit.first?.detail.contains("contribution \(first.contribution)") == true)
        // The reopening itself is kept like a revision: never changed, never deleted.
        await Fixtures.expectRefused(store, "DELETE FROM reopening", "a reopening is never deleted")
    }

    @Test("a submission after a reopening replaces the response's needs; export and inventory show the new ones only", arguments: Engine.allCases)
    func needsReplaced(_ engine: Engine) async throws {
        let (store, clock, invitation) = try await Self.invited(engine)
        let other = try await store.invite([InvitationRequest(service: ServiceIdentity(country: "NL", kind: .police, name: "Politie Rotterdam"))],
                                           to: "small", expiresAt: clock.now + 86_400, by: "c")[0]
        let first = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        let untouched = try await store.submit(token: other.token, answers: Fixtures.answers())
        try await store.reopenInvitation(invitation.id, by: "anna")
        // Until the service submits again, its submission stands.
        #expect(try await store.exportNeeds(of: "small").filter { $0.id.hasPrefix(first.contribution) }.count == 3)

        let second = try await store.submit(token: invitation.token, answers: Self.changedAnswers)
        #expect(second.needs == 2)
        let needs = try await store.exportNeeds(of: "small")
        let mine = needs.filter { $0.service == Fixtures.liege.name }
        // New ids: an id exported before never names another need.
        #expect(mine.map(\.id) == ["\(first.contribution)-2-01", "\(first.contribution)-2-02"])
        #expect(mine.map(\.topic) == ["financial-investigation", nil])
        #expect(mine.first?.headcount == 7 && mine.first?.requiredLevel == 4)
        #expect(needs.filter { $0.id.hasPrefix(untouched.contribution) }.count == 3)

        let inventory = try await store.inventory(of: "small")
        let group = Inventory.Group("BE", .labourInspection)
        #expect(inventory.row(.init("financial-investigation"), group)?.staff == 7)
        #expect(inventory.row(.init("labour-exploitation"), group) == nil)
    }

    @Test("submitting twice after a reopening is one submission; reopening twice is one reopening", arguments: Engine.allCases)
    func doubleClicks(_ engine: Engine) async throws {
        let (store, clock, invitation) = try await Self.invited(engine)
        _ = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        let reopened = try await store.reopenInvitation(invitation.id, by: "anna")
        clock.advance(days: 1)
        let again = try await store.reopenInvitation(invitation.id, by: "anna")
        #expect(again == ReopenReceipt(contribution: reopened.contribution, reopenedAt: reopened.reopenedAt, alreadyReopened: true))

        let second = try await store.submit(token: invitation.token, answers: Self.changedAnswers)
        clock.advance(days: 1)
        let third = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        #expect(third == SubmissionReceipt(contribution: second.contribution, submittedAt: second.submittedAt, needs: 2, alreadySubmitted: true))
        #expect(try await store.revisions(ofInvitation: invitation.id).map(\.state) == [.submitted, .submitted])
        #expect(try await store.exportNeeds(of: "small").count == 2)
        #expect(try await store.auditLog().filter { $0.action == .submit }.count == 2)
        #expect(try await store.auditLog().filter { $0.action == .reopen }.count == 1)
        await #expect(throws: SurveyStoreError.alreadySubmitted(contribution: second.contribution, at: second.submittedAt)) {
            try await store.saveDraft(token: invitation.token, answers: Fixtures.answers())
        }
        // The database itself allows no more submissions than reopenings + 1.
        await Fixtures.expectRefused(store, """
            INSERT INTO response_revision (response_id, number, state, answers, saved_at)
            SELECT response_id, 99, 'submitted', answers, saved_at FROM response_revision LIMIT 1
            """, "a response is submitted at most once per opening")
    }

    @Test("unknown, withdrawn, expired and never submitted invitations are not reopened, with a reason", arguments: Engine.allCases)
    func refusals(_ engine: Engine) async throws {
        let (store, clock, invitation) = try await Self.invited(engine)
        await #expect(throws: SurveyStoreError.unknownInvitationID(99)) { try await store.reopenInvitation(99, by: "anna") }

        await #expect(throws: SurveyStoreError.reopenRefused(invitation: invitation.id, .notSubmitted)) {
            try await store.reopenInvitation(invitation.id, by: "anna")
        }
        _ = try await store.saveDraft(token: invitation.token, answers: Fixtures.answers())
        do {
            try await store.reopenInvitation(invitation.id, by: "anna")
            Issue.record("a draft must not be reopened")
        } catch let error as SurveyStoreError {
            #expect(error.description == "invitation \(invitation.id) has no submitted response yet; there is nothing to reopen")
        }

        _ = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        clock.advance(days: 30)
        let expiry = clock.now
        await #expect(throws: SurveyStoreError.reopenRefused(invitation: invitation.id, .expired(expiry))) {
            try await store.reopenInvitation(invitation.id, by: "anna")
        }
        #expect(SurveyStoreError.reopenRefused(invitation: 4, .expired(Date(timeIntervalSince1970: 1_800_000_000))).description
                == "invitation 4 expired on 2027-01-15; its response cannot be reopened (invite the service again for new answers)")

        let withdrawn = try await store.invite([InvitationRequest(service: Fixtures.liege)], to: "small", expiresAt: clock.now + 86_400, by: "c")[0]
        _ = try await store.submit(token: withdrawn.token, answers: Fixtures.answers())
        try await store.revokeInvitation(withdrawn.id, by: "anna")
        do {
            try await store.reopenInvitation(withdrawn.id, by: "anna")
            Issue.record("a withdrawn invitation must not be reopened")
        } catch let error as SurveyStoreError {
            #expect(error == .reopenRefused(invitation: withdrawn.id, .withdrawn(clock.now)))
            #expect(error.description == "invitation \(withdrawn.id) was withdrawn on 2027-02-14; the response of a withdrawn invitation cannot be reopened")
        }
        #expect(try await store.auditLog().filter { $0.action == .reopen }.isEmpty)
    }

    @Test("a reopened response counts as draft until it is submitted again", arguments: Engine.allCases)
    func status(_ engine: Engine) async throws {
        let (store, _, invitation) = try await Self.invited(engine)
        _ = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        let counts = { try await store.status(of: "small").map { [$0.invited, $0.draft, $0.submitted] } }
        #expect(try await counts() == [[1, 0, 1]])
        try await store.reopenInvitation(invitation.id, by: "anna")
        #expect(try await counts() == [[1, 1, 0]])
        _ = try await store.submit(token: invitation.token, answers: Self.changedAnswers)
        #expect(try await counts() == [[1, 0, 1]])
    }

    @Test("a reopened link that expires shows its last submission read-only, not the later draft", arguments: Engine.allCases)
    func expiredWhileReopened(_ engine: Engine) async throws {
        let (store, clock, invitation) = try await Self.invited(engine)
        let first = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        try await store.reopenInvitation(invitation.id, by: "anna")
        _ = try await store.saveDraft(token: invitation.token, answers: Self.changedAnswers)
        clock.advance(days: 30)
        let opened = try await store.openInvitation(token: invitation.token)
        #expect(opened.submission == SubmissionReceipt(contribution: first.contribution, submittedAt: first.submittedAt, needs: 3, alreadySubmitted: true))
        #expect(opened.answers == Fixtures.answers())
        await #expect(throws: SurveyStoreError.expiredInvitation(clock.now)) {
            try await store.submit(token: invitation.token, answers: Self.changedAnswers)
        }
    }
}
