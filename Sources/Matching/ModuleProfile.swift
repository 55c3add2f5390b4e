import TextAnalysis
import TrainingModel

/// What the index knows of a module: its concepts, each with how firmly the module carries
/// it, and its words by field.
struct ModuleProfile: Sendable {
    /// Concept number → firmness (`MatchWeights.fromCatalogue` … `fromSummary`).
    var concepts: [Int: Double] = [:]
    var fields: [FieldTerms] = Array(repeating: FieldTerms(), count: LexicalIndex.fieldWeights.count)

    /// `headingLanguages`: the language of each category and subcategory text, told once
    /// for the whole catalogue (providers repeat the same few headings).
    init(module: TrainingModule, graph: ConceptGraph, tagger: ConceptTagger, analyzer: TextAnalyzer,
         headingLanguages: [String: AnalysisLanguage] = [:]) {
        for ref in module.topics {
            if let concept = graph.index[ref] { carry(concept, MatchWeights.fromCatalogue) }
        }
        add(module.titles.versions, field: 0, firmness: MatchWeights.fromTitle, tagger: tagger, analyzer: analyzer)
        add(module.summaries.versions, field: 1, firmness: MatchWeights.fromSummary, tagger: tagger, analyzer: analyzer)
        add(module.outcomes, field: 2, firmness: MatchWeights.fromOutcome, tagger: tagger, analyzer: analyzer)
        for heading in [module.category, module.subcategory].compactMap({ $0 }) {
            let text = analyzer.analyze(heading, language: headingLanguages[heading] ?? analyzer.identify(heading))
            count(text, field: 3)
            for hit in tagger.tag(text) { carry(hit.concept, MatchWeights.fromClassification) }
        }
        for (concept, firmness) in concepts where firmness >= MatchWeights.labelFieldMinimum {
            for term in tagger.labelTerms[concept] { fields[4].counts[term, default: 0] += 1 }
            fields[4].length += Double(tagger.labelTerms[concept].count)
        }
    }

    private mutating func carry(_ concept: Int, _ firmness: Double) {
        concepts[concept] = max(concepts[concept] ?? 0, firmness)
    }

    private mutating func count(_ text: AnalyzedText, field: Int) {
        for token in text.tokens { fields[field].counts[token.term, default: 0] += 1 }
        fields[field].length += Double(text.tokens.count)
    }

    private mutating func add(_ versions: [LocalizedString], field: Int, firmness: Double,
                              tagger: ConceptTagger, analyzer: TextAnalyzer) {
        var tokens = 0
        var languages: Set<LanguageCode> = []
        for version in versions {
            let language = version.language.analysisLanguage ?? analyzer.identify(version.text)
            let text = analyzer.analyze(version.text, language: language)
            for token in text.tokens { fields[field].counts[token.term, default: 0] += 1 }
            tokens += text.tokens.count
            languages.insert(version.language)
            for hit in tagger.tag(text) { carry(hit.concept, firmness) }
        }
        fields[field].length = Double(tokens) / Double(max(languages.count, 1))
    }
}
