import Foundation
import GRDB
import Testing
import SurveyDefinition
@testable import SurveyStore

@Suite("Invitations")
struct InvitationTests {
    @Test("tokens carry 256 random bits; only their SHA-256 is stored", arguments: Engine.allCases)
    func tokens(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let issued = try await store.invite([InvitationRequest(service: Fixtures.liege, email: "chef@example.be")], to: "small",
                                            expiresAt: clock.now + 86_400, by: "coordinator")
        let token = issued[0].token
        #expect(token.count == 43 && InvitationToken.isWellFormed(token))
        #expect(issued[0].link(base: "https://survey.example.org/") == "https://survey.example.org/s/\(token)")
        let stored = try await Fixtures.rows(store, "SELECT * FROM invitation")
        #expect(stored.count == 1)
        #expect(try await Fixtures.string(store, "SELECT token_sha256 FROM invitation")
                == "\\x" + InvitationToken.hash(token).map { String(format: "%02x", $0) }.joined())
        let tokenHex = Data(token.utf8).map { String(format: "%02x", $0) }.joined()
        for value in stored[0].compactMap({ $0 }) {
            #expect(!value.contains(token) && !value.contains(tokenHex))
        }
        let tokens = Set((0..<1000).map { _ in InvitationToken.generate() })
        #expect(tokens.count == 1000)
    }

    @Test("an invitation opens the newest version for its service", arguments: Engine.allCases)
    func open(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let issued = try await store.invite([InvitationRequest(service: Fixtures.liege)], to: "small", expiresAt: clock.now + 86_400, by: "c")
        let opened = try await store.openInvitation(token: issued[0].token)
        #expect(opened.service == Fixtures.liege && opened.version.version == 1 && opened.answers == nil && opened.submission == nil)
        await #expect(throws: SurveyStoreError.unknownInvitation) { try await store.openInvitation(token: InvitationToken.generate()) }
        await #expect(throws: SurveyStoreError.unknownInvitation) { try await store.openInvitation(token: "x' OR 1=1 --") }
    }

    @Test("an expired invitation cannot save or submit", arguments: Engine.allCases)
    func expired(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let expiry = clock.now + 3 * 86_400
        let token = try await store.invite([InvitationRequest(service: Fixtures.liege)], to: "small", expiresAt: expiry, by: "c")[0].token
        _ = try await store.saveDraft(token: token, answers: Fixtures.answers())
        clock.advance(days: 3)
        await #expect(throws: SurveyStoreError.expiredInvitation(expiry)) { try await store.saveDraft(token: token, answers: Fixtures.answers()) }
        await #expect(throws: SurveyStoreError.expiredInvitation(expiry)) { try await store.submit(token: token, answers: Fixtures.answers()) }
        await #expect(throws: SurveyStoreError.expiredInvitation(expiry)) { try await store.openInvitation(token: token) }
        #expect(try await store.revisions(ofInvitation: 1).count == 1)
    }

    @Test("a withdrawn invitation cannot open, save or submit", arguments: Engine.allCases)
    func revoked(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let issued = try await store.invite([InvitationRequest(service: Fixtures.liege)], to: "small", expiresAt: clock.now + 86_400, by: "c")
        _ = try await store.saveDraft(token: issued[0].token, answers: Fixtures.answers())
        try await store.revokeInvitation(issued[0].id, by: "coordinator")
        let withdrawn = SurveyStoreError.revokedInvitation(clock.now)
        await #expect(throws: withdrawn) { try await store.saveDraft(token: issued[0].token, answers: Fixtures.answers()) }
        await #expect(throws: withdrawn) { try await store.submit(token: issued[0].token, answers: Fixtures.answers()) }
        await #expect(throws: withdrawn) { try await store.openInvitation(token: issued[0].token) }
        await #expect(throws: SurveyStoreError.unknownInvitationID(99)) { try await store.revokeInvitation(99, by: "c") }
        #expect(try await store.revisions(ofInvitation: issued[0].id).count == 1)
        #expect(try await store.auditLog().map(\.action) == [.publish, .invite, .save, .revoke])
    }

    @Test("inviting a known service again reuses it; an unknown survey invites nobody", arguments: Engine.allCases)
    func services(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let request = InvitationRequest(service: Fixtures.liege)
        _ = try await store.invite([request, request], to: "small", expiresAt: clock.now + 86_400, by: "c")
        #expect(try await Fixtures.int(store, "SELECT COUNT(*) FROM service") == 1)
        await #expect(throws: SurveyStoreError.self) {
            try await store.invite([request], to: "nope", expiresAt: clock.now, by: "c")
        }
        #expect(try await Fixtures.int(store, "SELECT COUNT(*) FROM invitation") == 2)
    }
}
