import Wording
import Planning
import TrainingModel

/// The plan as a Markdown document: summary, the courses at a glance, each session with
/// who sits in it and its legal points side by side, then the needs left out by reason.
/// Written in the options' language (nl, fr, de; English otherwise).
public enum PlanMarkdown {
    public static func write(_ plan: Plan, options: ExportOptions = ExportOptions()) -> String {
        let schedule = SessionSchedule.of(plan, options: options)
        let language = options.language
        let w = options.wording
        let e = MarkdownText.escape
        func row(_ cells: [String]) -> String { "| " + cells.map(e).joined(separator: " | ") + " |" }
        func header(_ columns: [String]) -> [String] {
            [row(columns), "|" + String(repeating: "---|", count: columns.count)]
        }
        var lines: [String] = ["# " + e(w.title), ""]
        lines.append("- " + e(w.coverage(plan)))
        lines.append("- " + e(w.jointness(plan)))
        lines.append("- " + e(w.legalSummary(plan)))
        lines.append("")

        lines.append("## " + e(w.courses))
        lines.append("")
        if plan.sessions.isEmpty {
            lines.append(e(w.noSessionFits))
        } else {
            lines += header(w.courseColumns)
            for session in plan.sessions {
                lines.append(row([
                    session.id, "\(session.module.id) #\(session.number)", session.module.title(for: language),
                    session.language.tag, w.mode(session.mode), w.reader.number(session.days),
                    schedule?[session: session.id].map(w.dates) ?? session.quarter.map(w.quarter) ?? "", String(session.participants),
                    session.countries.map(\.code).joined(separator: ", "), w.serviceKinds(session.serviceKinds),
                    w.flagCell(session.legalFlags, language: language),
                ]))
            }
        }
        lines.append("")

        for session in plan.sessions {
            lines.append("### \(e(session.id)) · "
                + e(w.labelled(w.session(module: session.module.id, number: session.number), session.module.title(for: language))))
            lines.append("")
            lines.append(e(w.facts(session, dates: schedule?[session: session.id])))
            lines.append("")
            if let late = w.late(session) {
                lines.append(e(w.labelled(w.lateLabel, late)))
                lines.append("")
            }
            lines += header(w.placementColumns)
            for placement in session.placements {
                let need = placement.need
                lines.append(row([need.service ?? need.id, need.country.code, w.serviceKind(need.serviceKind),
                                  PlanFacts.subject(need, plan: plan, language: language), String(placement.staff)]))
            }
            lines.append("")
            for line in w.drift(session, plan: plan, day: PlanFacts.day(of: session, dates: schedule?[session: session.id])) {
                lines.append("- " + e(line))
            }
            if session.legalFlags.contains(where: { $0.status == .reform }) { lines.append("") }
            for flag in session.legalFlags where flag.status != .reform {
                lines.append("**" + e(w.labelled(w.legalPoint, w.flagSummary(flag, language: language))) + "**")
                lines.append("")
                lines += header(w.provisionColumns)
                for provision in flag.provisions {
                    lines.append(row([provision.country.code, w.provision(provision, language: language), provision.cite,
                                      PlanFacts.summary(provision, language: language) ?? ""]))
                }
                for country in flag.unknownCountries {
                    lines.append("| \(e(country.code)) | \(e(w.noProvisionInLegalBase)) | | |")
                }
                lines.append("")
                lines.append(e(w.labelled(w.proposedHandling, flag.advice(in: language))))
                lines.append("")
            }
        }

        if !plan.notKept.isEmpty {
            lines.append("## " + e(w.notKeptHeading))
            lines.append("")
            for session in plan.notKept { lines.append("- " + e(w.notKept(session))) }
            lines.append("")
        }

        lines.append("## \(e(w.needsLeftOut)) (\(plan.unmet.count))")
        lines.append("")
        if plan.unmet.isEmpty { lines.append(e(w.everyNeedCovered)) }
        for (code, group) in PlanFacts.groupedUnmet(plan.unmet) {
            lines.append("### \(e(w.reasonHeading(code))) (\(group.count))")
            lines.append("")
            lines += header(w.unmetColumns)
            for unmet in group {
                let need = unmet.need
                lines.append(row([need.service ?? need.id, need.country.code, w.serviceKind(need.serviceKind),
                                  PlanFacts.subject(need, plan: plan, language: language), String(need.headcount), String(need.weight),
                                  unmet.reason.explanation(in: language)]))
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
