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
        let schedule = SessionSchedule.of(plan, options: options)
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
                    days: PlanFacts.decimal(session.days), start: dates?.first.description, end: dates?.last.description,
                    quarter: session.quarter, late: session.lateNeeds.map(\.id), confirmed: session.confirmed,
                    services: session.placements.map { ServiceEntry($0.need) },
                    legalFlags: session.legalFlags.map { flag in
                        Flag(topic: flag.topic, label: flag.label(for: language), countries: flag.countries.map(\.code),
                             status: flag.status.rawValue,
                             provisions: flag.provisions.map { provision in
                                 ProvisionEntry(country: provision.country.code, cite: provision.cite, value: provision.value,
                                                unit: provision.unit, summary: PlanFacts.summary(provision, language: language),
                                                verified: provision.verified ? nil : false)
                             },
                             unknownCountries: flag.unknownCountries.isEmpty ? nil : flag.unknownCountries.map(\.code),
                             handling: flag.handling(for: language),
                             reforms: flag.reforms.isEmpty ? nil : flag.reforms.map { item in
                                 ReformEntry(country: item.country.code, text: item.reform.text(for: .english), asOf: item.reform.asOf,
                                             status: item.reform.status, effective: item.reform.effective,
                                             lawChanged: PlanFacts.day(of: session, dates: dates).map(item.applies(on:)) ?? false)
                             })
                    },
                    legalBaseCheck: legalBaseCheck(plan, session, day: PlanFacts.day(of: session, dates: dates)))
            },
            unmet: plan.unmet.map { unmet in
                Unmet(need: unmet.need.id, service: unmet.need.service, reason: unmet.reason.explanation, code: unmet.reason.code,
                      country: unmet.need.country.code, serviceKind: unmet.need.serviceKind.rawValue,
                      headcount: unmet.need.headcount, weight: unmet.need.weight, closest: unmet.reason.closestModule)
            },
            objective: ObjectiveEntry(coveredWeight: plan.objective.coveredWeight, totalWeight: plan.objective.totalWeight,
                                      daysUsed: PlanFacts.decimal(plan.objective.daysUsed),
                                      budgetDays: PlanFacts.decimal(plan.objective.budgetDays)),
            jointness: JointnessEntry(score: PlanFacts.decimal(plan.jointness.score),
                                      crossCountryShare: PlanFacts.decimal(plan.jointness.crossCountryShare),
                                      crossServiceShare: PlanFacts.decimal(plan.jointness.crossServiceShare),
                                      multiCountrySessions: plan.jointness.multiCountrySessions,
                                      multiServiceSessions: plan.jointness.multiServiceSessions),
            legalBase: plan.legalBaseGiven,
            notKept: plan.notKept.isEmpty ? nil : plan.notKept.map { NotKept(id: $0.session.id, module: $0.session.module, reason: $0.explanation, code: $0.code) }
        )
    }

    /// The warning that the legal base's facts are more than a year old at the session's date.
    static func legalBaseCheck(_ plan: Plan, _ session: PlannedSession, day: String?) -> String? {
        guard let asOf = plan.legalBaseAsOf, let day, !session.legalFlags.isEmpty, PlanFacts.isOld(asOf: asOf, on: day) else { return nil }
        return EnglishPlanWording().legalBaseOld(asOf: asOf)
    }

    /// The whole document.
    public struct Document: Codable, Sendable {
        public var courses: [Course]
        public var unmet: [Unmet]
        public var objective: ObjectiveEntry
        public var jointness: JointnessEntry
        /// Whether a legal base was given: without one, `legalFlags` are always empty.
        public var legalBase: Bool
        /// Sessions of an earlier plan (`--keep`) that no longer fit, with the reason.
        public var notKept: [NotKept]?
    }

    /// A session that was to be kept but no longer fits.
    public struct NotKept: Codable, Sendable {
        public var id: String
        public var module: String
        public var reason: String
        public var code: String
    }

    /// Who a placement is for, by name: the need id with its service, country and kind.
    public struct ServiceEntry: Codable, Sendable {
        public var need: String
        public var service: String?
        public var country: String
        public var serviceKind: String

        init(_ need: Need) {
            self.need = need.id
            service = need.service
            country = need.country.code
            serviceKind = need.serviceKind.rawValue
        }
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
        /// The quarter the session is given in, `YYYY-Qn`.
        public var quarter: String?
        /// The needs seated later than the quarter they asked for.
        public var late: [String]
        /// Whether the session is decided: `plan --keep` keeps it as it is.
        public var confirmed: Bool
        public var services: [ServiceEntry]
        public var legalFlags: [Flag]
        /// Present when the legal base is more than a year old at the session's date.
        public var legalBaseCheck: String?
    }

    /// A reform under way in one of the session's countries; `lawChanged` once it applies
    /// at the session's date.
    public struct ReformEntry: Codable, Sendable {
        public var country: String
        public var text: String
        public var asOf: String
        public var status: String
        public var effective: String?
        public var lawChanged: Bool
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
        public var reforms: [ReformEntry]?
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
        public var service: String?
        public var reason: String
        public var code: String
        public var country: String
        public var serviceKind: String
        public var headcount: Int
        public var weight: Int
        /// For a free-text need no module answers, the module the matcher found closest.
        public var closest: String?
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
