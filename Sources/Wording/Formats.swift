import Foundation

/// Numbers, percentages and dates as readers of each language write them, by Foundation's
/// locale-aware formatting (CLDR): the one formatter of every page, export, report and e-mail.
/// Machine-readable files (CSV, XML, JSON) keep their own fixed notation.
extension ReaderLanguage {
    /// The locale whose conventions the language's figures follow.
    public var locale: Locale { Locale(identifier: rawValue) }

    /// A number with at most `decimals` decimals, without grouping: "0,5" in nl, fr and de,
    /// "0.5" in English, "1234,5". Halves round away from zero.
    public func number(_ value: Double, decimals: Int = 3) -> String {
        written(value, decimals: decimals, grouped: false)
    }

    /// A number with exactly `decimals` decimals: "0,50", "0.50".
    public func fixed(_ value: Double, decimals: Int) -> String {
        let places = max(decimals, 0)
        let scale = (0..<places).reduce(1.0) { scale, _ in scale * 10 }
        let rounded = (value * scale).rounded() / scale + 0.0
        return rounded.formatted(.number.precision(.fractionLength(places)).grouping(.never).locale(locale))
    }

    /// A count a reader sees in a sentence, grouped as the language groups thousands:
    /// "1,234" in English, "1.234" in Dutch and German, "1 234" in French.
    public func count(_ value: Int) -> String {
        value.formatted(.number.grouping(.automatic).locale(locale))
    }

    /// A figure in running text, with at most `decimals` decimals and thousands grouped as
    /// the language groups them: "5,000" and "0.5" in English, "5.000" and "0,5" in Dutch.
    public func figure(_ value: Double, decimals: Int = 3) -> String {
        written(value, decimals: decimals, grouped: true)
    }

    /// `one` or `other` as the language agrees a noun with `count`: French takes the singular
    /// below 2 ("0 avertissement", "1,5 jour"), Dutch, German and English only for exactly 1.
    public func plural(_ count: Double, one: String, other: String) -> String {
        let singular = self == .french ? abs(count) < 2 : count == 1
        return singular ? one : other
    }

    /// The number rounded here, as the figures were computed (0.125 is 0.13, -0.0001 is 0),
    /// then written by the locale.
    private func written(_ value: Double, decimals: Int, grouped: Bool) -> String {
        let places = max(decimals, 0)
        let scale = (0..<places).reduce(1.0) { scale, _ in scale * 10 }
        let rounded = (value * scale).rounded() / scale + 0.0
        let style = FloatingPointFormatStyle<Double>.number.precision(.fractionLength(0...places)).locale(locale)
        return rounded.formatted(grouped ? style.grouping(.automatic) : style.grouping(.never))
    }

    /// A share (0.43) as a whole percentage spaced as the language spaces it: "43%" in
    /// English and Dutch, "43 %" with a no-break space in French and German.
    public func percent(_ share: Double) -> String {
        let whole = (share * 100).rounded() / 100 + 0.0
        return whole.formatted(.percent.precision(.fractionLength(0)).grouping(.never).locale(locale))
    }

    /// A day as the language writes it in a sentence, in UTC: "31 maart 2027", "31. März 2027".
    public func date(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: locale, timeZone: Self.utc))
    }

    /// A day and a time in UTC, said so: "31 mars 2027 à 14:05 UTC".
    public func dateTime(_ date: Date) -> String {
        date.formatted(Date.FormatStyle(date: .long, time: .shortened, locale: locale, timeZone: Self.utc)) + " UTC"
    }

    private static let utc = TimeZone(identifier: "UTC")!
}
