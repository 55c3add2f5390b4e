import Foundation
import Tabular
import TrainingModel
import Wording

/// Renders the inventory for a report: a Markdown or CSV table, or an SVG or HTML heatmap
/// of topics × country and service kind that a coordinator pastes into a report.
public enum InventoryReport {
    public enum Format: String, CaseIterable, Sendable {
        case md, csv, svg, html
    }

    public static func render(_ inventory: Inventory, as format: Format, language: LanguageCode = .english) -> String {
        switch format {
        case .md: markdown(inventory, language: language)
        case .csv: csv(inventory, language: language)
        case .svg: Heatmap(inventory: inventory, language: language).svg()
        case .html: Heatmap(inventory: inventory, language: language).html()
        }
    }

    /// The inventory as rows in topic order, then country and service kind.
    static func orderedRows(_ inventory: Inventory) -> [InventoryRow] {
        let position = Dictionary(uniqueKeysWithValues: inventory.topics.enumerated().map { ($1, $0) })
        return inventory.rows.sorted { a, b in
            (position[a.topic]!, a.group) < (position[b.topic]!, b.group)
        }
    }

    public static func markdown(_ inventory: Inventory, language: LanguageCode) -> String {
        let h = inventoryWording(language)
        var out = "# \(h.title)\n\n"
        out += "| \(h.topic) | \(h.country) | \(h.kind) | \(h.services) | \(h.staff) | \(h.gap) | \(h.priority) |\n"
        out += "|---|---|---|--:|--:|--:|--:|\n"
        for row in orderedRows(inventory) {
            let cells = [
                inventory.label(of: row.topic, in: language), row.country.code,
                row.kind.name(in: language), String(row.services), String(row.staff),
                h.decimal(row.meanGap), h.decimal(row.meanPriority),
            ]
            out += "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    public static func csv(_ inventory: Inventory, language: LanguageCode) -> String {
        CSVWriter.write(table(inventory, language: language))
    }

    /// The workbook of `table(_:language:)`.
    public static func xlsx(_ inventory: Inventory, language: LanguageCode) throws -> [UInt8] {
        try XLSXWriter.write(table(inventory, language: language))
    }

    /// The inventory's rows with typed cells, as the CSV and the xlsx file hold them.
    public static func table(_ inventory: Inventory, language: LanguageCode) -> Table {
        let header = ["topic", "topic_label", "country", "service_kind", "services", "needs", "staff", "mean_gap", "mean_priority"]
        return Table(name: "inventory", header: header, rows: orderedRows(inventory).map { row in
            [
                .text(row.topic.concept), .text(inventory.label(of: row.topic, in: language)), .text(row.country.code),
                .text(row.kind.rawValue), .integer(row.services), .integer(row.needs), .integer(row.staff),
                .decimal(row.meanGap, places: 2), .decimal(row.meanPriority, places: 2),
            ]
        })
    }


    private static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: " ")
    }
}
