import Foundation
import TrainingModel

/// Candidate modules for the needs written in free text, by need id, best first.
///
/// Stand-in until the matcher is wired into `plan`: the coordinator replaces this function
/// with the matcher's `MatchIndex(modules:thesaurus:)` list above its threshold. Until then
/// it is a real, simple rule: a need's text names a thesaurus concept when one of the
/// concept's labels or synonyms (any language) appears in it as whole words, ignoring case;
/// a concept named together with a narrower one is dropped in favour of the narrower; the
/// candidates are the modules carrying a named concept as `topic`, those carrying more of
/// them first. Modules without topic refs and texts in other words find nothing: that is
/// what the matcher is for.
func freeTextCandidates(needs: [Need], modules: [TrainingModule], thesaurus: Thesaurus?) -> [String: [String]] {
    guard let thesaurus else { return [:] }
    let labels: [(concept: String, label: String)] = thesaurus.concepts.flatMap { concept in
        (concept.labels.versions.map(\.text) + concept.altLabels.map(\.text))
            .map { (concept.id, $0.lowercased()) }
            .filter { $0.1.count >= 3 }
    }
    let broader = Dictionary(thesaurus.concepts.map { ($0.id, $0.broader) }, uniquingKeysWith: { first, _ in first })
    var result: [String: [String]] = [:]
    for need in needs where need.topic == nil {
        guard let text = need.text?.lowercased(), !text.isEmpty else { continue }
        var named = Set(labels.filter { containsWords(text, $0.label) }.map(\.concept))
        let ancestors = named.flatMap { ancestorsOf($0, broader: broader) }
        named.subtract(ancestors)
        guard !named.isEmpty else { continue }
        let ranked = modules.enumerated()
            .map { (position: $0.offset, module: $0.element, shared: Set($0.element.topics).intersection(named).count) }
            .filter { $0.shared > 0 }
            .sorted { ($0.shared, -$0.position) > ($1.shared, -$1.position) }
        result[need.id] = ranked.map(\.module.id)
    }
    return result
}

/// Whether `phrase` occurs in `text` with no letter or digit right before or after it.
private func containsWords(_ text: String, _ phrase: String) -> Bool {
    var searchStart = text.startIndex
    while let range = text.range(of: phrase, range: searchStart..<text.endIndex) {
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        let isBoundary = { (character: Character?) in character.map { !($0.isLetter || $0.isNumber) } ?? true }
        if isBoundary(before) && isBoundary(after) { return true }
        searchStart = text.index(after: range.lowerBound)
    }
    return false
}

/// Every concept above `concept` along `broader` links.
private func ancestorsOf(_ concept: String, broader: [String: [String]]) -> Set<String> {
    var seen = Set<String>()
    var stack = broader[concept] ?? []
    while let next = stack.popLast() {
        if seen.insert(next).inserted { stack += broader[next] ?? [] }
    }
    return seen
}
