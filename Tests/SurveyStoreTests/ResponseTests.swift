import Foundation
import GRDB
import Testing
import SurveyDefinition
@testable import SurveyStore
import TrainingModel

@Suite("Drafts and submissions")
struct ResponseTests {
    static func invited(_ store: any SurveyStore, _ clock: TestClock) async throws -> IssuedInvitation {
        try await store.invite([InvitationRequest(service: Fixtures.liege)], to: "small", expiresAt: clock.now + 30 * 86_400, by: "c")[0]
    }

    @Test("a draft saved twice keeps both revisions, nothing overwritten", arguments: Engine.allCases)
    func draftTwice(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.invited(store, clock)
        var first = Fixtures.answers()
        first["staff"] = .number(10)
        let one = try await store.saveDraft(token: invitation.token, answers: first)
        clock.advance(days: 1)
        let two = try await store.saveDraft(token: invitation.token, answers: Fixtures.answers())
        #expect(one.contribution == two.contribution)
        #expect(one.revision == 1 && two.revision == 2)
        let revisions = try await store.revisions(ofInvitation: invitation.id)
        #expect(revisions.map(\.state) == [.draft, .draft])
        #expect(revisions[0].answers == first && revisions[1].answers == Fixtures.answers())
        #expect(revisions[1].savedAt.timeIntervalSince(revisions[0].savedAt) == 86_400)
        #expect(try await store.openInvitation(token: invitation.token).answers == Fixtures.answers())
        await Fixtures.expectRefused(store, "UPDATE response_revision SET answers = '{}'", "a saved revision never changes")
    }

    @Test("submitting twice is one submission with the same contribution id", arguments: Engine.allCases)
    func doubleSubmit(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.invited(store, clock)
        let first = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        #expect(!first.alreadySubmitted && first.needs == 3 && first.contribution.count == 8)
        clock.advance(days: 1)
        var changed = Fixtures.answers()
        changed["staff"] = .number(1)
        let second = try await store.submit(token: invitation.token, answers: changed)
        #expect(second == SubmissionReceipt(contribution: first.contribution, submittedAt: first.submittedAt, needs: 3, alreadySubmitted: true))
        #expect(try await store.revisions(ofInvitation: invitation.id).map(\.state) == [.submitted])
        #expect(try await store.exportNeeds(of: "small", by: "c").count == 3)
        #expect(try await store.auditLog().filter { $0.action == .submit }.count == 1)
        // Even after the invitation expired, a retried submission gets its receipt back.
        clock.advance(days: 60)
        #expect(try await store.submit(token: invitation.token, answers: changed).contribution == first.contribution)
    }

