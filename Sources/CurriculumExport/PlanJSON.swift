import Foundation
import Planning
import TrainingModel

/// The plan as the JSON document of docs/formats.md section 7 (the contract of section 5): `courses` (one entry per
/// session), `unmet` and `objective`, with a few added fields (titles, dates, labels,
/// summaries, proposed handling, reason codes, jointness).
public enum PlanJSON {
    /// The document as pretty-printed JSON with sorted keys.
    public static func encode(_ plan: Plan, options: ExportOptions = ExportOptions()) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document(plan, options: options)), as: UTF8.self)
    }

    /// The document as values, for callers that embed it.
    public static func document(_ plan: Plan, options: ExportOptions = ExportOptions()) -> Document {
        let schedule = options.start.map { SessionSchedule(sessions: plan.sessions, start: $0) }
        let language = options.language
        return Document(
            courses: plan.sessions.map { session in
                let dates = schedule?[session: session.id]
                return Course(
                    id: session.id, module: session.module.id, title: session.module.title(for: language),
                    session: session.number, needs: session.placements.map(\.need.id),
                    placements: Dictionary(session.placements.map { ($0.need.id, $0.staff) }, uniquingKeysWith: +),
                    countries: session.countries.map(\.code), serviceKinds: session.serviceKinds.map(\.rawValue),
                    participants: session.participants, language: session.language.tag, mode: session.mode.rawValue,
                    days: Wording.decimal(session.days), start: dates?.first.description, end: dates?.last.description,
                    legalFlags: session.legalFlags.map { flag in
                        Flag(topic: flag.topic, label: flag.label(for: language), countries: flag.countries.map(\.code),
                             status: flag.status.rawValue,
                             provisions: flag.provisions.map { provision in
                                 ProvisionEntry(country: provision.country.code, cite: provision.cite, value: provision.value,
                                                unit: provision.unit, summary: Wording.summary(provision, language: language),
                                                verified: provision.verified ? nil : false)
                             },
                             unknownCountries: flag.unknownCountries.isEmpty ? nil : flag.unknownCountries.map(\.code),
                             handling: flag.handling(for: language))
                    })
            },
            unmet: plan.unmet.map { unmet in
                Unmet(need: unmet.need.id, reason: unmet.reason.explanation, code: unmet.reason.code,
                      country: unmet.need.country.code, serviceKind: unmet.need.serviceKind.rawValue,
                      headcount: unmet.need.headcount, weight: unmet.need.weight)
            },
            objective: ObjectiveEntry(coveredWeight: plan.objective.coveredWeight, totalWeight: plan.objective.totalWeight,
                                      daysUsed: Wording.decimal(plan.objective.daysUsed),
                                      budgetDays: Wording.decimal(plan.objective.budgetDays)),
            jointness: JointnessEntry(score: Wording.decimal(plan.jointness.score),
                                      crossCountryShare: Wording.decimal(plan.jointness.crossCountryShare),
                                      crossServiceShare: Wording.decimal(plan.jointness.crossServiceShare),
                                      multiCountrySessions: plan.jointness.multiCountrySessions,
                                      multiServiceSessions: plan.jointness.multiServiceSessions),
            legalBase: plan.legalBaseGiven
        )
    }

    /// The whole document.
    public struct Document: Codable, Sendable {
        public var courses: [Course]
        public var unmet: [Unmet]
        public var objective: ObjectiveEntry
        public var jointness: JointnessEntry
        /// Whether a legal base was given: without one, `legalFlags` are always empty.
        public var legalBase: Bool
    }

    /// One session.
    public struct Course: Codable, Sendable {
        public var id: String
        public var module: String
        public var title: String
        public var session: Int
        public var needs: [String]
        public var placements: [String: Int]
        public var countries: [String]
        public var serviceKinds: [String]
        public var participants: Int
        public var language: String
        public var mode: String
        public var days: Double
        public var start: String?
        public var end: String?
        public var legalFlags: [Flag]
    }

    /// A legal flag with every country's provision and the proposed handling.
    public struct Flag: Codable, Sendable {
        public var topic: String
        public var label: String
        public var countries: [String]
        public var status: String
        public var provisions: [ProvisionEntry]
        public var unknownCountries: [String]?
        public var handling: String
    }

    /// One country's provision: citation, value and summary.
    public struct ProvisionEntry: Codable, Sendable {
        public var country: String
        public var cite: String
        public var value: String?
        public var unit: String?
        public var summary: String?
        /// Present (false) only when the legal base marks the provision as not verified.
        public var verified: Bool?
    }

    /// A need left out, with its reason in words and as a code.
    public struct Unmet: Codable, Sendable {
        public var need: String
        public var reason: String
        public var code: String
        public var country: String
        public var serviceKind: String
        public var headcount: Int
        public var weight: Int
    }

    /// Covered and total weight, days used and available.
    public struct ObjectiveEntry: Codable, Sendable {
        public var coveredWeight: Int
        public var totalWeight: Int
        public var daysUsed: Double
        public var budgetDays: Double
    }

    /// How much the plan brings countries and services together (see `Jointness`).
    public struct JointnessEntry: Codable, Sendable {
        public var score: Double
        public var crossCountryShare: Double
        public var crossServiceShare: Double
        public var multiCountrySessions: Int
        public var multiServiceSessions: Int
    }
}
