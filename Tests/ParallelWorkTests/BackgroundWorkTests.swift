import ParallelWork
import Testing

@Suite("Work beside the caller")
struct BackgroundWorkTests {
    @Test("the caller gets the value computed on the other thread, as often as it asks")
    func returnsTheValue() {
        let work = BackgroundWork { (1...100_000).reduce(0, +) }
        let mine = (1...1_000).reduce(0, +)
        #expect(work.result() == 5_000_050_000)
        #expect(work.result() == 5_000_050_000)
        #expect(mine == 500_500)
    }
}
