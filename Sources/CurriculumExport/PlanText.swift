import Planning
import TrainingModel

/// The plan as plain text for a terminal: what `jointtraining plan` prints by default.
/// Each session with its facts, its staff and its legal points; then the needs left out,
/// grouped by reason so that coordinators see which modules to commission.
public enum PlanText {
    public static func write(_ plan: Plan, options: ExportOptions = ExportOptions(), width: Int = 100) -> String {
        let schedule = options.start.map { SessionSchedule(sessions: plan.sessions, start: $0) }
        let language = options.language
        var out: [String] = []
        func say(_ text: String, indent: Int = 0, hanging: Int = 0) {
            out += wrap(text, width: width, indent: indent, hanging: hanging)
        }
        say("Proposed joint courses")
        say("Covered: " + Wording.coverage(plan), hanging: 2)
        say("Together: " + Wording.jointness(plan).prefix(1).uppercased() + Wording.jointness(plan).dropFirst(), hanging: 2)
        say("Legal: " + PlanMarkdown.legalSummary(plan), hanging: 2)
        if plan.sessions.isEmpty {
            out.append("")
            say("No session fits the training days available.")
        }
        for session in plan.sessions {
            out.append("")
            say("\(session.id)  \(session.module.id) session \(session.number): \(session.module.title(for: language))", hanging: 4)
            let places = session.module.effectivePlaces
            var facts = "\(Wording.days(session.days)) day\(session.days == 1 ? "" : "s") · \(session.mode.rawValue) · in \(session.language.tag) · \(session.participants) participants (places \(places.min)–\(places.max))"
            if let range = schedule?[session: session.id] { facts += " · " + PlanMarkdown.dates(range) }
            say(facts, indent: 4)
            say("From: \(session.countries.map(\.code).joined(separator: ", ")) · \(session.serviceKinds.map(\.rawValue).joined(separator: ", "))", indent: 4)
            say("Needs: " + session.placements.map(Wording.placement).joined(separator: ", "), indent: 4, hanging: 4)
            for flag in session.legalFlags {
                let mark = flag.status == .differs ? "!" : "?"
                say("\(mark) \(flag.label(for: language)) [\(flag.topic)]: \(Wording.flagStatus(flag))", indent: 4, hanging: 2)
                for provision in flag.provisions {
                    let verified = provision.verified ? "" : " (not verified)"
                    say("\(provision.country.code)  \(LegalFlag.describe(provision))\(verified) — \(provision.cite)", indent: 8, hanging: 4)
                }
                for country in flag.unknownCountries {
                    say("\(country.code)  no provision in the legal base", indent: 8)
                }
                say("→ " + flag.advice(for: language), indent: 8, hanging: 2)
            }
        }
        out.append("")
        say("Needs left out: \(plan.unmet.count)")
        for (code, group) in Wording.groupedUnmet(plan.unmet) {
            out.append("")
            say("\(Wording.reasonHeading(code)) (\(group.count))", indent: 2)
            for unmet in group {
                let need = unmet.need
                let who = [need.country.code, need.serviceKind.rawValue, need.service].compactMap { $0 }.joined(separator: ", ")
                say("\(need.id)  \(who) · \(Wording.subject(need, limit: 60)) · \(need.headcount) staff, weight \(need.weight)", indent: 4, hanging: 4)
                say(unmet.reason.explanation, indent: 8, hanging: 2)
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
