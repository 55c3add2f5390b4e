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
        /// The folded word or compound part the term was made from.
        var word: String
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
    /// The whole word mass: every word counts, known to the modules or not.
    var termMass: Double { termMass(wordsCanMeet: 1) }

    /// The word mass as far as the need's words can meet the modules' words: a word no module
    /// has counts only as far as the modules are written in the need's language
    /// (`wordsCanMeet`). A Dutch word unknown to English modules says nothing about them; one
    /// unknown to a catalogue written in Dutch is something the need asks that they do not say.
    func termMass(wordsCanMeet: Double) -> Double {
        terms.reduce(0) { $0 + Self.weight(of: $1, wordsCanMeet: wordsCanMeet) }
    }

    private static func weight(of term: Term, wordsCanMeet: Double) -> Double {
        term.idf * (term.id == nil ? wordsCanMeet : 1)
    }

    /// The share of the need's word mass (idf, as far as its words can meet the modules',
    /// `termMass(wordsCanMeet:)`) inside the words that named its concepts: how much of what
    /// the need says its concepts speak for (the words asking for training are no terms, see
    /// `init`). A Dutch word unknown to English modules is no sign that the need asks for more
    /// than its concepts, an unknown word in the modules' language is. 1 for a need without
    /// words, and for a survey topic (the respondent chose the concept itself).
    func conceptCoverage(wordsCanMeet: Double) -> Double {
        if concepts.isEmpty || concepts.contains(where: { $0.via == nil }) { return 1 }
        let quoted = Set(concepts.compactMap(\.via).flatMap { Tokenizer.words(in: $0).map { Folding.fold($0.text) } })
        var covered = 0.0, mass = 0.0
        for term in terms {
            let weight = Self.weight(of: term, wordsCanMeet: wordsCanMeet)
            mass += weight
            if quoted.contains(Folding.fold(term.surface)) { covered += weight }
        }
        return mass > 0 ? covered / mass : 1
    }

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
        let analyzed = index.analyzer.analyze(InstructionLanguage.removed(from: text), language: language, correctingSpelling: true)
        for hit in index.tagger.tag(analyzed) where seen.insert(hit.concept).inserted {
            concepts.append(FoundConcept(concept: hit.concept, via: hit.quote, idf: index.conceptIDF[hit.concept]))
        }
        var termsSeen: Set<String> = []
        // The words asking for training ("une formation pour nos inspecteurs") say nothing of
        // its topic; as evidence they only favour the modules written in the need's language,
        // whose texts use them too. An acronym is a name ("HELP course"), never such a word.
        let request = language.map(RequestWords.words(in:)) ?? []
        func asksForTraining(_ token: Token) -> Bool {
            let surface = analyzed.words[token.wordIndex].text
            return request.contains(token.word) && !ConceptTagger.isAcronym(surface)
        }
        // A stop word is kept in the text where a hyphen joins it to another word ("au-dessus",
        // "est-ce", "sous-traitance"), for the thesaurus's phrases; as a term of its own it would
        // be a word no module has, counted against every module.
        let stopWords = language?.stopWords ?? []
        for token in analyzed.tokens where !asksForTraining(token) && !stopWords.contains(token.word) && termsSeen.insert(token.term).inserted {
            let id = index.lexical.termIDs[token.term]
            let idf = id.map { index.lexical.idf[Int($0)] } ?? index.lexical.unseenIDF
            terms.append(Term(id: id, idf: idf, surface: analyzed.words[token.wordIndex].text, word: token.word))
        }
    }
}
