import Testing
@testable import Matching

@Suite("phrase matcher")
struct PhraseMatcherTests {
    @Test("longer phrases first, overlaps refused, results in text order")
    func longestFirst() {
        var matcher = PhraseMatcher<Int>()
        matcher.insert(["a", "b"], 1)
        matcher.insert(["b", "c", "d"], 2)
        matcher.insert(["d"], 3)
        matcher.insert(["e"], 4)
        let matches = matcher.longestMatches(in: ["a", "b", "c", "d", "e"], positions: [0, 1, 2, 3, 4])
        #expect(matches.map(\.range) == [1..<4, 4..<5])
        #expect(matches.map(\.values) == [[2], [4]])
    }

    @Test("another wording of the same phrase widens it instead of matching on its own")
    func sameValueWidens() {
        var matcher = PhraseMatcher<Int>()
        matcher.insert(["x", "y"], 1)
        matcher.insert(["y", "z"], 1)
        matcher.insert(["z"], 2)
        let matches = matcher.longestMatches(in: ["x", "y", "z"], positions: [0, 1, 2])
        #expect(matches.map(\.range) == [0..<3])
        #expect(matches.map(\.values) == [[1]])
    }

    @Test("a gap in positions ends a phrase")
    func gaps() {
        var matcher = PhraseMatcher<Int>()
        matcher.insert(["a", "b"], 1)
        #expect(matcher.longestMatches(in: ["a", "b"], positions: [0, 2]).isEmpty)
    }
}
