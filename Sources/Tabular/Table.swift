/// A table to hand to a spreadsheet: a header row and rows of typed cells.
///
/// Every table the project exports (needs, inventory, plan, invitations) is built once as a
/// `Table` and then written by `CSVWriter` and `XLSXWriter`, so that the CSV and the xlsx file
/// always hold the same rows and only one piece of code decides how a cell is written.
public struct Table: Sendable, Hashable {
    /// The sheet's name in an xlsx file (at most 31 characters, no `[]:*?/\`).
    public var name: String
    public var header: [String]
    public var rows: [[Cell]]

    public init(name: String, header: [String], rows: [[Cell]] = []) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

/// One cell, typed so that a spreadsheet gets numbers as numbers and dates as dates.
///
/// Only `text` cells can hold a formula for a spreadsheet, so only they are neutralised: a
/// headcount of 3 or a gap of -1.5 is written as a number and never prefixed.
public enum Cell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// A number with `places` decimals when given (written so in CSV and formatted so in xlsx),
    /// otherwise in its shortest form (`3`, `2.5`).
    case decimal(Double, places: Int?)
    case date(Day)
    /// An empty cell (an absent value, not an empty text).
    case empty

    /// A text cell, or an empty one when there is no text.
    public static func text(_ value: String?) -> Cell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    /// An integer cell, or an empty one when there is no value.
    public static func integer(_ value: Int?) -> Cell {
        value.map(Cell.integer) ?? .empty
    }

    /// A decimal cell, or an empty one when there is no value.
    public static func decimal(_ value: Double?, places: Int? = nil) -> Cell {
        guard let value, value.isFinite else { return .empty }
        return .decimal(value, places: places)
    }

    /// A date cell, or an empty one when there is no date.
    public static func date(_ value: Day?) -> Cell {
        value.map(Cell.date) ?? .empty
    }

    /// The cell as plain text, as CSV writes it before quoting: numbers with a decimal point,
    /// dates as `YYYY-MM-DD`.
    public var plainText: String {
        switch self {
        case .text(let text): text
        case .integer(let value): String(value)
        case .decimal(let value, let places): Self.decimalText(value, places: places)
        case .date(let day): day.description
        case .empty: ""
        }
    }

    static func decimalText(_ value: Double, places: Int?) -> String {
        if let places { return formatted(value, places: places) }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// `value` with exactly `places` decimals, without Foundation's locale-dependent formatting.
    private static func formatted(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<max(0, places) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let whole = Int(scaled)
        let sign = value < 0 && whole != 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        let digits = String(whole % Int(scale))
        return sign + String(whole / Int(scale)) + "." + String(repeating: "0", count: places - digits.count) + digits
    }
}

/// A calendar day without time or zone, for date cells.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// Days since 1899-12-30, the serial number spreadsheets store a date as.
    public var serial: Int {
        // Days from civil (Howard Hinnant's algorithm), shifted to the spreadsheet epoch.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let unixDays = era * 146_097 + dayOfEra - 719_468
        return unixDays + 25_569
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
