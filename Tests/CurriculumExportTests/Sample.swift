import CurriculumExport
import Foundation
import Planning
import TrainingModel

/// A small plan with everything the exports must carry: several sessions, a split need,
/// legal flags of both kinds, needs left out, and names that need escaping.
enum Sample {
    static let tricky = "Parquet \"A\" & <Co>, Liège; section \\ traite"

    static var input: PlanningInput {
        let modules = [
            TrainingModule(
                id: "THB-FIN", code: "08/2027",
                titles: LocalizedText([LocalizedString("en", "Financial investigation, cases & <tricks>"),
                                       LocalizedString("fr", "L'enquête financière")]),
                audiences: [.police, .prosecution], duration: .init(3, .day), modes: [.onsite],
                languages: ["en", "fr"], places: .init(min: 5, max: 20), topics: ["financial-investigation"],
                legalTopics: ["confiscation", "reflection-period"]),
            TrainingModule(
                id: "THB-IND", titles: LocalizedText([LocalizedString("en", "Indicators — première ligne ✓")]),
                audiences: [.police], duration: .init(4, .hour), modes: [.eLearning], languages: ["nl"],
                topics: ["indicators"]),
        ]
        let needs = [
            Need(id: "N1", country: "BE", serviceKind: .prosecution, service: tricky, topic: "financial-investigation",
                 priority: 3, headcount: 25, languages: ["fr"]),
            Need(id: "N2", country: "NL", serviceKind: .police, service: "Politie | Rotterdam", topic: "financial-investigation",
                 priority: 2, headcount: 6, languages: ["fr", "en"]),
            Need(id: "N3", country: "LU", serviceKind: .police, topic: "financial-investigation", headcount: 4, languages: ["fr"]),
            Need(id: "N4", country: "NL", serviceKind: .police, topic: "indicators", headcount: 3, languages: ["nl"]),
            Need(id: "N5", country: "BE", serviceKind: .police, text: "Des besoins \"entre guillemets\", avec virgule;\nnouvelle ligne",
                 headcount: 2, languages: ["fr"]),
            Need(id: "N6", country: "NL", serviceKind: .judiciary, topic: "financial-investigation", headcount: 3, languages: ["en"]),
        ]
        let legal = LegalBase(id: "lb", topics: [
            LegalTopic(id: "confiscation", labels: LocalizedText([LocalizedString("en", "Confiscation")]), provisions: [
                Provision(country: "BE", cite: "Code pénal art. 42, \"special\"", value: "special-and-extended",
                          summaries: LocalizedText([LocalizedString("en", "Special & extended confiscation")])),
                Provision(country: "NL", cite: "Sr art. 36e", value: "separate-ontneming", verified: false),
            ]),
            LegalTopic(id: "reflection-period", labels: LocalizedText([LocalizedString("en", "Reflection period")]), provisions: [
                Provision(country: "BE", cite: "Aliens Act art. 61/2", value: "45", unit: "day"),
                Provision(country: "NL", cite: "Vc B8/3", value: "3", unit: "month"),
            ]),
        ])
        // N5 is a free-text need no module answers; the matcher found THB-IND closest.
        return PlanningInput(needs: needs, modules: modules, legalBase: legal, budgetDays: 10, closestModules: ["N5": "THB-IND"])
    }

    static let plan = Planner.plan(input)

    /// A Monday, and a fixed export moment.
    static let options = ExportOptions(language: "en", start: CivilDate("2027-01-11"),
                                       generated: Date(timeIntervalSince1970: 1_800_000_000))
}
