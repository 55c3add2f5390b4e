import Foundation
import SurveyDefinition
import Testing
import TrainingModel
@testable import SurveyStore

@Suite("Invitation list")
struct InvitationOverviewTests {
    @Test("every invitation is listed with its service, e-mail, dates and state", arguments: Engine.allCases)
    func states(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let names = ["invited", "draft", "submitted", "reopened", "reopened with a draft", "resubmitted", "revoked", "expired"]
        let issued = try await store.invite(names.map { InvitationRequest(service: ServiceIdentity(country: "BE", kind: .police, name: $0),
                                                                          email: $0 == "invited" ? "zone@example.be" : nil) },
                                            to: "small", expiresAt: clock.now + 10 * 86_400, by: "c")
        let token = Dictionary(uniqueKeysWithValues: zip(names, issued.map(\.token)))
        let id = Dictionary(uniqueKeysWithValues: zip(names, issued.map(\.id)))
        let expiring = try await store.invite([InvitationRequest(service: ServiceIdentity(country: "LU", kind: .police, name: "expiring"))],
                                              to: "small", expiresAt: clock.now + 86_400, by: "c")[0]
        _ = try await store.saveDraft(token: token["draft"]!, answers: Fixtures.answers())
        let submitted = try await store.submit(token: token["submitted"]!, answers: Fixtures.answers())
        for name in ["reopened", "reopened with a draft", "resubmitted"] {
            _ = try await store.submit(token: token[name]!, answers: Fixtures.answers())
            try await store.reopenInvitation(id[name]!, by: "anna")
        }
        _ = try await store.saveDraft(token: token["reopened with a draft"]!, answers: Fixtures.answers())
        _ = try await store.submit(token: token["resubmitted"]!, answers: Fixtures.answers())
        try await store.revokeInvitation(id["revoked"]!, by: "anna")
        _ = try await store.submit(token: expiring.token, answers: Fixtures.answers())
        clock.advance(days: 2)

        let list = try await store.invitations(of: "small")
        #expect(list.map(\.id) == issued.map(\.id) + [expiring.id])
        #expect(list.map(\.service.name) == names + ["expiring"])
        #expect(list.map { $0.state(at: clock.now) } == [.invited, .draft, .submitted, .reopened, .reopened, .submitted, .revoked, .invited, .submitted])
        #expect(list.map { $0.state(at: clock.now + 30 * 86_400) }
                == [.expired, .expired, .submitted, .expired, .expired, .submitted, .revoked, .expired, .submitted])
        #expect(list[0].email == "zone@example.be" && list[1].email == nil)
        #expect(list[0].expiresAt == issued[0].expiresAt && list[8].expiresAt == expiring.expiresAt)
        #expect(list[2].submittedAt == submitted.submittedAt && list[3].submittedAt == nil && list[5].submittedAt != nil)
        #expect(list.map(\.hasDraft) == [false, true, false, false, true, false, false, false, false])
        #expect(list.map { $0.reopenedAt != nil } == [false, false, false, true, true, true, false, false, false])
        #expect(list[6].revokedAt == clock.now - 2 * 86_400 && list[6].service.country == "BE" && list[6].service.kind == .police)
        await #expect(throws: SurveyStoreError.unknownSurvey("nope", known: ["small"])) { try await store.invitations(of: "nope") }
    }
}
