import CurriculumFormats
import Foundation
import Planning
import SafeXML
import TrainingModel

/// The plan as `curriculum.xml`: catalogue-style, each planned module written as in a
/// catalogue with its sessions inside, then the needs left out (Curricula/schema/curriculum.xsd).
public enum CurriculumXML {
    public static func write(_ plan: Plan, options: ExportOptions = ExportOptions()) -> String {
        let schedule = SessionSchedule.of(plan, options: options)
        let language = options.language
        let writer = XMLWriter()
        let timestamp = ISO8601DateFormatter().string(from: options.generated)
        writer.element("curriculum", [
            ("xmlns", CurriculumSchema.namespace),
            ("generated", timestamp),
            ("start", options.start?.description),
            ("budgetDays", PlanFacts.days(plan.objective.budgetDays)),
            ("daysUsed", PlanFacts.days(plan.objective.daysUsed)),
            ("coveredWeight", String(plan.objective.coveredWeight)),
            ("totalWeight", String(plan.objective.totalWeight)),
            ("jointness", String(format: "%.3f", plan.jointness.score)),
            ("legalBase", plan.legalBaseGiven ? "true" : "false"),
        ]) {
            writer.element("title", [("xml:lang", "en")], text: "Proposed joint courses")
            for (module, sessions) in byModule(plan.sessions) {
                CatalogueWriter.writeModule(module, to: writer) {
                    for session in sessions {
                        writeSession(session, dates: schedule?[session: session.id], language: language, to: writer)
                    }
                }
            }
            for unmet in plan.unmet {
                writer.element("unmet", [
                    ("need", unmet.need.id), ("country", unmet.need.country.code),
                    ("serviceKind", unmet.need.serviceKind.rawValue), ("service", unmet.need.service),
                    ("topic", unmet.need.topic), ("headcount", String(max(0, unmet.need.headcount))),
                    ("weight", String(max(0, unmet.need.weight))), ("code", unmet.reason.code),
                ]) {
                    writer.element("reason", [("xml:lang", "en")], text: unmet.reason.explanation)
                }
            }
        }
        return writer.finish()
    }

    private static func writeSession(_ session: PlannedSession, dates: SessionSchedule.Dates?,
                                     language: LanguageCode, to writer: XMLWriter) {
        writer.element("session", [
            ("id", session.id), ("number", String(session.number)), ("language", session.language.tag),
            ("mode", session.mode.rawValue), ("days", PlanFacts.days(session.days)),
            ("participants", String(session.participants)),
            ("start", dates?.first.description), ("end", dates?.last.description),
            ("quarter", session.quarter), ("confirmed", session.confirmed ? "true" : nil),
        ]) {
            let late = Set(session.lateNeeds.map(\.id))
            for placement in session.placements {
                writer.element("placement", [
                    ("need", placement.need.id), ("country", placement.need.country.code),
                    ("serviceKind", placement.need.serviceKind.rawValue), ("service", placement.need.service),
                    ("staff", String(placement.staff)), ("period", placement.need.period),
                    ("late", late.contains(placement.need.id) ? "true" : nil),
                ])
            }
            for flag in session.legalFlags {
                writer.element("legalFlag", [
                    ("topic", flag.topic), ("status", flag.status.rawValue),
                    ("countries", flag.countries.map(\.code).joined(separator: " ")),
                    ("unknownCountries", flag.unknownCountries.isEmpty ? nil : flag.unknownCountries.map(\.code).joined(separator: " ")),
                ]) {
                    for label in flag.labels.versions {
                        writer.element("label", [("xml:lang", label.language.tag)], text: label.text)
                    }
                    for provision in flag.provisions {
                        writer.element("provision", [
                            ("country", provision.country.code), ("cite", provision.cite), ("value", provision.value),
                            ("unit", provision.unit), ("verified", provision.verified ? nil : "false"),
                        ]) {
                            for summary in provision.summaries.versions {
                                writer.element("summary", [("xml:lang", summary.language.tag)], text: summary.text)
                            }
                        }
                    }
                    writer.element("handling", [("xml:lang", "en")], text: flag.handling(for: language))
                }
            }
        }
    }

    /// Sessions grouped by module, in plan order.
    static func byModule(_ sessions: [PlannedSession]) -> [(TrainingModule, [PlannedSession])] {
        var order: [String] = []
        var groups: [String: (TrainingModule, [PlannedSession])] = [:]
        for session in sessions {
            if groups[session.module.id] == nil {
                order.append(session.module.id)
                groups[session.module.id] = (session.module, [])
            }
            groups[session.module.id]!.1.append(session)
        }
        return order.map { groups[$0]! }
    }
}
