import Foundation
import ParallelWork
import Synchronization
import Testing

@Suite("Work off the caller's task")
struct OffTaskWorkTests {
    @Test("every job runs once, off the caller's thread, and at most `width` at a time")
    func runsEveryJobWithinTheWidth() async {
        let running = Running()
        let values = await withTaskGroup(of: Int.self) { group in
            for index in 0..<40 {
                group.addTask {
                    await OffTaskWork.run {
                        running.state.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                        usleep(2_000)
                        running.state.withLock { $0.now -= 1 }
                        return index * index
                    }
                }
            }
            var all: [Int] = []
            for await value in group { all.append(value) }
            return all.sorted()
        }
        #expect(values == (0..<40).map { $0 * $0 })
        #expect(running.state.withLock { $0.most } <= OffTaskWork.width)
        #expect(running.state.withLock { $0.now } == 0)
    }

    @inline(never)
    static func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }

    @Test("a job gets a stack large enough for deep recursion")
    func largeStack() async {
        let reached = await OffTaskWork.run { Self.depth(50_000) }
        #expect(reached == 50_000)
    }
}

/// How many jobs run now and the most that ran at once.
private final class Running: Sendable {
    let state = Mutex((now: 0, most: 0))
}
