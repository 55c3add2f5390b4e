import Foundation

/// Splits Dutch and German compounds into known words: "arbeidsuitbuiting" into "arbeid"
/// and "uitbuiting", "Menschenhandelsopfer" into "menschenhandel" and "opfer".
///
/// The method of Koehn and Knight (2003): of all ways to cut the word into known parts,
/// possibly joined by a linking element (-s-, -e-, -n-, -en-, -es-), take the one whose
/// parts have the highest geometric mean of frequencies, and split only when that mean
/// beats the frequency of the whole word. A common word ("slachtoffer") therefore stays
/// whole, while a word the vocabulary has rarely or never seen is cut into common ones.
/// The last part may be inflected: it counts as known when its stem is.
final class Decompounder: @unchecked Sendable {
    static let minimumPart = 4
    static let maximumParts = 4
    static let linkingElements: [[UInt8]] = [Array("s".utf8), Array("e".utf8), Array("n".utf8), Array("en".utf8), Array("es".utf8)]

    private let surfaceCounts: [String: Int]
    private let stemCounts: [String: Int]
    private let stemmer: SnowballStemmer
    private let lock = NSLock()
    private var splits: [String: [String]] = [:]
    private var heads: [String: [String]?] = [:]

    init(counts: [String: Int], stemmer: SnowballStemmer) {
        surfaceCounts = counts
        var stems: [String: Int] = [:]
        for (word, count) in counts { stems[stemmer.stem(word), default: 0] += count }
        stemCounts = stems
        self.stemmer = stemmer
    }

    /// The parts of a folded word, or the word alone when it is not worth splitting.
    func split(_ word: String) -> [String] {
        if word.utf8.count < 2 * Self.minimumPart { return [word] }
        return remembered(word, in: \.splits) { computeSplit(word) }
    }

    /// What `compute` gives for `word`, worked out once: the table is shared by the threads
    /// behind the lock, and emptied when it grows past 200,000 words.
    private func remembered<Value>(_ word: String, in table: ReferenceWritableKeyPath<Decompounder, [String: Value]>,
                                   _ compute: () -> Value) -> Value {
        lock.lock()
        if let known = self[keyPath: table][word] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        if self[keyPath: table].count > 200_000 { self[keyPath: table].removeAll(keepingCapacity: true) }
        self[keyPath: table][word] = value
        lock.unlock()
        return value
    }

    /// A word no split can read, cut before the longest known word it ends with: the head of a
    /// Dutch or German compound says what it is ("hotelprostitutie" is prostitution,
    /// "Paketdienstfahrer" a driver), even when the word in front of it is one the
    /// vocabulary has never seen, as in Lucene's dictionary compound filter. Only for a word
    /// the vocabulary does not know in any inflection; nil when no known head of at least
    /// `minimumHead` letters leaves `minimumModifier` letters in front.
    func head(of word: String) -> [String]? {
        // Most words are known as written (every word of the catalogue is): no stemming for them.
        guard surfaceCounts[word] == nil else { return nil }
        let bytes = Array(word.utf8)
        guard bytes.count >= Self.minimumHead + Self.minimumModifier, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        return remembered(word, in: \.heads) { () -> [String]? in
            guard frequency(ofLast: word) == 0 else { return nil }
            for cut in Self.minimumModifier...(bytes.count - Self.minimumHead) {
                let head = String(decoding: bytes[cut...], as: UTF8.self)
                if frequency(ofLast: head) > 0 { return [String(decoding: bytes[..<cut], as: UTF8.self), head] }
            }
            return nil
        }
    }

    static let minimumHead = 5
    static let minimumModifier = 3

    private func frequency(ofLast part: String) -> Int {
        max(surfaceCounts[part] ?? 0, stemCounts[stemmer.stemOnce(part)] ?? 0)
    }

    private func computeSplit(_ word: String) -> [String] {
        let bytes = Array(word.utf8)
        // Only plain letters: folding has removed accents, and anything else is no compound.
        guard bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [word] }
        let n = bytes.count
        let minimum = Self.minimumPart
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }

        // inner[i][j]: frequency of bytes[i..<j] as a non-final part.
        var inner = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: n + 1)
        for i in 0..<n {
            var j = i + minimum
            while j <= n - minimum {
                inner[i][j] = surfaceCounts[text(i, j)] ?? 0
                j += 1
            }
        }
        // best[k][i]: highest sum of log frequencies cutting bytes[i...] into k parts;
        // next[k][i]: where the first of those parts ends and where the next one starts.
        let impossible = -Double.infinity
        var best = [[Double]](repeating: [Double](repeating: impossible, count: n + 1), count: Self.maximumParts + 1)
        var next = [[(end: Int, start: Int)]](repeating: [(end: Int, start: Int)](repeating: (0, 0), count: n + 1), count: Self.maximumParts + 1)
        for i in 0...(n - minimum) where i > 0 {
            let frequency = frequency(ofLast: text(i, n))
            if frequency > 0 { best[1][i] = log(Double(frequency)) }
        }
        if Self.maximumParts >= 2 {
            for k in 2...Self.maximumParts {
                for i in stride(from: n - 2 * minimum, through: 0, by: -1) {
                    var j = i + minimum
                    while j <= n - minimum {
                        let frequency = inner[i][j]
                        if frequency > 0 {
                            let here = log(Double(frequency))
                            var starts = [j]
                            for link in Self.linkingElements where j + link.count <= n - minimum && bytes[j..<(j + link.count)].elementsEqual(link) {
                                starts.append(j + link.count)
                            }
                            for start in starts where best[k - 1][start] > impossible {
                                let candidate = here + best[k - 1][start]
                                if candidate > best[k][i] {
                                    best[k][i] = candidate
                                    next[k][i] = (j, start)
                                }
                            }
                        }
                        j += 1
                    }
                }
            }
        }
        var chosen = 0
        var chosenMean = 0.0
        for k in 2...Self.maximumParts where best[k][0] > impossible {
            let mean = exp(best[k][0] / Double(k))
            if mean > chosenMean {
                chosen = k
                chosenMean = mean
            }
        }
        let whole = max(surfaceCounts[word] ?? 0, stemCounts[stemmer.stemOnce(word)] ?? 0)
        guard chosen > 0, chosenMean > Double(whole) else { return [word] }
        var parts: [String] = []
        var position = 0
        for k in stride(from: chosen, to: 1, by: -1) {
            let (end, start) = next[k][position]
            parts.append(text(position, end))
            position = start
        }
        parts.append(text(position, n))
        return parts
    }
}
