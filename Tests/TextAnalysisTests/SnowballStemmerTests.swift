import Dispatch
import Testing
import TextAnalysis

@Suite("Snowball stemming")
struct SnowballStemmerTests {
    @Test("inflected forms share a stem in each language", arguments: [
        (AnalysisLanguage.english, "investigations", "investigating"),
        (.dutch, "geldstromen", "geldstroom"),
        (.dutch, "slachtoffers", "slachtoffer"),
        (.dutch, "financieel", "financiele"),
        (.dutch, "seksueel", "seksuele"),
        (.german, "ermittlungen", "ermittlung"),
        (.french, "victimes", "victime"),
        (.french, "financieres", "financiere"),
    ])
    func sharedStems(language: AnalysisLanguage, first: String, second: String) {
        let stemmer = SnowballStemmer(language)
        #expect(stemmer.stem(first) == stemmer.stem(second))
    }

    @Test("unrelated words keep different stems")
    func distinctStems() {
        let stemmer = SnowballStemmer(.english)
        #expect(stemmer.stem("victims") != stemmer.stem("vehicles"))
    }

    @Test("one stemmer used from many threads gives the same stems as one thread")
    func threadSafe() {
        let stemmer = SnowballStemmer(.dutch, cacheLimit: 50)
        let words = (0..<400).map { "uitbuitingen\($0 % 37)" } + (0..<400).map { "rechercheurs\($0 % 41)" }
        let expected = words.map { SnowballStemmer(.dutch).stem($0) }
        let results = StemResults(count: words.count)
        DispatchQueue.concurrentPerform(iterations: words.count) { index in
            results.set(index, stemmer.stem(words[index]))
        }
        #expect(results.values == expected)
    }
}

/// Collects results written from several threads.
private final class StemResults: @unchecked Sendable {
    private var stems: [String]
    private let lock = DispatchQueue(label: "stems")

    init(count: Int) { stems = Array(repeating: "", count: count) }

    func set(_ index: Int, _ value: String) { lock.sync { stems[index] = value } }

    var values: [String] { lock.sync { stems } }
}
