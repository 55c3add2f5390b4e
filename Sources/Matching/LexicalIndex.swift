import Foundation

/// The words of one module field, counted, with the field's length.
struct FieldTerms: Sendable {
    var counts: [String: Int] = [:]
    /// Tokens per language version, so that a module described in four languages is not
    /// taken for a long one.
    var length: Double = 0
}

/// BM25F over module fields, as an inverted index of precomputed term impacts.
///
/// A term's pseudo-frequency in a module is the sum over fields of weight × count, each
/// normalised by the field's length against its average (Robertson and Zaragoza 2009); the
/// saturated value `tf (k1 + 1) / (k1 + tf)` depends on term and module only, so it is
/// computed once here and a query only adds `idf × impact` along its terms' postings.
struct LexicalIndex: Sendable {
    struct Posting: Sendable {
        var module: Int32
        var impact: Float
    }

    static let fieldWeights = [MatchWeights.titleWeight, MatchWeights.summaryWeight, MatchWeights.outcomeWeight,
                               MatchWeights.classificationWeight, MatchWeights.conceptLabelWeight]

    /// No term's impact reaches this: `tf (k1 + 1) / (k1 + tf)` tends to it as tf grows.
    static let maximumImpact = MatchWeights.k1 + 1

    let termIDs: [String: Int32]
    let postings: [[Posting]]
    let idf: [Double]
    let moduleCount: Int
    /// For terms in more than `denseShare` of the modules: the impact in every module, by
    /// module number (0 where absent), so that adding such a term to a few candidates does
    /// not walk its long posting list. `denseRow[term]` is the row, or -1.
    let denseRow: [Int32]
    let denseImpacts: [[Float]]
    static let denseShare = 0.125

    /// `fields[module]` holds the module's fields in the order of `fieldWeights`.
    init(fields: [[FieldTerms]]) {
        moduleCount = fields.count
        let fieldCount = Self.fieldWeights.count
        var averages = [Double](repeating: 0, count: fieldCount)
        for module in fields { for f in 0..<fieldCount { averages[f] += module[f].length } }
        averages = averages.map { max($0 / Double(max(fields.count, 1)), 1) }

        var termIDs: [String: Int32] = [:]
        var postings: [[Posting]] = []
        for (number, module) in fields.enumerated() {
            var frequencies: [Int32: Double] = [:]
            for f in 0..<fieldCount {
                let field = module[f]
                if field.counts.isEmpty { continue }
                let norm = 1 - MatchWeights.b + MatchWeights.b * field.length / averages[f]
                let weight = Self.fieldWeights[f] / norm
                for (term, count) in field.counts {
                    let id: Int32
                    if let known = termIDs[term] {
                        id = known
                    } else {
                        id = Int32(postings.count)
                        termIDs[term] = id
                        postings.append([])
                    }
                    frequencies[id, default: 0] += weight * Double(count)
                }
            }
            for (id, tf) in frequencies {
                let impact = tf * (MatchWeights.k1 + 1) / (MatchWeights.k1 + tf)
                postings[Int(id)].append(Posting(module: Int32(number), impact: Float(impact)))
            }
        }
        self.termIDs = termIDs
        self.postings = postings
        idf = postings.map { Self.idf(documentFrequency: $0.count, count: fields.count) }
        var denseRow = [Int32](repeating: -1, count: postings.count)
        var denseImpacts: [[Float]] = []
        for (term, list) in postings.enumerated() where Double(list.count) > Self.denseShare * Double(fields.count) {
            var row = [Float](repeating: 0, count: fields.count)
            for posting in list { row[Int(posting.module)] = posting.impact }
            denseRow[term] = Int32(denseImpacts.count)
            denseImpacts.append(row)
        }
        self.denseRow = denseRow
        self.denseImpacts = denseImpacts
    }

    /// BM25's idf, never negative.
    static func idf(documentFrequency: Int, count: Int) -> Double {
        log(1 + (Double(count - documentFrequency) + 0.5) / (Double(documentFrequency) + 0.5))
    }

    /// The idf of a term no module has.
    var unseenIDF: Double { Self.idf(documentFrequency: 0, count: moduleCount) }

    /// The impact of a term in a module, 0 when absent.
    func impact(term: Int32, module: Int32) -> Float {
        let list = postings[Int(term)]
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].module < module { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low].module == module ? list[low].impact : 0
    }
}
