import Foundation
import Synchronization

/// Work split into contiguous chunks that run on every core, their results kept in order.
///
/// For pure per-item work over large inputs (decoding rows, profiling modules, scoring
/// needs): each chunk is one task, so scheduling costs nothing next to the work itself.
public enum ChunkedWork {
    /// Runs `work` once per chunk of `0..<count`, at most `chunks` of them, and returns
    /// the chunks' results in the order of their ranges.
    public static func map<Result: Sendable>(count: Int, chunks: Int, _ work: @Sendable (Range<Int>) -> Result) -> [Result] {
        let chunks = max(1, min(count, chunks))
        if chunks == 1 { return [work(0..<count)] }
        // One slot per chunk, each written by exactly one worker.
        let slots = Mutex([Result?](repeating: nil, count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let result = work((count * chunk / chunks)..<(count * (chunk + 1) / chunks))
            slots.withLock { $0[chunk] = result }
        }
        return slots.withLock { $0.map { $0! } }
    }

    /// The number of chunks that keeps every core busy without splitting small inputs.
    public static func chunks(for count: Int, minimumPerChunk: Int) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount * 2, count / max(1, minimumPerChunk)))
    }
}
