import NeedsCSV
import Planning
import TrainingModel

/// The plan as a spreadsheet: one row per need in each session it sits in, then one row per
/// need left out with its reason; the quarter, whether the need sits later than it asked
/// and whether the session is confirmed come last. UTF-8 with a BOM and CRLF line ends, so
/// that Excel opens it with accents intact; fields quoted as RFC 4180 requires.
public enum PlanCSV {
    public static let columns = [
        "status", "course", "module", "title", "session", "language", "mode", "days", "start", "end",
        "participants", "need", "country", "service_kind", "service", "subject", "staff", "weight",
        "legal_flags", "reason_code", "reason", "quarter", "late", "confirmed",
    ]

    public static func write(_ plan: Plan, options: ExportOptions = ExportOptions()) -> String {
        let schedule = SessionSchedule.of(plan, options: options)
        var out = "\u{FEFF}" + columns.joined(separator: ",") + "\r\n"
        func row(_ fields: [String]) {
            out += fields.map(CSVField.escape).joined(separator: ",") + "\r\n"
        }
        for session in plan.sessions {
            let dates = schedule?[session: session.id]
            let flags = session.legalFlags.map { Wording.flagSummary($0, language: options.language) }.joined(separator: "; ")
            let late = Set(session.lateNeeds.map(\.id))
            for placement in session.placements {
                let need = placement.need
                row([
                    "placed", session.id, session.module.id, session.module.title(for: options.language),
                    String(session.number), session.language.tag, session.mode.rawValue, Wording.days(session.days),
                    dates?.first.description ?? "", dates?.last.description ?? "", String(session.participants),
                    need.id, need.country.code, need.serviceKind.rawValue, need.service ?? "", Wording.subject(need),
                    String(placement.staff), String(need.weight), flags, "", "",
                    session.quarter ?? "", late.contains(need.id) ? "yes" : "", session.confirmed ? "yes" : "",
                ])
            }
        }
        for unmet in plan.unmet {
            let need = unmet.need
            row([
                "unmet", "", "", "", "", "", "", "", "", "", "",
                need.id, need.country.code, need.serviceKind.rawValue, need.service ?? "", Wording.subject(need),
                String(need.headcount), String(need.weight), "", unmet.reason.code, unmet.reason.explanation, "", "", "",
            ])
        }
        return out
    }
}
