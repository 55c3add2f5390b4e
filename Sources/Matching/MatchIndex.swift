import ParallelWork
import TextAnalysis
import TrainingModel

/// The active modules of one or more catalogues, indexed to answer needs: for each need the
/// modules whose score reaches `threshold`, best first, with the reasons.
///
/// Building the index analyses every module once (concepts from its catalogue refs and its
/// texts, words by field); a need is then analysed and scored against the modules that
/// share a word or a concept with it. Withdrawn modules are left out. Pure: no files, no
/// store; safe to use from several threads.
public struct MatchIndex: Sendable {
    /// The one score a module must reach to be listed; see `MatchWeights`.
    public static let threshold = MatchWeights.threshold

    final class Storage: Sendable {
        let modules: [TrainingModule]
        let graph: ConceptGraph
        let analyzer: TextAnalyzer
        let tagger: ConceptTagger
        let lexical: LexicalIndex
        /// Per module: concept number → firmness.
        let moduleConcepts: [[Int: Double]]
        /// Per concept: the modules carrying it, with firmness.
        let conceptPostings: [[(module: Int32, firmness: Float)]]
        let conceptIDF: [Double]
        /// The idf of a concept carried by `MatchWeights.specificShare` of the modules.
        let specificIDF: Double
        /// Per module: its audiences as bits (`bit(_:)`) and its languages' primary subtags,
        /// so that the fit of thousands of modules costs no string work.
        let audiences: [UInt32]
        let languageBits: [UInt64]
        /// A bit for each language the modules are given in (primary subtag).
        let languageBit: [String: UInt64]
        /// EQF level per module, 0 when not given.
        let eqf: [Int8]
        /// Module number by id (the first module with an id), so lookups by id cost no scan.
        let moduleNumbers: [String: Int]
        /// The modules' vectors and calibration, when a sentence-embedding model gave them.
        let semantic: SemanticIndex?
        /// Per language, the share of the modules with a text in it: how far a need's words
        /// in that language can meet the modules' words at all.
        let languageShare: [AnalysisLanguage: Double]

        static func bit(_ kind: ServiceKind) -> UInt32 {
            1 << UInt32(ServiceKind.allCases.firstIndex(of: kind)!)
        }

        init(modules: [TrainingModule], thesaurus: Thesaurus?, vectors: ModuleVectors?) {
            let active = modules.filter { $0.status == .active }
            let graph = ConceptGraph(thesaurus)
            var vocabulary = Vocabulary()
            var samples: [AnalysisLanguage: [String]] = [:]
            func learn(_ text: LocalizedString) {
                guard let language = text.language.analysisLanguage else { return }
                vocabulary.add(text.text, language: language)
                samples[language, default: []].append(text.text)
            }
            for concept in graph.concepts {
                (concept.labels.versions + concept.altLabels).forEach(learn)
            }
            var written: [AnalysisLanguage: Int] = [:]
            for module in active {
                let texts = module.titles.versions + module.outcomes + module.summaries.versions
                texts.forEach(learn)
                for language in Set(texts.compactMap(\.language.analysisLanguage)) { written[language, default: 0] += 1 }
            }
            let analyzer = TextAnalyzer(vocabulary: vocabulary, identifier: LanguageIdentifier(samples: samples))
            let tagger = ConceptTagger(graph: graph, analyzer: analyzer)
            let profiles = Self.profiles(of: active, graph: graph, tagger: tagger, analyzer: analyzer)

            var postings = Array(repeating: [(module: Int32, firmness: Float)](), count: graph.concepts.count)
            for (number, profile) in profiles.enumerated() {
                for (concept, firmness) in profile.concepts.sorted(by: { $0.key < $1.key }) {
                    postings[concept].append((Int32(number), Float(firmness)))
                }
            }
            self.modules = active
            self.moduleNumbers = Dictionary(active.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            self.graph = graph
            self.analyzer = analyzer
            self.tagger = tagger
            self.lexical = LexicalIndex(fields: profiles.map(\.fields))
            self.moduleConcepts = profiles.map(\.concepts)
            self.conceptPostings = postings
            self.conceptIDF = postings.map { LexicalIndex.idf(documentFrequency: $0.count, count: active.count) }
            let specificCount = Int((Double(active.count) * MatchWeights.specificShare).rounded())
            self.audiences = active.map { $0.audiences.reduce(0) { $0 | Self.bit($1) } }
            var languageBit: [String: UInt64] = [:]
            for tag in Set(active.flatMap { $0.languages.map(\.primary.tag) }).sorted() where languageBit.count < 64 {
                languageBit[tag] = 1 << UInt64(languageBit.count)
            }
            self.languageBit = languageBit
            self.languageBits = active.map { $0.languages.reduce(0) { $0 | (languageBit[$1.primary.tag] ?? 0) } }
            self.eqf = active.map { Int8($0.level?.eqf ?? 0) }
            self.semantic = SemanticIndex(modules: active, vectors: vectors)
            self.languageShare = written.mapValues { Double($0) / Double(max(active.count, 1)) }
            self.specificIDF = LexicalIndex.idf(documentFrequency: max(specificCount, 1), count: max(active.count, 1))
        }

        /// The modules analysed on every core: the stemmers are shared behind locks, the
        /// rest of the work is independent.
        private static func profiles(of modules: [TrainingModule], graph: ConceptGraph, tagger: ConceptTagger,
                                     analyzer: TextAnalyzer) -> [ModuleProfile] {
            var headingLanguages: [String: AnalysisLanguage] = [:]
            for heading in Set(modules.flatMap { [$0.category, $0.subcategory].compactMap { $0 } }) {
                headingLanguages[heading] = analyzer.identify(heading)
            }
            let languages = headingLanguages
            @Sendable func profile(_ module: TrainingModule) -> ModuleProfile {
                ModuleProfile(module: module, graph: graph, tagger: tagger, analyzer: analyzer, headingLanguages: languages)
            }
            return ChunkedWork.map(count: modules.count, chunks: 8) { range in modules[range].map(profile) }
                .flatMap { $0 }
        }
    }

