import Foundation
import SurveyDefinition
import Synchronization
import Testing
import TrainingModel
@testable import WebApp

@Suite("opened invitations")
struct InvitationCacheTests {
    static func entry(_ clock: ManualClock) -> InvitationCache.Entry {
        InvitationCache.Entry(invitation: 1, service: ServiceIdentity(country: "BE", kind: .police, name: "Zone"),
                              survey: TestWorld.publishable.survey, answers: nil, submission: nil, openedAt: clock.clock.now())
    }

    @Test("requests for an invitation being opened share one opening, and the entry is gone by the end of its lifetime")
    func sharedOpening() async throws {
        let clock = ManualClock()
        let cache = InvitationCache(lifetime: 15, clock: clock.clock)
        let opened = Counter()
        try await withThrowingTaskGroup(of: Int64.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await cache.opening("token") {
                        opened.add()
                        try await Task.sleep(for: .milliseconds(100))
                        return Self.entry(clock)
                    }.invitation
                }
            }
            for try await invitation in group { #expect(invitation == 1) }
        }
        #expect(opened.value == 1)
        #expect(cache.fresh("token") != nil)
        #expect(cache.fresh("other") == nil)
        clock.advance(by: 15)
        #expect(cache.fresh("token") == nil)
    }

    @Test("saving updates the answers; forgetting by token or by invitation drops the entry")
    func updates() async throws {
        let clock = ManualClock()
        let cache = InvitationCache(lifetime: 15, clock: clock.clock)
        cache.keep(Self.entry(clock), for: "token")
        cache.saved(Answers(language: .french, values: ["unit": .text("Zone")]), for: "token")
        #expect(cache.fresh("token")?.answers?["unit"] == .text("Zone"))
        cache.forget(invitation: 1)
        #expect(cache.fresh("token") == nil)
        cache.keep(Self.entry(clock), for: "token")
        cache.forget(token: "token")
        #expect(cache.fresh("token") == nil)
    }
}

/// A count shared by concurrent tasks.
final class Counter: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
