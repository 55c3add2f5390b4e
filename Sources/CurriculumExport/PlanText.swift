import Planning
import TrainingModel

/// The plan as plain text for a terminal: what `jointtraining plan` prints by default.
/// Each session with its facts, its staff and its legal points; then the needs left out,
/// grouped by reason so that coordinators see which modules to commission. Written in the
/// options' language (nl, fr, de; English otherwise).
public enum PlanText {
    public static func write(_ plan: Plan, options: ExportOptions = ExportOptions(), width: Int = 100) -> String {
        let schedule = SessionSchedule.of(plan, options: options)
        let language = options.language
        let w = options.wording
        var out: [String] = []
        func say(_ text: String, indent: Int = 0, hanging: Int = 0) {
            out += wrap(text, width: width, indent: indent, hanging: hanging)
        }
        say(w.title)
        say(w.labelled(w.coveredLabel, w.coverage(plan)), hanging: 2)
        let jointness = w.jointness(plan)
        say(w.labelled(w.togetherLabel, jointness.prefix(1).uppercased() + jointness.dropFirst()), hanging: 2)
        say(w.labelled(w.legalLabel, w.legalSummary(plan)), hanging: 2)
        if plan.sessions.isEmpty {
            out.append("")
            say(w.noSessionFits)
        }
        for session in plan.sessions {
            out.append("")
            say("\(session.id)  " + w.labelled(w.session(module: session.module.id, number: session.number), session.module.title(for: language)),
                hanging: 4)
            say(w.facts(session, dates: schedule?[session: session.id], languageInWords: true), indent: 4)
            say(w.labelled(w.fromLabel, "\(session.countries.map(\.code).joined(separator: ", ")) · \(w.serviceKinds(session.serviceKinds))"),
                indent: 4)
            say(w.labelled(w.needsLabel, w.services(session.placements)), indent: 4, hanging: 4)
            if let late = w.late(session) { say(w.labelled(w.lateLabel, late), indent: 4, hanging: 4) }
            for line in w.drift(session, plan: plan, day: PlanFacts.day(of: session, dates: schedule?[session: session.id])) {
                say("~ " + line, indent: 4, hanging: 2)
            }
            for flag in session.legalFlags where flag.status != .reform {
                let mark = flag.status == .differs ? "!" : "?"
                say("\(mark) " + w.flagSummary(flag, language: language), indent: 4, hanging: 2)
                for provision in flag.provisions {
                    say("\(provision.country.code)  \(w.provision(provision, language: language)) — \(provision.cite)", indent: 8, hanging: 4)
                }
                for country in flag.unknownCountries {
                    say("\(country.code)  \(w.noProvisionInLegalBase)", indent: 8)
                }
                say("→ " + flag.advice(in: language), indent: 8, hanging: 2)
            }
        }
        if !plan.notKept.isEmpty {
            out.append("")
            say(w.notKeptHeading)
            for session in plan.notKept { say(w.notKept(session), indent: 2, hanging: 2) }
        }
        out.append("")
        say(w.labelled(w.needsLeftOut, String(plan.unmet.count)))
        for (code, group) in PlanFacts.groupedUnmet(plan.unmet) {
            out.append("")
            say("\(w.reasonHeading(code)) (\(group.count))", indent: 2)
            for unmet in group {
                let need = unmet.need
                let who = (need.service ?? need.id) + " (\(need.country.code), \(w.serviceKind(need.serviceKind)))"
                say("\(who) · \(PlanFacts.subject(need, limit: 60, plan: plan, language: language)) · \(w.staff(need.headcount, weight: need.weight))",
                    indent: 4, hanging: 4)
                say(unmet.reason.explanation(in: language), indent: 8, hanging: 2)
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Word-wraps `text` to `width` columns; the first line indented by `indent`, the
    /// following ones by `indent + hanging`.
    static func wrap(_ text: String, width: Int, indent: Int = 0, hanging: Int = 0) -> [String] {
        var lines: [String] = []
        var line = String(repeating: " ", count: indent)
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = String(repeating: " ", count: indent + hanging)
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}
