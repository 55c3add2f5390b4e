import Planning
import TrainingModel

/// Short ways to build the values the tests plan with.
func module(
    _ id: String, topics: [String] = ["t"], audiences: [ServiceKind] = [.police, .prosecution],
    languages: [LanguageCode] = ["en"], modes: [DeliveryMode] = [.onsite], days: Double = 1,
    hours: Double? = nil, places: (Int, Int) = (1, 30), legalTopics: [String] = [],
    status: TrainingModule.Status = .active
) -> TrainingModule {
    TrainingModule(
        id: id, status: status, titles: LocalizedText([LocalizedString("en", "Module \(id)")]),
        audiences: audiences, duration: hours.map { .init($0, .hour) } ?? .init(days, .day),
        modes: modes, languages: languages, places: .init(min: places.0, max: places.1),
        topics: topics, legalTopics: legalTopics)
}

func need(
    _ id: String, country: CountryCode = "BE", kind: ServiceKind = .police, topic: String? = "t",
    text: String? = nil, headcount: Int = 10, priority: Int = 2, languages: [LanguageCode] = ["en"],
    modes: [DeliveryMode] = []
) -> Need {
    Need(id: id, country: country, serviceKind: kind, text: topic == nil ? (text ?? "free text") : text,
         topic: topic, priority: priority, headcount: headcount, languages: languages, modes: modes)
}

func provision(_ country: CountryCode, _ value: String?, _ unit: String? = nil) -> Provision {
    Provision(country: country, cite: "Law of \(country)", value: value, unit: unit,
              summaries: LocalizedText([LocalizedString("en", "What \(country) says")]))
}

func legalBase(_ topics: [String: [Provision]]) -> LegalBase {
    LegalBase(id: "test", topics: topics.keys.sorted().map { id in
        LegalTopic(id: id, labels: LocalizedText([LocalizedString("en", "Topic \(id)")]), provisions: topics[id]!)
    })
}

/// Checks every rule a plan must keep; returns the broken ones in words.
func brokenRules(_ plan: Plan, _ input: PlanningInput) -> [String] {
    var problems: [String] = []
    var seated: [String: Int] = [:]
    var moduleOf: [String: String] = [:]
    for session in plan.sessions {
        let places = session.module.effectivePlaces
        if !(places.min...places.max).contains(session.participants) {
            problems.append("\(session.id): \(session.participants) outside \(places.min)–\(places.max)")
        }
        if !session.module.languages.contains(session.language) {
            problems.append("\(session.id): language \(session.language) not offered")
        }
        if !session.module.modes.contains(session.mode) { problems.append("\(session.id): mode not offered") }
        if session.module.status != .active { problems.append("\(session.id): withdrawn module") }
        for placement in session.placements {
            let need = placement.need
            if !need.trainingLanguages.map(\.primary).contains(session.language.primary) {
                problems.append("\(session.id): \(need.id) cannot be trained in \(session.language)")
            }
            if !need.accepts(session.mode) { problems.append("\(session.id): \(need.id) does not accept \(session.mode)") }
            if !session.module.audiences.contains(need.serviceKind) { problems.append("\(session.id): \(need.id) not in audience") }
            if let topic = need.topic, !session.module.topics.contains(topic) { problems.append("\(session.id): \(need.id) topic") }
            if moduleOf[need.id, default: session.module.id] != session.module.id { problems.append("\(need.id) in two modules") }
            moduleOf[need.id] = session.module.id
            seated[need.id, default: 0] += placement.staff
        }
    }
    var weight = 0
    for need in input.needs where seated[need.id] != nil {
        if seated[need.id] != need.headcount { problems.append("\(need.id): \(seated[need.id]!) of \(need.headcount) seated") }
        weight += need.weight
    }
    if weight != plan.objective.coveredWeight { problems.append("covered weight \(plan.objective.coveredWeight), recomputed \(weight)") }
    let days = plan.sessions.reduce(0) { $0 + $1.days }
    if days > input.budgetDays + 1e-9 { problems.append("\(days) days used, budget \(input.budgetDays)") }
    let unmet = Set(plan.unmet.map(\.need.id))
    for need in input.needs where (seated[need.id] == nil) != unmet.contains(need.id) {
        problems.append("\(need.id) is neither covered nor listed as unmet (or both)")
    }
    return problems
}
