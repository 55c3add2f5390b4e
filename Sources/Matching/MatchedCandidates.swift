import TrainingModel

/// What the matcher gives the planner: modules' topics where their catalogue gives none,
/// and the candidate modules of each need written in free text. The same steps for
/// `jointtraining plan` and the web app's "Match and plan".
public struct MatchedCandidates: Sendable {
    /// The modules, those without topic refs given the concepts found in their texts, so
    /// that topic needs and legal flags reach catalogues that carry no refs (FORMATS.md §1).
    public var modules: [TrainingModule]
    /// For each free-text need, the modules whose score reaches the matcher's threshold.
    public var freeText: [String: [String]]
    /// For each free-text need no module answers, the module that came closest
    /// (`MatchIndex.closest`), when one came near: the plan names it beside the gap.
    public var closest: [String: String]
    /// The index the candidates came from, for callers that also want every need's matches.
    public let index: MatchIndex

    /// `index`: the one built from `modules`, with their vectors when a model gave them;
    /// `needVectors`: the needs' vectors (`SemanticVectors.needs`) from the same model.
    public init(needs: [Need], modules: [TrainingModule], index: MatchIndex, needVectors: [String: [Float]] = [:]) {
        self.index = index
        self.modules = modules.map { module in
            guard module.topics.isEmpty else { return module }
            var enriched = module
            enriched.topics = index.topics(ofModule: module.id)
            return enriched
        }
        let textNeeds = needs.filter { $0.topic == nil && !($0.text ?? "").isEmpty }
        let matches = index.matches(for: textNeeds, vectors: needVectors)
        freeText = Dictionary(uniqueKeysWithValues: zip(textNeeds, matches).map { need, found in
            (need.id, found.map(\.moduleID))
        })
        closest = index.closestToGaps(of: textNeeds, matches: matches, vectors: needVectors).mapValues(\.moduleID)
    }
}
