import Foundation
import Planning
import TrainingModel

/// A proposed calendar: sessions one after another on working days (Monday to Friday)
/// from a first day, each taking its days rounded up to whole days. A session of up to
/// five days never straddles a weekend; it starts the next Monday instead.
///
/// Every session lies inside its quarter (the planner chose it so that no need is seated
/// before the period it asked for), from the first day on: sessions of a quarter follow
/// one another, and when the quarter is full the next one starts again at its beginning,
/// alongside (another room, other trainers). Sessions kept from an earlier plan keep their
/// dates. Coordinators move sessions around afterwards; the proposal shows that the plan
/// fits a calendar and honours the requested periods.
public struct SessionSchedule: Sendable {
    /// First and last day (inclusive) of a session, and the quarter it was asked for.
    public struct Dates: Hashable, Sendable {
        public var first: CivilDate
        public var last: CivilDate
        /// The requested period (`YYYY-Qn`) most of the session's staff named, if any did.
        public var requestedPeriod: String?
    }

    private var dates: [String: Dates]

    /// The calendar of a plan: every session with `start`, only kept ones without.
    public static func of(_ plan: Plan, options: ExportOptions) -> SessionSchedule? {
        guard options.start != nil || plan.sessions.contains(where: { $0.keptDates != nil }) else { return nil }
        return SessionSchedule(sessions: plan.sessions, start: options.start)
    }

    public init(sessions: [PlannedSession], start: CivilDate?) {
        dates = Self.dates(sessions, start: start)
    }

    private static func dates(_ sessions: [PlannedSession], start: CivilDate?) -> [String: Dates] {
        var dates: [String: Dates] = [:]
        for session in sessions {
            if let kept = session.keptDates, let first = CivilDate(kept.start), let last = CivilDate(kept.end) {
                dates[session.id] = Dates(first: first, last: last, requestedPeriod: Self.requestedPeriod(of: session))
            }
        }
        guard let given = start else { return dates }
        let start = Self.nextWorkingDay(from: given)
        let open = sessions.indices.filter { dates[sessions[$0].id] == nil }
        let requested = sessions.map(Self.requestedPeriod)
        let earliest = sessions.map { session -> CivilDate in
            let quarterStart = (session.quarter ?? Self.requestedPeriod(of: session)).flatMap(Self.firstDay(ofQuarter:))
            return max(start, quarterStart ?? start)
        }
        let order = open.sorted { (earliest[$0], $0) < (earliest[$1], $1) }
        var day = start
        var track: CivilDate? = nil
        for index in order {
            let session = sessions[index]
            let length = max(1, Int(session.days.rounded(.up)))
            if track != earliest[index] {
                // A new quarter: its first session goes on from the later of its first day and where the last quarter stopped.
                track = earliest[index]
                day = max(day, earliest[index])
            }
            var first = Self.fitting(from: day, length: length)
            var last = Self.lastDay(from: first, length: length)
            if let end = session.quarter.flatMap(Self.lastDay(ofQuarter:)), end >= earliest[index], last > end, first > earliest[index] {
                // The quarter is full: start again at its beginning, alongside.
                first = Self.fitting(from: earliest[index], length: length)
                last = Self.lastDay(from: first, length: length)
            }
            dates[session.id] = Dates(first: first, last: last, requestedPeriod: requested[index])
            day = Self.nextWorkingDay(from: last.adding(days: 1))
        }
        return dates
    }

    private static func fitting(from day: CivilDate, length: Int) -> CivilDate {
        let day = nextWorkingDay(from: day)
        if length <= 5 && day.dayOfWeek + length - 1 > 5 {
            return nextWorkingDay(from: day.adding(days: 8 - day.dayOfWeek))
        }
        return day
    }

    private static func lastDay(from first: CivilDate, length: Int) -> CivilDate {
        var last = first
        for _ in 1..<length { last = nextWorkingDay(from: last.adding(days: 1)) }
        return last
    }

    /// The last day of a `YYYY-Qn` quarter.
    static func lastDay(ofQuarter period: String) -> CivilDate? {
        guard let first = firstDay(ofQuarter: period) else { return nil }
        let next = first.month == 10 ? CivilDate("\(first.year + 1)-01-01") : CivilDate(String(format: "%04d-%02d-01", first.year, first.month + 3))
        return next?.adding(days: -1)
    }

    /// The quarter (`YYYY-Qn`) a day falls in.
    public static func quarter(of day: CivilDate) -> String {
        "\(day.year)-Q\((day.month - 1) / 3 + 1)"
    }

    /// The dates of a session, by its id.
    public subscript(session id: String) -> Dates? { dates[id] }

    /// The period named by most of the session's placed staff; on a tie, the earliest.
    static func requestedPeriod(of session: PlannedSession) -> String? {
        var staff: [String: Int] = [:]
        for placement in session.placements {
            if let period = placement.need.period { staff[period, default: 0] += placement.staff }
        }
        return staff.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The first day of a `YYYY-Qn` quarter; nil for any other text.
    static func firstDay(ofQuarter period: String) -> CivilDate? {
        let parts = period.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, parts[1].first == "Q",
              let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
        return CivilDate("\(parts[0])-\(quarter == 4 ? "10" : "0\(quarter * 3 - 2)")-01")
    }

    private static func nextWorkingDay(from day: CivilDate) -> CivilDate {
        var day = day
        while !day.isWorkingDay { day = day.adding(days: 1) }
        return day
    }
}
