import Foundation
import SurveyDefinition
import Testing
@testable import SurveyStore
import TrainingModel

@Suite("Survey version cache")
struct SurveyVersionCacheTests {
    @Test("two openings of an invitation give equal versions and the same decoded survey", arguments: Engine.allCases)
    func openedTwice(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await store.invite([InvitationRequest(service: Fixtures.liege)], to: "small", expiresAt: clock.now + 86_400, by: "c")[0]
        let first = try await store.openInvitation(token: invitation.token)
        let second = try await store.openInvitation(token: invitation.token)
        #expect(first.version == second.version)
        #expect(first.survey.questions.map(\.id) == second.survey.questions.map(\.id))
        #expect(first.version.thesaurus?.concepts.count == Fixtures.miniTopics.concepts.count)
        #expect(try await store.surveyVersions() == [first.version])
    }

    @Test("the cache loads and decodes a version once and keeps each id apart", arguments: Engine.allCases)
    func loadsOnce(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        let version = try await store.surveyVersions()[0]
        let cache = SurveyVersionCache()
        var loads = 0
        let load = { () -> SurveyVersion in loads += 1; return version }
        #expect(try cache.entry(1, load: load).version == version)
        #expect(try cache.entry(1, load: load).survey.id == version.survey)
        #expect(loads == 1)
        var other = version
        other.publishedBy = "someone else"
        #expect(try cache.entry(2) { other }.version == other)
        #expect(try cache.entry(1, load: load).version == version)
    }

    @Test("a stored definition that no longer decodes is an error, not a cached entry")
    func undecodable() throws {
        let cache = SurveyVersionCache()
        let broken = SurveyVersion(survey: "s", version: 1, definition: "<survey/>", thesaurus: nil, publishedAt: Date(timeIntervalSince1970: 0), publishedBy: "c")
        #expect(throws: (any Error).self) { try cache.entry(1) { broken } }
        var loads = 0
        #expect(throws: (any Error).self) { try cache.entry(1) { loads += 1; return broken } }
        #expect(loads == 1)
    }
}
