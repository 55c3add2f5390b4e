import Foundation

/// A calendar day without time or time zone, written `YYYY-MM-DD`.
public struct CivilDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The day, or nil when the text is not a real date in `YYYY-MM-DD` form.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let date = Self.calendar.date(from: DateComponents(year: year, month: month, day: day)),
              Self.calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: year, month: month, day: day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(_ date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year!
        month = parts.month!
        day = parts.day!
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// `YYYYMMDD`, as iCalendar writes dates.
    public var compact: String { String(format: "%04d%02d%02d", year, month, day) }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> CivilDate {
        CivilDate(Self.calendar.date(byAdding: .day, value: count, to: date)!)
    }

    /// Monday to Friday.
    public var isWorkingDay: Bool { (2...6).contains(Self.calendar.component(.weekday, from: date)) }

    /// 1 Monday … 5 Friday, 6 Saturday, 7 Sunday.
    public var dayOfWeek: Int { (Self.calendar.component(.weekday, from: date) + 5) % 7 + 1 }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private var date: Date { Self.calendar.date(from: DateComponents(year: year, month: month, day: day))! }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
