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

        static func bit(_ kind: ServiceKind) -> UInt32 {
            1 << UInt32(ServiceKind.allCases.firstIndex(of: kind)!)
        }

        init(modules: [TrainingModule], thesaurus: Thesaurus?) {
            let active = modules.filter { $0.status == .active }
            let graph = ConceptGraph(thesaurus)
            var vocabulary = CompoundVocabulary()
            var samples: [AnalysisLanguage: [String]] = [:]
            func learn(_ text: LocalizedString) {
                guard let language = text.language.analysisLanguage else { return }
                vocabulary.add(text.text, language: language)
                samples[language, default: []].append(text.text)
            }
            for concept in graph.concepts {
                (concept.labels.versions + concept.altLabels).forEach(learn)
            }
            for module in active {
                (module.titles.versions + module.outcomes + module.summaries.versions).forEach(learn)
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

    /// Indexes the active modules; with a thesaurus, concepts are found in needs and modules.
    public init(modules: [TrainingModule], thesaurus: Thesaurus?) {
        storage = Storage(modules: modules, thesaurus: thesaurus)
    }

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

    /// The modules whose score reaches `threshold`, best first, at most `top` of them.
    public func matches(for need: Need, top: Int? = nil) -> [ModuleMatch] {
        Scorer(storage: storage).matches(for: need, top: top, scratch: Scratch(count: storage.modules.count))
    }

    /// The matches of many needs, in their order, computed on every core.
    public func matches(for needs: [Need], top: Int? = nil) -> [[ModuleMatch]] {
        let storage = storage
        return ChunkedWork.map(count: needs.count, chunks: 16) { range in
            let scratch = Scratch(count: storage.modules.count)
            let scorer = Scorer(storage: storage)
            return needs[range].map { scorer.matches(for: $0, top: top, scratch: scratch) }
        }.flatMap { $0 }
    }
}
