import Foundation
import TextAnalysis
import TrainingModel

/// What a search box gives: BM25 over the raw lower-cased words of all of a module's texts,
/// no stemming, no stop words, no thesaurus, no threshold. The baseline the matcher is
/// measured against.
public struct PlainBM25: Sendable {
    private let moduleIDs: [String]
    private let postings: [String: [(module: Int, count: Int)]]
    private let lengths: [Double]
    private let averageLength: Double

    public init(modules: [TrainingModule]) {
        let active = modules.filter { $0.status == .active }
        var postings: [String: [(module: Int, count: Int)]] = [:]
        var lengths: [Double] = []
        for (number, module) in active.enumerated() {
            var texts: [String] = module.titles.versions.map(\.text)
            texts += module.summaries.versions.map(\.text)
            texts += module.outcomes.map(\.text)
            texts += [module.category, module.subcategory].compactMap { $0 }
            let words = texts.flatMap { Self.words($0) }
            var counts: [String: Int] = [:]
            for word in words { counts[word, default: 0] += 1 }
            for (word, count) in counts { postings[word, default: []].append((number, count)) }
            lengths.append(Double(words.count))
        }
        moduleIDs = active.map(\.id)
        self.postings = postings
        self.lengths = lengths
        averageLength = max(lengths.reduce(0, +) / Double(max(lengths.count, 1)), 1)
    }

    static func words(_ text: String) -> [String] {
        Tokenizer.words(in: text).map { $0.text.lowercased() }
    }

    /// The ids of the modules sharing a word with the text, best first.
    public func ranking(for text: String, top: Int? = nil) -> [String] {
        let k1 = 1.2, b = 0.75
        var scores: [Int: Double] = [:]
        for word in Set(Self.words(text)) {
            guard let list = postings[word] else { continue }
            let idf = LexicalIndex.idf(documentFrequency: list.count, count: moduleIDs.count)
            for (module, count) in list {
                let tf = Double(count)
                let norm: Double = k1 * (1 - b + b * lengths[module] / averageLength)
                scores[module, default: 0] += idf * tf * (k1 + 1) / (tf + norm)
            }
        }
        let ranked = scores.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.map { moduleIDs[$0.key] }
        return top.map { Array(ranked.prefix($0)) } ?? ranked
    }
}
