import CurriculumFormats
import Foundation
import Planning
import TrainingModel

/// Phrases every export of a plan shares, so that the CSV, the page and the calendar say
/// the same thing in the same words.
enum Wording {
    /// Days as people write them: 3, 0.5, 0.375.
    static func days(_ value: Double) -> String {
        CatalogueWriter.number((value * 1000).rounded() / 1000)
    }

    /// A share as a whole percentage.
    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded())) %"
    }

    /// A number with three decimals at most, for machine-readable fields.
    static func decimal(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }

    /// "Laws differ (BE, NL)" or "no provision for LU", both when both apply.
    static func flagStatus(_ flag: LegalFlag) -> String {
        var parts: [String] = []
        if flag.status == .differs {
            parts.append("laws differ between \(flag.provisions.map(\.country.code).joined(separator: ", "))")
        }
        if !flag.unknownCountries.isEmpty {
            parts.append("no provision for \(flag.unknownCountries.map(\.code).joined(separator: ", "))")
        }
        return parts.joined(separator: "; ")
    }

    /// One line per flag for tables and calendar text: "confiscation: laws differ between BE, NL".
    static func flagSummary(_ flag: LegalFlag, language: LanguageCode) -> String {
        "\(flag.label(for: language)) [\(flag.topic)]: \(flagStatus(flag))"
    }

    /// A provision's summary for the reader's language, if the legal base has one.
    static func summary(_ provision: Provision, language: LanguageCode) -> String? {
        provision.summaries.best(for: language)
    }

    /// "N001 (BE, prosecution, 6)".
    static func placement(_ placement: Placement) -> String {
        "\(placement.need.id) (\(placement.need.country.code), \(placement.need.serviceKind.rawValue), \(placement.staff))"
    }

    /// What a need asks for: its topic or the start of its text.
    static func subject(_ need: Need, limit: Int = 80) -> String {
        if let topic = need.topic { return topic }
        let text = need.text?.split(whereSeparator: \.isWhitespace).joined(separator: " ") ?? ""
        return text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    /// The reasons in the order coordinators act on them: gaps in the offer first.
    static let reasonOrder = ["no-module", "audience", "language", "mode", "too-few", "budget"]

    static func reasonHeading(_ code: String) -> String {
        switch code {
        case "no-module": "No module answers it"
        case "audience": "Audience mismatch"
        case "language": "Language mismatch"
        case "mode": "Delivery mode mismatch"
        case "too-few": "Too few participants for the module's minimum"
        case "budget": "Budget exhausted"
        default: code
        }
    }

    /// Unmet needs grouped by reason, in `reasonOrder`.
    static func groupedUnmet(_ unmet: [UnmetNeed]) -> [(code: String, needs: [UnmetNeed])] {
        reasonOrder.compactMap { code in
            let needs = unmet.filter { $0.reason.code == code }
            return needs.isEmpty ? nil : (code, needs)
        }
    }

    /// The plan's summary in one sentence.
    static func coverage(_ plan: Plan) -> String {
        let objective = plan.objective
        let share = objective.totalWeight == 0 ? 0 : Double(objective.coveredWeight) / Double(objective.totalWeight)
        let covered = plan.coveredNeeds.count
        return "\(plan.sessions.count) sessions cover \(covered) of \(covered + plan.unmet.count) needs: weight \(objective.coveredWeight) of \(objective.totalWeight) (\(percent(share))), \(days(objective.daysUsed)) of \(days(objective.budgetDays)) training days"
    }

    static func jointness(_ plan: Plan) -> String {
        let joint = plan.jointness
        return String(format: "jointness %.2f: ", joint.score)
            + "\(percent(joint.crossCountryShare)) of participants train with colleagues from another country, "
            + "\(percent(joint.crossServiceShare)) with another kind of service"
    }
}