    let storage: Storage

    /// Indexes the active modules; with a thesaurus, concepts are found in needs and modules;
    /// with the modules' vectors (`SemanticTexts`), needs given a vector are also matched on
    /// meaning.
    public init(modules: [TrainingModule], thesaurus: Thesaurus?, vectors: ModuleVectors? = nil) {
        storage = Storage(modules: modules, thesaurus: thesaurus, vectors: vectors)
    }

    /// The model whose module vectors the index holds, nil when it matches on words and
    /// concepts only.
    public var semanticModel: String? { storage.semantic?.modelID }

    /// The modules indexed: the active ones, in the order given.
    public var modules: [TrainingModule] { storage.modules }

    /// The concepts a module firmly carries: its catalogue's topic refs and the concepts
    /// named in its title or outcomes (a mention in the summary alone is not enough). For
    /// planners working with catalogues that carry no topic refs; empty for unknown ids.
    public func topics(ofModule id: String) -> [String] {
        guard let number = storage.moduleNumbers[id] else { return [] }
        return storage.moduleConcepts[number]
            .filter { $0.value >= MatchWeights.labelFieldMinimum }
            .map { storage.graph.concepts[$0.key].id }
            .sorted()
    }

    /// The language of the need's text: the one it gives, else the one detected.
    public func language(of need: Need) -> LanguageCode? {
        if let given = need.language { return given }
        guard let text = need.text, !text.isEmpty else { return nil }
        return storage.analyzer.identify(text)?.code
    }

    /// The need's text as the embedding model should read it (`SemanticTexts.query`), its
    /// misspelt words read as the words they were meant to be, as its words are for the
    /// lexical evidence: the model splits "slachtofers" into other pieces than "slachtoffers".
    public func semanticQuery(of need: Need) -> String? {
        guard let query = SemanticTexts.query(of: need) else { return nil }
        // The language its words are read in (`NeedProfile`), so that both correct alike.
        guard let language = language(of: need)?.analysisLanguage else { return query }
        return storage.analyzer.respelled(query, language: language)
    }

    /// The modules whose score reaches `threshold`, best first, at most `top` of them.
    /// `vector`: the need's `SemanticTexts.query` embedded by the model of the module vectors.
    public func matches(for need: Need, top: Int? = nil, vector: [Float]? = nil) -> [ModuleMatch] {
        Self.matches(for: [need][...], top: top, vectors: vector.map { [need.id: $0] } ?? [:], listing: .answers, storage: storage)[0]
    }

    /// The matches of many needs, in their order, computed on every core; `vectors` by need id.
    public func matches(for needs: [Need], top: Int? = nil, vectors: [String: [Float]] = [:]) -> [[ModuleMatch]] {
        matches(for: needs, top: top, vectors: vectors, listing: .answers)
    }

