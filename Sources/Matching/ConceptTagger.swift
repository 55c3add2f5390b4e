import TextAnalysis
import TrainingModel

/// A concept found in a text, and the words of the text it was found by.
struct ConceptHit: Hashable, Sendable {
    var concept: Int
    var quote: String
}

/// The thesaurus's labels and altLabels in every language compiled into phrase matchers that
/// tag needs and modules alike.
///
/// A text is matched on stems against the labels of its own language ("geldstromen" finds
/// "geldstroom"), and word for word against the labels of every language, so that names and
/// loan words ("Eurojust", "loverboy", "OSINT") are found in any text. Longer phrases win
/// over the shorter ones they contain.
struct ConceptTagger: Sendable {
    private var stemmed: [AnalysisLanguage: PhraseMatcher<Int32>] = [:]
    private var literal = PhraseMatcher<Int32>()
    /// Labels that are acronyms ("THB", "TEH", "JIT"), by their folded letters. Needs mix them
    /// across languages ("formation THB", "TEH opleiding", "JIT-Schulung"), and most
    /// are too short for the literal matcher, where a short word of one language would be found
    /// in the ordinary words of another: so they are found in a text of any language, but only
    /// where it writes them in capitals too.
    private var acronyms: [String: [Int32]] = [:]
    /// The stems of every label of each concept, all languages together.
    private(set) var labelTerms: [[String]]

    init(graph: ConceptGraph, analyzer: TextAnalyzer) {
        labelTerms = Array(repeating: [], count: graph.concepts.count)
        for (number, concept) in graph.concepts.enumerated() {
            let labels = concept.labels.versions + concept.altLabels
            for label in labels {
                let value = Int32(number)
                if let language = label.language.analysisLanguage {
                    let terms = analyzer.analyze(label.text, language: language).tokens.map(\.term)
                    stemmed[language, default: PhraseMatcher()].insert(terms, value)
                    labelTerms[number] += terms
                }
                let words = Tokenizer.words(in: label.text).map { Folding.fold($0.text) }
                if words.reduce(0, { $0 + $1.count }) >= 4 {
                    literal.insert(words, value)
                }
                if words.count == 1, Self.isAcronym(label.text) { acronyms[words[0], default: []].append(value) }
            }
        }
    }

    /// The concepts found in the text, each once, in the order they first occur.
    func tag(_ text: AnalyzedText) -> [ConceptHit] {
        var hits: [ConceptHit] = []
        var seen: Set<Int> = []
        var covered: [Bool] = Array(repeating: false, count: text.words.count)
        var found: [(word: Int, hit: ConceptHit)] = []

        if let language = text.language, let matcher = stemmed[language], !text.tokens.isEmpty {
            let tokens = text.tokens
            // A token followed by another of the same word is a compound's modifier.
            let modifiers = tokens.indices.map { $0 + 1 < tokens.count && tokens[$0 + 1].wordIndex == tokens[$0].wordIndex }
            let matches = matcher.longestMatches(in: tokens.map(\.term), positions: tokens.map(\.position), modifiers: modifiers)
            for match in matches {
                let first = text.tokens[match.range.lowerBound].wordIndex
                let last = text.tokens[match.range.upperBound - 1].wordIndex
                for word in first...last { covered[word] = true }
                let quote = text.quote(match.range)
                for concept in match.values { found.append((first, ConceptHit(concept: Int(concept), quote: quote))) }
            }
        }

        if !literal.isEmpty && !text.words.isEmpty {
            var positions: [Int] = []
            var position = -1
            for word in text.words { position += word.breakBefore ? 2 : 1; positions.append(position) }
            let keys = text.foldedWords
            let stopWords = text.language?.stopWords ?? []
            for match in literal.longestMatches(in: keys, positions: positions) {
                if match.range.contains(where: { covered[$0] }) { continue }
                if match.range.count == 1 && stopWords.contains(keys[match.range.lowerBound]) { continue }
                let quote = text.quote(words: match.range.lowerBound...(match.range.upperBound - 1))
                for concept in match.values { found.append((match.range.lowerBound, ConceptHit(concept: Int(concept), quote: quote))) }
            }
        }

        if !acronyms.isEmpty {
            for (index, word) in text.words.enumerated() where !covered[index] && Self.isAcronym(word.text) {
                for concept in acronyms[text.foldedWords[index]] ?? [] {
                    found.append((index, ConceptHit(concept: Int(concept), quote: word.text)))
                }
            }
        }

        for (_, hit) in found.sorted(by: { $0.word < $1.word }) where seen.insert(hit.concept).inserted {
            hits.append(hit)
        }
        return hits
    }

    /// Two to eight capitals or digits, at least one capital: "THB", "TKÜ", "G7". Asked of
    /// every word of every text, so it reads scalars and stops at the first other one.
    static func isAcronym(_ text: String) -> Bool {
        var count = 0, capitals = 0
        for scalar in text.unicodeScalars {
            count += 1
            if count > 8 { return false }
            if scalar.properties.isUppercase { capitals += 1 } else if !("0"..."9").contains(scalar) { return false }
        }
        return count >= 2 && capitals > 0
    }
}
