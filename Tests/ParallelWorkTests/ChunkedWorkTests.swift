import ParallelWork
import Testing

@Suite("Work split in chunks")
struct ChunkedWorkTests {
    @Test("every item is handled once and the chunks' results come back in order")
    func keepsOrder() {
        let squares = ChunkedWork.map(count: 10_001, chunks: 7) { range in range.map { $0 * $0 } }
        #expect(squares.count == 7)
        #expect(squares.flatMap { $0 } == (0..<10_001).map { $0 * $0 })
    }

    @Test("small inputs are not split, and no input gives one empty chunk")
    func smallInputs() {
        #expect(ChunkedWork.map(count: 3, chunks: 8) { Array($0) } == [[0], [1], [2]])
        #expect(ChunkedWork.map(count: 0, chunks: 8) { Array($0) } == [[]])
        #expect(ChunkedWork.chunks(for: 4_999, minimumPerChunk: 5_000) == 1)
        #expect(ChunkedWork.chunks(for: 1_000_000, minimumPerChunk: 5_000) >= 2)
    }
}
