import ArgumentParser

/// The ranges of the numbers users type on the command line, checked before anything runs.
///
/// The limits are far above any real use and far below where arithmetic downstream could
/// overflow or a conversion could trap: a typo such as `1e19` gets a usage message (exit 2),
/// never a crash.
enum NumberOptions {
    static let budgetDays: ClosedRange<Double> = 0...100_000
    static let top: ClosedRange<Int> = 1...1_000
    static let expiresDays: ClosedRange<Int> = 1...3_650
    static let port: ClosedRange<Int> = 1...65_535
    /// Autosave needs 2 a minute.
    static let savesPerMinute: ClosedRange<Int> = 2...1_000_000
    static let retentionDays: ClosedRange<Int> = 0...3_650

    /// Throws a usage error unless `value` lies in `range`.
    static func check<Number: Comparable>(_ value: Number, in range: ClosedRange<Number>, option: String, meaning: String) throws {
        guard range.contains(value) else {
            throw ValidationError("\(option) \(value) is out of range: give \(meaning) from \(range.lowerBound) to \(range.upperBound).")
        }
    }

    /// Throws a usage error unless `value` is a finite number in `range`.
    static func check(_ value: Double, in range: ClosedRange<Double>, option: String, meaning: String) throws {
        guard value.isFinite, range.contains(value) else {
            throw ValidationError("\(option) \(Self.plain(value)) is out of range: give \(meaning) from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound)) (e.g. 60 or 42.5).")
        }
    }

    private static func plain(_ value: Double) -> String {
        value.isFinite && abs(value) < 1e15 && value.rounded() == value ? String(Int(value)) : String(value)
    }
}
