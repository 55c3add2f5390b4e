import Foundation
import Testing
@testable import SurveyStore

@Suite("Survey version cache")
struct SurveyVersionCacheTests {
    @Test("two openings of an invitation give equal versions, decoded once")
    func openedTwice() async throws {
        let (store, clock) = try await Fixtures.store()
        let invitation = try await store.invite([InvitationRequest(service: Fixtures.liege)], to: "small", expiresAt: clock.now + 86_400, by: "c")[0]
        let first = try await store.openInvitation(token: invitation.token).version
        let second = try await store.openInvitation(token: invitation.token).version
        #expect(first == second)
        #expect(first.thesaurus?.concepts.count == Fixtures.miniTopics.concepts.count)
        #expect(try await store.surveyVersions() == [first])
        #expect(store.versions.count == 1)
    }

    @Test("the cache loads a version once and keeps each id apart")
    func loadsOnce() throws {
        let cache = SurveyVersionCache()
        let version = SurveyVersion(survey: "s", version: 1, definition: "<survey/>", thesaurus: nil, publishedAt: Date(timeIntervalSince1970: 0), publishedBy: "c")
        var loads = 0
        let load = { () -> SurveyVersion in loads += 1; return version }
        #expect(try cache.version(1, load: load) == version)
        #expect(try cache.version(1, load: load) == version)
        #expect(loads == 1)
        var other = version
        other.version = 2
        #expect(try cache.version(2) { other } == other)
        #expect(cache.count == 2)
    }
}
