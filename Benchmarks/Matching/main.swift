// Generates 10,000 modules and 10,000 needs from the shipped thesaurus's labels, then indexes
// the modules and matches every need, reporting wall time and peak memory (getrusage).
// Targets: index + match within 10 s on 2 cores, peak memory under 1 GB.
import CurriculumFormats
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
