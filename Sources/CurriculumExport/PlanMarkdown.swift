import Planning
import TrainingModel

/// The plan as a Markdown document: summary, the courses at a glance, each session with
/// who sits in it and its legal points side by side, then the needs left out by reason.
public enum PlanMarkdown {
    public static func write(_ plan: Plan, options: ExportOptions = ExportOptions()) -> String {
        let schedule = options.start.map { SessionSchedule(sessions: plan.sessions, start: $0) }
        let language = options.language
        let e = MarkdownText.escape
        var lines: [String] = ["# Proposed joint courses", ""]
        lines.append("- " + e(Wording.coverage(plan)))
        lines.append("- " + e(Wording.jointness(plan)))
        lines.append("- " + e(legalSummary(plan)))
        lines.append("")

        lines.append("## Courses")
        lines.append("")
        if plan.sessions.isEmpty {
            lines.append("No session fits the training days available.")
        } else {
            lines.append("| Course | Module | Title | Language | Mode | Days | Dates | Participants | Countries | Services | Legal flags |")
            lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
            for session in plan.sessions {
                let cells = [
                    session.id, "\(session.module.id) #\(session.number)", session.module.title(for: language),
                    session.language.tag, session.mode.rawValue, Wording.days(session.days),
                    dates(schedule?[session: session.id]), String(session.participants),
                    session.countries.map(\.code).joined(separator: ", "),
                    session.serviceKinds.map(\.rawValue).joined(separator: ", "),
                    session.legalFlags.map { "\($0.topic): \($0.status.rawValue)" }.joined(separator: "; "),
                ]
                lines.append("| " + cells.map(e).joined(separator: " | ") + " |")
            }
        }
        lines.append("")

        for session in plan.sessions {
            lines.append("### \(e(session.id)) · \(e(session.module.id)) session \(session.number): \(e(session.module.title(for: language)))")
            lines.append("")
            let places = session.module.effectivePlaces
            var facts = "\(Wording.days(session.days)) days · \(session.mode.rawValue) · \(session.language.tag) · \(session.participants) participants (places \(places.min)–\(places.max))"
            if let range = schedule?[session: session.id] { facts += " · " + dates(range) }
            lines.append(e(facts))
            lines.append("")
            lines.append("| Need | Country | Service kind | Service | Subject | Staff |")
            lines.append("|---|---|---|---|---|---|")
            for placement in session.placements {
                let need = placement.need
                let cells = [need.id, need.country.code, need.serviceKind.rawValue, need.service ?? "",
                             Wording.subject(need), String(placement.staff)]
                lines.append("| " + cells.map(e).joined(separator: " | ") + " |")
            }
            lines.append("")
            for flag in session.legalFlags {
                lines.append("**Legal point: \(e(flag.label(for: language))) [\(e(flag.topic))]: \(e(Wording.flagStatus(flag)))**")
                lines.append("")
                lines.append("| Country | Provision | Citation | Summary |")
                lines.append("|---|---|---|---|")
                for provision in flag.provisions {
                    let cells = [provision.country.code,
                                 LegalFlag.describe(provision) + (provision.verified ? "" : " (not verified)"),
                                 provision.cite, Wording.summary(provision, language: language) ?? ""]
                    lines.append("| " + cells.map(e).joined(separator: " | ") + " |")
                }
                for country in flag.unknownCountries {
                    lines.append("| \(e(country.code)) | no provision in the legal base | | |")
                }
                lines.append("")
                lines.append("Proposed handling: " + e(flag.advice(for: language)))
                lines.append("")
            }
        }

        lines.append("## Needs left out (\(plan.unmet.count))")
        lines.append("")
        if plan.unmet.isEmpty { lines.append("Every need is covered.") }
        for (code, group) in Wording.groupedUnmet(plan.unmet) {
            lines.append("### \(e(Wording.reasonHeading(code))) (\(group.count))")
            lines.append("")
            lines.append("| Need | Country | Service kind | Service | Subject | Staff | Weight | Reason |")
            lines.append("|---|---|---|---|---|---|---|---|")
            for unmet in group {
                let need = unmet.need
                let cells = [need.id, need.country.code, need.serviceKind.rawValue, need.service ?? "",
                             Wording.subject(need), String(need.headcount), String(need.weight), unmet.reason.explanation]
                lines.append("| " + cells.map(e).joined(separator: " | ") + " |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func dates(_ range: SessionSchedule.Dates?) -> String {
        guard let range else { return "" }
        return range.first == range.last ? range.first.description : "\(range.first) to \(range.last)"
    }

    static func legalSummary(_ plan: Plan) -> String {
        guard plan.legalBaseGiven else {
            return "No legal base was given: legal differences between the countries were not checked."
        }
        let flagged = plan.sessions.filter { !$0.legalFlags.isEmpty }
        let flags = plan.sessions.flatMap(\.legalFlags)
        guard !flags.isEmpty else { return "No legal differences to handle in these sessions." }
        let differs = flags.filter { $0.status == .differs }.count
        return "\(flagged.count) session(s) teach legal topics on which the countries differ or the law of one is unknown: \(differs) difference(s), \(flags.count - differs) unknown provision(s)"
    }
}
