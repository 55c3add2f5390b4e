import Planning

/// A proposed calendar: sessions one after another on working days (Monday to Friday)
/// from a first day, each taking its days rounded up to whole days. A session of up to
/// five days never straddles a weekend; it starts the next Monday instead. Coordinators
/// move sessions around afterwards; the proposal only shows that the plan fits a calendar.
public struct SessionSchedule: Sendable {
    /// First and last day (inclusive) of a session.
    public struct Dates: Hashable, Sendable {
        public var first: CivilDate
        public var last: CivilDate
    }

    private var dates: [String: Dates]

    public init(sessions: [PlannedSession], start: CivilDate) {
        var dates: [String: Dates] = [:]
        var day = Self.nextWorkingDay(from: start)
        for session in sessions {
            let length = max(1, Int(session.days.rounded(.up)))
            if length <= 5 && day.dayOfWeek + length - 1 > 5 {
                day = Self.nextWorkingDay(from: day.adding(days: 8 - day.dayOfWeek))
            }
            let first = day
            var last = day
            for _ in 1..<length { last = Self.nextWorkingDay(from: last.adding(days: 1)) }
            dates[session.id] = Dates(first: first, last: last)
            day = Self.nextWorkingDay(from: last.adding(days: 1))
        }
        self.dates = dates
    }

    /// The dates of a session, by its id.
    public subscript(session id: String) -> Dates? { dates[id] }

    private static func nextWorkingDay(from day: CivilDate) -> CivilDate {
        var day = day
        while !day.isWorkingDay { day = day.adding(days: 1) }
        return day
    }
}
