import Tabular
import TrainingModel

/// Writes needs as the CSV of docs/formats.md ("Needs CSV") through the project's one CSV
/// writer: UTF-8 with a BOM so that Excel reads accents right, CRLF line ends, fields quoted
/// where needed and formula-like texts neutralised. The same rows go to the xlsx file.
public enum NeedsWriter {
    public static func write(_ needs: [Need]) -> String {
        CSVWriter.write(table(needs))
    }

    /// The needs as a table: one row per need, the columns of `NeedsReader.columns`.
    public static func table(_ needs: [Need]) -> Table {
        Table(name: "needs", header: NeedsReader.columns, rows: needs.map { need in
            [
                .text(need.id), .text(need.country.code), .text(need.serviceKind.rawValue), .text(need.service),
                .text(need.language?.tag), .text(need.topic), .text(need.text), .integer(need.priority),
                .integer(need.currentLevel), .integer(need.requiredLevel),
                .integer(need.headcount), .text(need.languages.map(\.tag).joined(separator: " ")),
                .text(need.modes.map(\.rawValue).joined(separator: " ")), .text(need.period),
            ]
        })
    }
}
