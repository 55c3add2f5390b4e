import Matching
import TrainingModel

/// What the matcher gives the planner: modules' topics where their catalogue gives none,
/// and the candidate modules of each need written in free text.
struct MatchedCandidates {
    /// The modules, those without topic refs given the concepts found in their texts, so
    /// that topic needs and legal flags reach catalogues that carry no refs (FORMATS.md §1).
    var modules: [TrainingModule]
    /// For each free-text need, the modules whose score reaches the matcher's threshold.
    var freeText: [String: [String]]

    init(needs: [Need], modules: [TrainingModule], thesaurus: Thesaurus?) {
        let index = MatchIndex(modules: modules, thesaurus: thesaurus)
        self.modules = modules.map { module in
            guard module.topics.isEmpty else { return module }
            var enriched = module
            enriched.topics = index.topics(ofModule: module.id)
            return enriched
        }
        let textNeeds = needs.filter { $0.topic == nil && !($0.text ?? "").isEmpty }
        let matches = index.matches(for: textNeeds)
        freeText = Dictionary(uniqueKeysWithValues: zip(textNeeds, matches).map { need, found in
            (need.id, found.map(\.moduleID))
        })
    }
}
