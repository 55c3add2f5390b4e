import CurriculumExport
import Foundation
import PlanPipeline
import Planning
import TrainingModel
import Wording

/// What the plan page shows of a run: kept as JSON beside the exports, so that a plan run
/// months ago still shows as it was, whatever the catalogues have become since. A run keeps
/// one view per language of the pages (`view-fr.json`...), with titles, topics, legal flags,
/// reforms and reasons in that language; runs kept before have one (`view.json`), in the
/// language of their exports.
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
        /// Kept as it was from an earlier plan (absent in older runs).
        var confirmed: Bool?
        /// The services seated later than the quarter they asked for.
        var late: String?
        /// The warning that the legal base is more than a year old at the session's date.
        var legalBaseCheck: String?
    }

    struct Flag: Codable, Sendable {
        var topic: String
        var status: String
        var provisions: [String]
        var unknown: String?
        var advice: String
        /// For a `reform` flag: each reform under way, in words.
        var reforms: [String]?
    }

    struct Unmet: Codable, Sendable {
        var need: String
        /// The service's name (absent in older runs, and for needs without one).
        var service: String?
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
    /// Sessions of the earlier plan that could not be kept, and why (absent in older runs).
    var notKept: [String]?
    /// What the matching went without (the embedding model, a thesaurus), and how to get it
    /// (absent in older runs).
    var matchingNotes: [String]?

    /// The view of `plan` for readers of `language`, in the words of the exports.
    init(plan: Plan, needs: Int, language: LanguageCode, thesaurus: Thesaurus? = nil, options: ExportOptions = ExportOptions(),
         matchingNotes: [SemanticNote] = []) {
        let wording = PlanPageWording(plan, options: options, language: language)
        sessions = plan.sessions.map { session in
            let flags = session.legalFlags
            return Session(
                id: session.id, module: session.module.id, title: session.module.title(for: language), number: session.number,
                language: session.language.tag, mode: session.mode.rawValue, days: Self.number(session.days),
                participants: session.participants, countries: session.countries.map(\.code).joined(separator: ", "),
                kinds: session.serviceKinds.map(\.rawValue).joined(separator: ", "),
                placements: Self.services(session.placements, language: language),
                flags: flags.map { flag in
                    Flag(topic: flag.label(for: language), status: flag.status.rawValue,
                         provisions: flag.provisions.map { "\($0.country.code): \(LegalFlag.describe($0, in: language)) — \($0.cite)" },
                         unknown: flag.unknownCountries.isEmpty ? nil : flag.unknownCountries.map(\.code).joined(separator: ", "),
                         advice: flag.advice(in: language),
                         reforms: flag.status == .reform ? wording.reforms(flag, in: session) : nil)
                },
                hasFlags: !flags.isEmpty,
                when: wording.when(session),
                confirmed: session.confirmed,
                late: wording.late(session),
                legalBaseCheck: wording.legalBaseCheck(session)
            )
        }
        unmet = plan.unmet.map { item in
            Unmet(need: item.need.id, service: item.need.service, group: "\(item.need.country.code) \(item.need.serviceKind.rawValue)",
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
        notKept = wording.notKept
        self.matchingNotes = matchingNotes.map { $0.line(in: language, for: .page) }
    }

    /// "Parket Antwerpen (BE, parquet, 14)": each service once, with its country and kind and
    /// the staff of all its needs; the need's id stands in for a service without a name.
    static func services(_ placements: [Placement], language: LanguageCode) -> String {
        var order: [String] = []
        var staff: [String: (country: String, kind: ServiceKind, staff: Int)] = [:]
        for placement in placements {
            let name = placement.need.service ?? placement.need.id
            if staff[name] == nil { order.append(name) }
            staff[name, default: (placement.need.country.code, placement.need.serviceKind, 0)].staff += placement.staff
        }
        return order.map { name in
            let entry = staff[name]!
            return "\(name) (\(entry.country), \(entry.kind.name(in: language)), \(entry.staff))"
        }.joined(separator: ", ")
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}
