import TrainingModel

/// Raises the legal flags of a session from its module and countries, with the legal base
/// and thesaurus looked up once per plan.
struct SessionFlagger {
    private let legalBase: LegalBase?
    private let legalTopics: [String: LegalTopic]
    private let conceptLinks: [String: [String]]

    init(_ input: PlanningInput) {
        legalBase = input.legalBase
        legalTopics = Dictionary(input.legalBase?.topics.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        conceptLinks = Dictionary(input.thesaurus?.concepts.map { ($0.id, $0.legalTopics) } ?? [], uniquingKeysWith: { first, _ in first })
    }

    func flags(_ module: TrainingModule, countries: [CountryCode]) -> [LegalFlag] {
        guard legalBase != nil else { return [] }
        let topics = ModuleLegalTopics.of(module) { conceptLinks[$0] ?? [] }
        return LegalFlag.flags(topics: topics, countries: countries) { legalTopics[$0] }
    }
}
