import Planning
import Tabular
import TrainingModel

/// The plan as a spreadsheet: one row per need in each session it sits in, then one row per
/// need left out with its reason; the quarter, whether the need sits later than it asked
/// and whether the session is confirmed come last. Written by the project's one CSV writer
/// (UTF-8 with a BOM and CRLF line ends, quoted and formula-guarded as docs/formats.md says)
/// and, with the same rows, as `plan.xlsx`.
public enum PlanCSV {
    public static let columns = [
        "status", "course", "module", "title", "session", "language", "mode", "days", "start", "end",
        "participants", "need", "country", "service_kind", "service", "subject", "staff", "weight",
        "legal_flags", "reason_code", "reason", "quarter", "late", "confirmed",
    ]

    public static func write(_ plan: Plan, options: ExportOptions = ExportOptions()) -> String {
        CSVWriter.write(table(plan, options: options))
    }

    /// The workbook of `table(_:options:)`.
    public static func xlsx(_ plan: Plan, options: ExportOptions = ExportOptions()) throws -> [UInt8] {
        try XLSXWriter.write(table(plan, options: options))
    }

    /// The rows of the plan with typed cells: numbers as numbers, dates as dates.
    public static func table(_ plan: Plan, options: ExportOptions = ExportOptions()) -> Table {
        let schedule = SessionSchedule.of(plan, options: options)
        var rows: [[Cell]] = []
        for session in plan.sessions {
            let dates = schedule?[session: session.id]
            let flags = session.legalFlags.map { PlanFacts.flagSummary($0, language: options.language) }.joined(separator: "; ")
            let late = Set(session.lateNeeds.map(\.id))
            for placement in session.placements {
                let need = placement.need
                rows.append([
                    .text("placed"), .text(session.id), .text(session.module.id), .text(session.module.title(for: options.language)),
                    .integer(session.number), .text(session.language.tag), .text(session.mode.rawValue),
                    .decimal(PlanFacts.decimal(session.days)), .date(dates.map { day($0.first) }), .date(dates.map { day($0.last) }),
                    .integer(session.participants),
                    .text(need.id), .text(need.country.code), .text(need.serviceKind.rawValue), .text(need.service), .text(PlanFacts.subject(need)),
                    .integer(placement.staff), .integer(need.weight), .text(flags), .empty, .empty,
                    .text(session.quarter), .text(late.contains(need.id) ? "yes" : nil), .text(session.confirmed ? "yes" : nil),
                ])
            }
        }
        for unmet in plan.unmet {
            let need = unmet.need
            rows.append([
                .text("unmet"), .empty, .empty, .empty, .empty, .empty, .empty, .empty, .empty, .empty, .empty,
                .text(need.id), .text(need.country.code), .text(need.serviceKind.rawValue), .text(need.service), .text(PlanFacts.subject(need)),
                .integer(need.headcount), .integer(need.weight), .empty, .text(unmet.reason.code), .text(unmet.reason.explanation),
                .empty, .empty, .empty,
            ])
        }
        return Table(name: "plan", header: columns, rows: rows)
    }

    private static func day(_ date: CivilDate) -> Day {
        Day(year: date.year, month: date.month, day: date.day)
    }
}
