import SafeXML
import TrainingModel

/// Turns a schema-valid thesaurus document into a `Thesaurus`, checking its links
/// (FORMATS.md section 2).
struct ThesaurusDecoder {
    let references: KnownReferences
    var problems = Problems()
    private let namespace = DocumentKind.thesaurus.namespace

    init(references: KnownReferences) {
        self.references = references
    }

    mutating func decode(_ root: XMLElement) -> Thesaurus {
        let children = Children(of: root, namespace: namespace)
        let conceptElements = children["concept"]
        problems.requireUniqueIds(conceptElements, what: "concept")
        let ids = Set(conceptElements.compactMap { $0.attribute("id") })
        let concepts = conceptElements.map { decodeConcept($0, ids: ids) }
        reportBroaderCycles(concepts, elements: conceptElements)
        return Thesaurus(
            id: root.attribute("id") ?? "",
            version: root.attribute("version"),
            titles: problems.oneTextPerLanguage(children["title"], owner: "the thesaurus"),
            concepts: concepts
        )
    }

    private mutating func decodeConcept(_ element: XMLElement, ids: Set<String>) -> Concept {
        let id = element.attribute("id") ?? ""
        let owner = describe("concept", id: id)
        let children = Children(of: element, namespace: namespace)
        problems.requirePresent(children["label"], in: element, name: "label", ownerDescription: owner)
        let here = "this thesaurus"
        problems.requireKnown(children["broader"], in: ids, what: "broader concept", source: here)
        problems.requireKnown(children["related"], in: ids, what: "related concept", source: here)
        problems.requireKnown(children["legalTopic"], in: references.legalTopics, what: "legal topic", source: references.legalTopicSource)
        return Concept(
            id: id,
            labels: problems.oneTextPerLanguage(children["label"], owner: owner),
            altLabels: problems.texts(children["altLabel"]),
            definitions: problems.oneTextPerLanguage(children["definition"], owner: owner),
            broader: children["broader"].compactMap { $0.attribute("ref") },
            related: children["related"].compactMap { $0.attribute("ref") },
            legalTopics: children["legalTopic"].compactMap { $0.attribute("ref") }
        )
    }

    /// A concept may not be broader than itself through any chain of `broader` links.
    private mutating func reportBroaderCycles(_ concepts: [Concept], elements: [XMLElement]) {
        let broader = Dictionary(concepts.map { ($0.id, $0.broader) }, uniquingKeysWith: { first, _ in first })
        var reported = Set<String>()
        for (concept, element) in zip(concepts, elements) where !reported.contains(concept.id) {
            guard let cycle = Self.cycle(from: concept.id, broader: broader) else { continue }
            reported.formUnion(cycle)
            problems.error(element, "broader links form a cycle: \((cycle + [cycle[0]]).joined(separator: " → "))")
        }
    }

    /// The cycle through `start`, if following `broader` links from it comes back to it.
    private static func cycle(from start: String, broader: [String: [String]]) -> [String]? {
        var path: [String] = [start]
        var visited: Set<String> = [start]
        func walk(_ id: String) -> Bool {
            for next in broader[id] ?? [] {
                if next == start { return true }
                guard !visited.contains(next) else { continue }
                visited.insert(next)
                path.append(next)
                if walk(next) { return true }
                path.removeLast()
            }
            return false
        }
        return walk(start) ? path : nil
    }
}
