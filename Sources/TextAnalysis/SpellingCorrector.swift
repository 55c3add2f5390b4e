import Foundation

/// Reads a misspelt word as the known word one keystroke away: "slachtofers" as
/// "slachtoffers", "victmes" as "victimes".
///
/// Needs are typed by people in a hurry; a misspelt word matches no module and names no
/// concept. A word the vocabulary does not know, in any inflection, is compared with the
/// known words at Damerau–Levenshtein distance 1 (one letter left out, added, changed, or two
/// neighbours swapped), as a spelling corrector does (Norvig's method), and read as the most
/// frequent of them. Short words are left alone (one letter turns "policy" into "police"), as
/// are first letters (people rarely mistype them), words with letters outside a–z after
/// folding, and ties (two readings, no way to choose). Only needs are corrected, never the
/// catalogue's or thesaurus's own texts.
///
/// `@unchecked Sendable`: `counts` never changes after `init`, the stemmer locks itself, and
/// the lock guards the cache and the known words' stems. Those are computed on the first word
/// that needs them: stemming a large catalogue's vocabulary costs seconds, and most needs have
/// no misspelt word.
final class SpellingCorrector: @unchecked Sendable {
    static let minimumLength = 7
    private static let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)

    private let counts: [String: Int]
    private let stemmer: SnowballStemmer
    private let lock = NSLock()
    private var cache: [String: String] = [:]
    private var knownStems: Set<String>?

    init(counts: [String: Int], stemmer: SnowballStemmer) {
        self.counts = counts
        self.stemmer = stemmer
    }

    /// Whether `word` is an inflection of a known word.
    private func hasKnownStem(_ word: String) -> Bool {
        let stem = stemmer.stem(word)
        return lock.withLock {
            if knownStems == nil { knownStems = Set(counts.keys.map { stemmer.stem($0) }) }
            return knownStems!.contains(stem)
        }
    }

    /// The folded word as it was meant: itself when known or when no single reading stands out.
    func correct(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count >= Self.minimumLength, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
              counts[word] == nil else { return word }
        lock.lock()
        if let known = cache[word] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let result = hasKnownStem(word) ? word : (bestReading(of: bytes) ?? word)
        lock.lock()
        if cache.count > 100_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        lock.unlock()
        return result
    }

    private func bestReading(of bytes: [UInt8]) -> String? {
        var best: (count: Int, word: String)?
        var tied = false
        func consider(_ candidate: [UInt8]) {
            let text = String(decoding: candidate, as: UTF8.self)
            guard let count = counts[text] else { return }
            if let current = best {
                if text == current.word { return }
                if count > current.count { best = (count, text); tied = false } else if count == current.count { tied = true }
            } else {
                best = (count, text)
            }
        }
        let n = bytes.count
        for i in 1..<n {
            var deleted = bytes
            deleted.remove(at: i)
            consider(deleted)
            if i + 1 < n {
                var swapped = bytes
                swapped.swapAt(i, i + 1)
                consider(swapped)
            }
            for letter in Self.letters where letter != bytes[i] {
                var changed = bytes
                changed[i] = letter
                consider(changed)
            }
        }
        for i in 1...n {
            for letter in Self.letters {
                var inserted = bytes
                inserted.insert(letter, at: i)
                consider(inserted)
            }
        }
        return tied ? nil : best?.word
    }
}
