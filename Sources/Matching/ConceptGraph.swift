import TrainingModel

/// How two concepts of the thesaurus stand to each other, for partial credit.
enum ConceptRelation: String, Hashable, Sendable {
    case same
    /// The module's concept is one step broader than the need's.
    case broader
    /// The module's concept is one step narrower than the need's.
    case narrower
    case related

    var credit: Double {
        switch self {
        case .same: MatchWeights.sameConcept
        case .broader, .narrower: MatchWeights.broaderOrNarrower
        case .related: MatchWeights.relatedConcept
        }
    }
}

/// The thesaurus's concepts by number, with each concept's neighbours one step away.
struct ConceptGraph: Sendable {
    let concepts: [Concept]
    let index: [String: Int]
    /// For each concept: itself, its broader and narrower concepts and its related ones
    /// (in both directions), each once, with the closest relation.
    let neighbours: [[(concept: Int, relation: ConceptRelation)]]

    init(_ thesaurus: Thesaurus?) {
        let concepts = thesaurus?.concepts ?? []
        var index: [String: Int] = [:]
        for (number, concept) in concepts.enumerated() where index[concept.id] == nil {
            index[concept.id] = number
        }
        var links = concepts.indices.map { [$0: ConceptRelation.same] }
        func link(_ from: Int, _ to: Int, _ relation: ConceptRelation) {
            if let present = links[from][to], present.credit >= relation.credit { return }
            links[from][to] = relation
        }
        for (number, concept) in concepts.enumerated() {
            for parent in concept.broader.compactMap({ index[$0] }) where parent != number {
                link(number, parent, .broader)
                link(parent, number, .narrower)
            }
            for other in concept.related.compactMap({ index[$0] }) where other != number {
                link(number, other, .related)
                link(other, number, .related)
            }
        }
        self.concepts = concepts
        self.index = index
        neighbours = links.map { table in
            table.map { (concept: $0.key, relation: $0.value) }.sorted { $0.concept < $1.concept }
        }
    }
}
