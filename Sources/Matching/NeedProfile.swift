import TextAnalysis
import TrainingModel

/// What the index reads in a need: its language, its concepts and its informative words.
struct NeedProfile: Sendable {
    struct Term: Sendable {
        /// nil for a word no module has.
        var id: Int32?
        var idf: Double
        /// The word as the need wrote it.
        var surface: String
    }

    struct FoundConcept: Sendable {
        var concept: Int
        /// The need's words that named it; nil for the survey's `topic`.
        var via: String?
        var idf: Double
    }

    var language: AnalysisLanguage?
    var concepts: [FoundConcept] = []
    var terms: [Term] = []

    var conceptMass: Double { concepts.reduce(0) { $0 + $1.idf } }
    var termMass: Double { terms.reduce(0) { $0 + $1.idf } }

    init(need: Need, index: MatchIndex.Storage) {
        var seen: Set<Int> = []
        if let topic = need.topic, let concept = index.graph.index[topic] {
            concepts.append(FoundConcept(concept: concept, via: nil, idf: index.conceptIDF[concept]))
            seen.insert(concept)
        }
        guard let text = need.text, !text.isEmpty else {
            language = need.language?.analysisLanguage
            return
        }
        language = need.language?.analysisLanguage ?? index.analyzer.identify(text)
        let analyzed = index.analyzer.analyze(text, language: language)
        for hit in index.tagger.tag(analyzed) where seen.insert(hit.concept).inserted {
            concepts.append(FoundConcept(concept: hit.concept, via: hit.quote, idf: index.conceptIDF[hit.concept]))
        }
        var termsSeen: Set<String> = []
        for token in analyzed.tokens where termsSeen.insert(token.term).inserted {
            let id = index.lexical.termIDs[token.term]
            let idf = id.map { index.lexical.idf[Int($0)] } ?? index.lexical.unseenIDF
            terms.append(Term(id: id, idf: idf, surface: analyzed.words[token.wordIndex].text))
        }
    }
}
