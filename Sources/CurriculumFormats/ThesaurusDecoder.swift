import SafeXML
import TrainingModel

/// Turns a schema-valid thesaurus document into a `Thesaurus`, checking its links
/// (docs/formats.md section 2).
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
    ///
    /// One depth-first search over all links, without recursion: a thesaurus whose concepts
    /// form one long chain must neither take quadratic time nor overflow the stack.
    private mutating func reportBroaderCycles(_ concepts: [Concept], elements: [XMLElement]) {
        var order: [String: Int] = [:]
        for (index, concept) in concepts.enumerated() where order[concept.id] == nil { order[concept.id] = index }
        let broader = Dictionary(concepts.map { ($0.id, $0.broader) }, uniquingKeysWith: { first, _ in first })
        enum Mark { case open, done }
        var marks: [String: Mark] = [:]
        var reported = Set<String>()
        for root in concepts where marks[root.id] == nil {
            // The path from the root, each entry with the index of its next link to follow.
            var path: [(id: String, next: Int)] = [(root.id, 0)]
            var positions: [String: Int] = [root.id: 0]
            marks[root.id] = .open
            while let top = path.last {
                let links = broader[top.id] ?? []
                guard top.next < links.count else {
                    marks[top.id] = .done
                    positions[top.id] = nil
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let next = links[top.next]
                switch marks[next] {
                case nil:
                    marks[next] = .open
                    positions[next] = path.count
                    path.append((next, 0))
                case .open:
                    // A link back into the path: the path from there is a cycle.
                    var cycle = path[positions[next]!...].map(\.id)
                    guard reported.isDisjoint(with: cycle) else { continue }
                    reported.formUnion(cycle)
                    // Told from the member that comes first in the file, as people read it.
                    let first = cycle.indices.min { order[cycle[$0]] ?? .max < order[cycle[$1]] ?? .max }!
                    cycle = Array(cycle[first...] + cycle[..<first])
                    problems.error(elements[order[cycle[0]] ?? 0], "broader links form a cycle: \((cycle + [cycle[0]]).joined(separator: " → "))")
                case .done:
                    continue
                }
            }
        }
    }
}
