import Foundation
import Synchronization

/// Blocking work (parsing an upload, validating it against a schema) run on threads of its
/// own, awaited without occupying a thread of Swift's cooperative pool.
///
/// A web server answers every request from that small pool: a catalogue upload parsed on
/// it holds a thread for as long as libxml2 works, and a few such uploads stall every
/// other request. Here at most `OffTaskWork.width` jobs run at once, each on a thread with
/// a large stack (libxml2 and the decoders recurse); later jobs wait their turn in order.
public enum OffTaskWork {
    /// Jobs that run at once: one per core, so that uploads cannot take more than the machine.
    public static let width = max(1, ProcessInfo.processInfo.activeProcessorCount)

    private struct State {
        var waiting: [@Sendable () -> Void] = []
        var running = 0
    }

    private static let state = Mutex(State())

    /// Runs `work` on a worker thread and returns its value.
    public static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            enqueue { continuation.resume(returning: work()) }
        }
    }

    private static func enqueue(_ job: @escaping @Sendable () -> Void) {
        let startThread = state.withLock { state -> Bool in
            state.waiting.append(job)
            guard state.running < width else { return false }
            state.running += 1
            return true
        }
        guard startThread else { return }
        let thread = Thread {
            // Each worker drains the queue, then ends: no thread is kept while idle.
            while let next = state.withLock({ state -> (@Sendable () -> Void)? in
                if state.waiting.isEmpty {
                    state.running -= 1
                    return nil
                }
                return state.waiting.removeFirst()
            }) {
                next()
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
