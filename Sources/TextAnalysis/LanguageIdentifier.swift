import Foundation

/// Tells in which of nl, fr, de and en a text is written, for needs that do not say.
///
/// A naive Bayes vote over two kinds of evidence: the function words of each language (each
/// worth a likelihood factor of 20, shared words split between the languages that have them)
/// and character trigrams, whose per-language frequencies come from built-in sample text and
/// from whatever labelled text the caller adds (thesaurus labels, module titles).
public struct LanguageIdentifier: Sendable {
    private var profiles: [AnalysisLanguage: TrigramProfile]

    /// The identifier trained on the built-in samples only.
    public static let standard = LanguageIdentifier()

    /// An identifier trained on the built-in samples plus `samples` per language. Samples
    /// beyond `sampleLimit` characters per language are ignored, so that one dominant
    /// language in a catalogue does not drown the others.
    public init(samples: [AnalysisLanguage: [String]] = [:], sampleLimit: Int = 200_000) {
        var profiles: [AnalysisLanguage: TrigramProfile] = [:]
        for language in AnalysisLanguage.allCases {
            var profile = TrigramProfile()
            profile.add(LanguageSamples.text(for: language))
            profile.add(language.stopWords.sorted().joined(separator: " "))
            var used = 0
            for sample in samples[language] ?? [] where used < sampleLimit {
                profile.add(sample)
                used += sample.utf8.count
            }
            profiles[language] = profile
        }
        self.profiles = profiles
    }

    /// The most likely language of the text, or nil when it has no words.
    public func identify(_ text: String) -> AnalysisLanguage? {
        let scores = scores(text)
        return scores.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// Log-likelihood of the text per language; empty when the text has no words.
    public func scores(_ text: String) -> [AnalysisLanguage: Double] {
        let words = Tokenizer.words(in: text)
        if words.isEmpty { return [:] }
        let folded = words.map { Folding.fold($0.text) }
        var result: [AnalysisLanguage: Double] = [:]
        let trigrams = TrigramProfile.trigrams(of: words.map { $0.text.lowercased() })
        for language in AnalysisLanguage.allCases {
            var score = profiles[language]!.logLikelihood(trigrams)
            let stopWords = language.stopWords
            for word in folded where stopWords.contains(word) {
                score += log(20.0) / Double(Self.sharing[word] ?? 1)
            }
            result[language] = score
        }
        return result
    }
}

extension LanguageIdentifier {
    /// For each stop word, how many of the languages have it.
    static let sharing: [String: Int] = {
        var counts: [String: Int] = [:]
        for language in AnalysisLanguage.allCases {
            for word in language.stopWords { counts[word, default: 0] += 1 }
        }
        return counts
    }()
}

/// Character trigram counts of one language, words padded with a space on each side.
struct TrigramProfile: Sendable {
    private var counts: [UInt64: Int] = [:]
    private var total = 0
    private static let assumedTrigramKinds = 20_000.0

    mutating func add(_ text: String) {
        for trigram in Self.trigrams(of: Tokenizer.words(in: text).map { $0.text.lowercased() }) {
            counts[trigram, default: 0] += 1
            total += 1
        }
    }

    /// Sum of log P(trigram | language), add-half smoothing.
    func logLikelihood(_ trigrams: [UInt64]) -> Double {
        let denominator = log(Double(total) + 0.5 * Self.assumedTrigramKinds)
        var sum = 0.0
        for trigram in trigrams {
            sum += log(Double(counts[trigram] ?? 0) + 0.5) - denominator
        }
        return sum
    }

    static func trigrams(of words: [String]) -> [UInt64] {
        var result: [UInt64] = []
        for word in words {
            let scalars = [UInt64(0x20)] + word.unicodeScalars.map { UInt64($0.value) } + [UInt64(0x20)]
            if scalars.count < 3 { continue }
            for i in 0...(scalars.count - 3) {
                result.append(scalars[i] << 42 | scalars[i + 1] << 21 | scalars[i + 2])
            }
        }
        return result
    }
}
