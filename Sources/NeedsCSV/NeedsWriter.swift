import TrainingModel

/// Writes needs as the CSV of FORMATS.md section 4: UTF-8 with a BOM so that Excel reads
/// accents right, CRLF line ends, fields quoted where RFC 4180 requires.
public enum NeedsWriter {
    public static func write(_ needs: [Need]) -> String {
        var out = "\u{FEFF}" + NeedsReader.columns.joined(separator: ",") + "\r\n"
        out.reserveCapacity(needs.count * 120)
        for need in needs {
            let fields: [String] = [
                need.id, need.country.code, need.serviceKind.rawValue, need.service ?? "",
                need.language?.tag ?? "", need.topic ?? "", need.text ?? "", String(need.priority),
                need.currentLevel.map(String.init) ?? "", need.requiredLevel.map(String.init) ?? "",
                String(need.headcount), need.languages.map(\.tag).joined(separator: " "),
                need.modes.map(\.rawValue).joined(separator: " "), need.period ?? "",
                need.jointCountries.rawValue, need.jointServices.rawValue,
            ]
            out += fields.map(CSVField.escape).joined(separator: ",") + "\r\n"
        }
        return out
    }
}

/// Quoting of one CSV field.
public enum CSVField {
    /// The field as RFC 4180 wants it: quoted when it holds a comma, quote or line break.
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
