import Planning

/// A proposed calendar: sessions one after another on working days (Monday to Friday)
/// from a first day, each taking its days rounded up to whole days. A session of up to
/// five days never straddles a weekend; it starts the next Monday instead.
///
/// A session goes no earlier than the quarter its participants asked for (the needs'
/// `period`, weighted by the staff placed), so that sessions come in the order of the
/// requested quarters; a session whose quarter is already full follows on, later. Sessions
/// never overlap. Coordinators move sessions around afterwards; the proposal shows that the
/// plan fits a calendar and honours the requested periods where it can.
public struct SessionSchedule: Sendable {
    /// First and last day (inclusive) of a session, and the quarter it was asked for.
    public struct Dates: Hashable, Sendable {
        public var first: CivilDate
        public var last: CivilDate
        /// The requested period (`YYYY-Qn`) most of the session's staff named, if any did.
        public var requestedPeriod: String?
    }

    private var dates: [String: Dates]

    public init(sessions: [PlannedSession], start: CivilDate) {
        let start = Self.nextWorkingDay(from: start)
        let requested = sessions.map(Self.requestedPeriod)
        let earliest = requested.map { period in max(start, period.flatMap(Self.firstDay(ofQuarter:)) ?? start) }
        let order = sessions.indices.sorted { (earliest[$0], $0) < (earliest[$1], $1) }
        var dates: [String: Dates] = [:]
        var day = start
        for index in order {
            let session = sessions[index]
            day = Self.nextWorkingDay(from: max(day, earliest[index]))
            let length = max(1, Int(session.days.rounded(.up)))
            if length <= 5 && day.dayOfWeek + length - 1 > 5 {
                day = Self.nextWorkingDay(from: day.adding(days: 8 - day.dayOfWeek))
            }
            let first = day
            var last = day
            for _ in 1..<length { last = Self.nextWorkingDay(from: last.adding(days: 1)) }
            dates[session.id] = Dates(first: first, last: last, requestedPeriod: requested[index])
            day = Self.nextWorkingDay(from: last.adding(days: 1))
        }
        self.dates = dates
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