    @Test("after submission a draft can no longer be saved", arguments: Engine.allCases)
    func noDraftAfterSubmission(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.invited(store, clock)
        let receipt = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        await #expect(throws: SurveyStoreError.alreadySubmitted(contribution: receipt.contribution, at: receipt.submittedAt)) {
            try await store.saveDraft(token: invitation.token, answers: Fixtures.answers())
        }
        let opened = try await store.openInvitation(token: invitation.token)
        #expect(opened.submission?.contribution == receipt.contribution)
    }

    @Test("a refused submission lists every problem in the respondent's language and keeps the answers as a draft", arguments: Engine.allCases)
    func refusedSubmission(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.invited(store, clock)
        var answers = Fixtures.answers(.dutch)
        answers["country"] = nil
        answers["staff"] = .number(-4)
        do {
            _ = try await store.submit(token: invitation.token, answers: answers)
            Issue.record("incomplete answers must be refused")
        } catch SurveyStoreError.answersRejected(let problems) {
            #expect(problems.map(\.question) == ["country", "staff"])
            #expect(problems.map(\.message) == ["Beantwoord deze vraag.", "Het getal moet minstens 0 zijn."])
        }
        let revisions = try await store.revisions(ofInvitation: invitation.id)
        #expect(revisions.map(\.state) == [.draft] && revisions[0].answers == answers)
        #expect(try await store.exportNeeds(of: "small", by: "c").isEmpty)
    }

    @Test("a submission stores its needs with the service's identity and the service's working languages", arguments: Engine.allCases)
    func submissionNeeds(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.invited(store, clock)
        let receipt = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        let needs = try await store.exportNeeds(of: "small", by: "c")
        #expect(needs.map(\.id) == ["\(receipt.contribution)-01", "\(receipt.contribution)-02", "\(receipt.contribution)-03"])
        #expect(needs.map(\.topic) == ["financial-investigation", "labour-exploitation", nil])
        #expect(needs.allSatisfy { $0.country == "BE" && $0.serviceKind == .labourInspection && $0.service == "Inspection Liège" })
        #expect(needs[0].languages == ["fr", "en"] && needs[0].modes == [.onsite] && needs[0].period == "2027-Q3")
        #expect(try await Fixtures.string(store, "SELECT languages FROM service") == "fr de")
    }

    @Test("a response keeps answering the version it started on", arguments: Engine.allCases)
    func versionKept(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.invited(store, clock)
        _ = try await store.saveDraft(token: invitation.token, answers: Fixtures.answers())
        _ = try await store.publish(Fixtures.smallSurvey(version: 2) { $0.replacingOccurrences(of: "max=\"5000\"", with: "max=\"20\"") }, by: "c")
        #expect(try await store.openInvitation(token: invitation.token).version.version == 1)
        // Under version 2, 40 staff would be refused; the response answers version 1.
        #expect(try await store.submit(token: invitation.token, answers: Fixtures.answers()).needs == 3)
        let other = try await store.invite([InvitationRequest(service: Fixtures.liege)], to: "small", expiresAt: clock.now + 86_400, by: "c")[0]
        #expect(try await store.openInvitation(token: other.token).version.version == 2)
        await #expect(throws: SurveyStoreError.self) { try await store.submit(token: other.token, answers: Fixtures.answers()) }
    }

    @Test("answers larger than a response may hold are refused before anything is stored", arguments: Engine.allCases)
    func tooLarge(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.invited(store, clock)
        var answers = Fixtures.answers()
        answers["other-needs"] = .text(String(repeating: "x", count: 600_000))
        await #expect(throws: SurveyStoreError.self) { try await store.saveDraft(token: invitation.token, answers: answers) }
        #expect(try await store.revisions(ofInvitation: invitation.id).isEmpty)
    }

    @Test("a response keeps what its respondent saved up to its room; autosaves never fill it", arguments: Engine.allCases)
    func draftsQuota(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.invited(store, clock)
        let large = String(repeating: "x", count: 400_000)
        var saved = 0
        func answers(_ index: Int) -> Answers {
            var answers = Fixtures.answers()
            answers["other-needs"] = .text("\(index) " + large)
            return answers
        }
        // Autosaves replace each other: any number of them fits.
        for index in 0..<40 { _ = try await store.saveDraft(token: invitation.token, answers: answers(index), origin: .autosave) }
        #expect(try await store.revisions(ofInvitation: invitation.id).count == 1)
        do {
            for index in 0..<40 {
                _ = try await store.saveDraft(token: invitation.token, answers: answers(100 + index))
                saved += 1
            }
            Issue.record("40 saves of 400 KB should not fit in a response")
        } catch SurveyStoreError.draftsQuotaReached(let limit) {
            #expect(limit == 8 * 1024 * 1024)
        }
        #expect((15...21).contains(saved))
        let revisions = try await store.revisions(ofInvitation: invitation.id)
        #expect(revisions.count == saved, "the autosave was superseded; every save made is kept")
        #expect(revisions.last?.answers == answers(100 + saved - 1))
        // A submission still goes through: the room bounds drafts only.
        #expect(try await store.submit(token: invitation.token, answers: Fixtures.answers()).needs == 3)
    }
}
