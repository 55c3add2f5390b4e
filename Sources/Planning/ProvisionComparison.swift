import TrainingModel

/// What a provision says, in a form that can be compared across countries
/// (FORMATS.md section 3).
///
/// Durations in `day`, `week` (7 days), `month` (30) or `year` (365) are brought to days,
/// so that 3 months equals 90 days; any other value compares as its text with its unit.
enum ProvisionValue: Hashable {
    case none
    case days(Double)
    case text(String)

    // Plurals are accepted too: "45 days" and "45 day" should not be reported as different laws.
    static let daysPerUnit: [String: Double] = [
        "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365,
    ]

    init(_ provision: Provision) {
        guard let value = provision.value?.trimmed, !value.isEmpty else {
            self = .none
            return
        }
        let unit = provision.unit?.trimmed ?? ""
        if let factor = Self.daysPerUnit[unit.lowercased()], let number = Double(value), number.isFinite {
            self = .days(number * factor)
        } else {
            self = .text(unit.isEmpty ? value : value + " " + unit)
        }
    }

    /// Whether two provisions differ: different values after normalisation, or only one
    /// with a value.
    static func differ(_ left: Provision, _ right: Provision) -> Bool {
        switch (ProvisionValue(left), ProvisionValue(right)) {
        case (.days(let a), .days(let b)): abs(a - b) > 1e-9
        case (let a, let b): a != b
        }
    }
}

extension String {
    /// The string without white space at either end.
    var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
