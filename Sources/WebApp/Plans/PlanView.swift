import Foundation
import Planning
import TrainingModel

/// What the plan page shows of a run: kept as JSON beside the exports, so that a plan run
/// months ago still shows as it was, whatever the catalogues have become since. The planner's
/// sentences (reasons, legal advice) are kept in the run's export language.
struct PlanView: Codable, Sendable {
    struct Session: Codable, Sendable {
        var id: String
        var module: String
        var title: String
        var number: Int
        var language: String
        var mode: String
        var days: String
        var participants: Int
        var countries: String
        var kinds: String
        var placements: String
        var flags: [Flag]
        var hasFlags: Bool
        /// The quarter, or the first and last day when the run has a start (absent in older runs).
        var when: String?
    }

    struct Flag: Codable, Sendable {
        var topic: String
        var status: String
        var provisions: [String]
        var unknown: String?
        var advice: String
    }

    struct Unmet: Codable, Sendable {
        var need: String
        var group: String
        var what: String
        var reason: String
    }

    var sessions: [Session]
    var unmet: [Unmet]
    var needs: Int
    var coveredNeeds: Int
    var coveredWeight: Int
    var totalWeight: Int
    var daysUsed: String
    var budgetDays: String
    var flaggedSessions: Int
    var multiCountrySessions: Int
    var legalBaseGiven: Bool

    init(plan: Plan, needs: Int, language: LanguageCode, thesaurus: Thesaurus? = nil, dates: [String: String] = [:]) {
        sessions = plan.sessions.map { session in
            // The page shows differences and gaps; reforms are in the exports, with their dates.
            let flags = session.legalFlags.filter { $0.status != .reform }
            return
            Session(
                id: session.id, module: session.module.id, title: session.module.title(for: language), number: session.number,
                language: session.language.tag, mode: session.mode.rawValue, days: Self.number(session.days),
                participants: session.participants, countries: session.countries.map(\.code).joined(separator: ", "),
                kinds: session.serviceKinds.map(\.rawValue).joined(separator: ", "),
                placements: Self.services(session.placements),
                flags: flags.map { flag in
                    Flag(topic: flag.label(for: language), status: flag.status.rawValue,
                         provisions: flag.provisions.map { "\($0.country.code): \(LegalFlag.describe($0, in: language)) — \($0.cite)" },
                         unknown: flag.unknownCountries.isEmpty ? nil : flag.unknownCountries.map(\.code).joined(separator: ", "),
                         advice: flag.advice(in: language))
                },
                hasFlags: !flags.isEmpty,
                when: dates[session.id] ?? session.quarter
            )
        }
        unmet = plan.unmet.map { item in
            Unmet(need: item.need.id, group: "\(item.need.country.code) \(item.need.serviceKind.rawValue)",
                  what: item.need.topic.map { thesaurus?.concept($0)?.label(for: language) ?? $0 } ?? item.need.text ?? "",
                  reason: item.reason.explanation(in: language))
        }
        self.needs = needs
        coveredNeeds = plan.coveredNeeds.count
        coveredWeight = plan.objective.coveredWeight
        totalWeight = plan.objective.totalWeight
        daysUsed = Self.number(plan.objective.daysUsed)
        budgetDays = Self.number(plan.objective.budgetDays)
        flaggedSessions = plan.sessions.filter { $0.legalFlags.contains { $0.status != .reform } }.count
        multiCountrySessions = plan.jointness.multiCountrySessions
        legalBaseGiven = plan.legalBaseGiven
    }

    /// "Parket Antwerpen (BE, 14)": each service once, with the staff of all its needs.
    static func services(_ placements: [Placement]) -> String {
        var order: [String] = []
        var staff: [String: (country: String, staff: Int)] = [:]
        for placement in placements {
            let name = placement.need.service ?? placement.need.id
            if staff[name] == nil { order.append(name) }
            staff[name, default: (placement.need.country.code, 0)].staff += placement.staff
        }
        return order.map { "\($0) (\(staff[$0]!.country), \(staff[$0]!.staff))" }.joined(separator: ", ")
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}