    /// For each need, in their order, the module its ranking puts first whether or not the need
    /// is answered; nil when no module reaches the threshold even there. For a need that
    /// `matches` leaves empty, it is the module that came closest to answering it: the one a
    /// person checking the gap should look at first, since the "is it answered at all?"
    /// decision is the matcher's least certain one.
    public func closest(for needs: [Need], vectors: [String: [Float]] = [:]) -> [ModuleMatch?] {
        matches(for: needs, top: 1, vectors: vectors, listing: .ranking).map(\.first)
    }

    /// `closest` of the needs that `matches` (their matches, in their order) left empty, by need
    /// id: only those a module came near.
    public func closestToGaps(of needs: [Need], matches: [[ModuleMatch]], vectors: [String: [Float]] = [:]) -> [String: ModuleMatch] {
        let gaps = zip(needs, matches).filter { $0.1.isEmpty }.map(\.0)
        let found = zip(gaps, closest(for: gaps, vectors: vectors)).compactMap { need, match in match.map { (need.id, $0) } }
        return Dictionary(found, uniquingKeysWith: { first, _ in first })
    }

    private func matches(for needs: [Need], top: Int?, vectors: [String: [Float]], listing: Scorer.Listing) -> [[ModuleMatch]] {
        let storage = storage
        return ChunkedWork.map(count: needs.count, chunks: 16) { range in
            Self.matches(for: needs[range], top: top, vectors: vectors, listing: listing, storage: storage)
        }.flatMap { $0 }
    }

    /// One worker's needs, their closeness in meaning computed a batch at a time.
    private static func matches(for needs: ArraySlice<Need>, top: Int?, vectors: [String: [Float]], listing: Scorer.Listing,
                                storage: Storage) -> [[ModuleMatch]] {
        let count = storage.modules.count
        let scratch = Scratch(count: count)
        let scorer = Scorer(storage: storage)
        guard let semantic = storage.semantic, !vectors.isEmpty else {
            return needs.map { scorer.matches(for: $0, top: top, scratch: scratch, listing: listing) }
        }
        let rows = UnsafeMutableBufferPointer<Float>.allocate(capacity: SemanticIndex.batch * max(count, 1))
        defer { rows.deallocate() }
        let rankingRows = UnsafeMutableBufferPointer<Float>.allocate(capacity: SemanticIndex.batch * max(count, 1))
        defer { rankingRows.deallocate() }
        var results: [[ModuleMatch]] = []
        results.reserveCapacity(needs.count)
        var start = needs.startIndex
        while start < needs.endIndex {
            let batch = needs[start..<min(start + SemanticIndex.batch, needs.endIndex)]
            start = batch.endIndex
            let asked = batch.compactMap { need in
                vectors[need.id].flatMap { $0.count == semantic.dimension ? (need.id, semantic.neutral($0)) : nil }
            }
            let closest = semantic.closeness(asked.map(\.1), moduleCount: count, into: rows, ranking: rankingRows)
            var slot: [String: Int] = [:]
            for (number, entry) in asked.enumerated() where slot[entry.0] == nil { slot[entry.0] = number }
            for need in batch {
                let meaning = slot[need.id].map { number in
                    let slots = number * count..<(number + 1) * count
                    return Scorer.NeedMeaning(row: UnsafeMutableBufferPointer(rebasing: rows[slots]),
                                              rankingRow: UnsafeMutableBufferPointer(rebasing: rankingRows[slots]),
                                              closest: closest[number], vector: asked[number].1)
                }
                results.append(scorer.matches(for: need, top: top, scratch: scratch, meaning: meaning, listing: listing))
            }
        }
        return results
    }

    /// The modules by closeness in meaning alone, best first, those at least `threshold` close
    /// (see `SemanticIndex`): the semantic model's own answer, for measuring it. Empty
    /// without vectors.
    public func semanticRanking(vector: [Float], top: Int? = nil) -> [String] {
        guard let semantic = storage.semantic, semantic.dimension == vector.count else { return [] }
        let buffer = UnsafeMutableBufferPointer<Float>.allocate(capacity: storage.modules.count)
        defer { buffer.deallocate() }
        _ = semantic.closeness(semantic.neutral(vector), into: buffer)
        let ranked = buffer.indices.filter { Double(buffer[$0]) >= MatchWeights.threshold }
            .sorted { (buffer[$0], -$0) > (buffer[$1], -$1) }
            .map { storage.modules[$0].id }
        return top.map { Array(ranked.prefix($0)) } ?? ranked
    }
}
