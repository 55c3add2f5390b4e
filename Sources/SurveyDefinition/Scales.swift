/// The fixed scales of the survey format, shared by answers and needs.
public enum Scales {
    /// Levels 0–4: none, basic, intermediate, advanced, expert.
    public static let level = 0...4
    /// Priorities 1–4: low, medium, high, critical.
    public static let priority = 1...4

    /// Whether `text` is a quarter written `YYYY-Qn`.
    public static func isPeriod(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCII), Int(parts[0]) != nil else { return false }
        return ["Q1", "Q2", "Q3", "Q4"].contains(String(parts[1]))
    }
}
