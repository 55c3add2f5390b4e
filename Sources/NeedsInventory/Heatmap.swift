import Foundation
import TrainingModel
import SafeXML

/// The heatmap of staff to train, topics down and country/service kind across.
///
/// Both renderings carry their own text: every cell shows its number and a tooltip, the
/// SVG has a title and a description for screen readers, the HTML is a real table with
/// headers. Colour only repeats what the numbers say; text on dark cells is white.
struct Heatmap {
    let inventory: Inventory
    let language: LanguageCode
    // Worked out once: every cell of both renderings reads them.
    private let headings: Headings
    private let topics: [Inventory.Topic]
    private let groups: [Inventory.Group]
    /// The top of the colour scale: the largest topic cell. Free-text cells, which lump
    /// many topics together, would otherwise wash out every other shade; above it they
    /// take the darkest shade.
    private let maximum: Int
    /// The row of each topic and group that has one.
    private let cells: [Inventory.Topic: [Inventory.Group: InventoryRow]]

    init(inventory: Inventory, language: LanguageCode) {
        self.inventory = inventory
        self.language = language
        headings = InventoryWording.headings(in: language)
        topics = inventory.topics
        groups = inventory.groups
        let topicCells = inventory.rows.filter { $0.topic.concept != nil }
        maximum = (topicCells.isEmpty ? inventory.rows : topicCells).map(\.staff).max() ?? 0
        var cells: [Inventory.Topic: [Inventory.Group: InventoryRow]] = [:]
        // The first row of a cell, as `Inventory.row` finds it.
        for row in inventory.rows where cells[row.topic]?[row.group] == nil { cells[row.topic, default: [:]][row.group] = row }
        self.cells = cells
    }

    /// Shades of blue, light to dark; the last two take white text.
    private static let shades = ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"]

    private func shade(_ staff: Int) -> (fill: String, text: String) {
        guard staff > 0, maximum > 0 else { return ("#ffffff", "#555555") }
        let step = min(Self.shades.count - 1, Int((Double(staff) / Double(maximum)) * Double(Self.shades.count - 1) + 0.5))
        return (Self.shades[step], step >= Self.shades.count - 2 ? "#ffffff" : "#000000")
    }

    private func cellTitle(_ topic: Inventory.Topic, _ group: Inventory.Group, _ row: InventoryRow?) -> String {
        let name = "\(inventory.label(of: topic, in: language)) — \(group.label(in: language))"
        guard let row else { return "\(name): \(headings.none)" }
        var parts = ["\(row.staff) \(headings.cellUnit)", "\(headings.services): \(row.services)"]
        if let gap = row.meanGap { parts.append("\(headings.gap): \(InventoryReport.decimal(gap))") }
        parts.append("\(headings.priority): \(InventoryReport.decimal(row.meanPriority))")
        return "\(name): " + parts.joined(separator: ", ")
    }

    private var description: String {
        let total = inventory.rows.map(\.staff).reduce(0, +)
        let top = topics.filter { $0.concept != nil }.prefix(3).map { inventory.label(of: $0, in: language) }
        return InventoryWording.summary(topics: topics.count, groups: groups.count, staff: total, top: top, in: language)
    }

    // MARK: SVG

    func svg() -> String {
        let labelWidth = min(360, max(120, (topics.map { inventory.label(of: $0, in: language).count }.max() ?? 10) * 7 + 16))
        let longestKind = groups.map { $0.kind.name(in: language).count }.max() ?? 0
        let cellWidth = max(84, longestKind * 7 + 14), cellHeight = 26, headerHeight = 56, top = 40, legendHeight = 40
        let width = labelWidth + cellWidth * max(groups.count, 1) + 16
        let height = top + headerHeight + cellHeight * topics.count + legendHeight
        var out = """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
        role="img" aria-labelledby="inventory-title inventory-desc" font-family="Arial, Helvetica, sans-serif" font-size="12">
        <title id="inventory-title">\(MarkupText.escape(headings.title))</title>
        <desc id="inventory-desc">\(MarkupText.escape(description))</desc>
        <rect width="100%" height="100%" fill="#ffffff"/>
        <text x="8" y="24" font-size="16" font-weight="bold">\(MarkupText.escape(headings.title))</text>

        """
        for (column, group) in groups.enumerated() {
            let x = labelWidth + column * cellWidth + cellWidth / 2
            out += "<text x=\"\(x)\" y=\"\(top + 22)\" text-anchor=\"middle\" font-weight=\"bold\">\(MarkupText.escape(group.country.code))</text>\n"
            out += "<text x=\"\(x)\" y=\"\(top + 40)\" text-anchor=\"middle\">\(MarkupText.escape(group.kind.name(in: language)))</text>\n"
        }
        for (line, topic) in topics.enumerated() {
            let y = top + headerHeight + line * cellHeight
            let label = inventory.label(of: topic, in: language)
            let shown = label.count > (labelWidth - 16) / 7 ? String(label.prefix((labelWidth - 16) / 7 - 1)) + "…" : label
            out += "<text x=\"8\" y=\"\(y + 17)\"><title>\(MarkupText.escape(label))</title>\(MarkupText.escape(shown))</text>\n"
            for (column, group) in groups.enumerated() {
                let x = labelWidth + column * cellWidth
                let row = cells[topic]?[group]
                let colours = shade(row?.staff ?? 0)
                out += "<g><title>\(MarkupText.escape(cellTitle(topic, group, row)))</title>"
                out += "<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(cellWidth - 2)\" height=\"\(cellHeight - 2)\" fill=\"\(colours.fill)\" stroke=\"#d0d0d0\"/>"
                out += "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + 17)\" text-anchor=\"middle\" fill=\"\(colours.text)\">\(row.map { String($0.staff) } ?? "–")</text></g>\n"
            }
        }
        let legendY = top + headerHeight + cellHeight * topics.count + 12
        for (step, fill) in Self.shades.enumerated() {
            out += "<rect x=\"\(8 + step * 22)\" y=\"\(legendY)\" width=\"20\" height=\"14\" fill=\"\(fill)\" stroke=\"#d0d0d0\"/>"
        }
        out += "\n<text x=\"\(8 + Self.shades.count * 22 + 8)\" y=\"\(legendY + 11)\" fill=\"#333333\">\(MarkupText.escape(InventoryWording.legend(maximum: maximum, in: language)))</text>\n"
        out += "</svg>\n"
        return out
    }

    // MARK: HTML

    func html() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(MarkupText.escape(language.tag))">
        <head>
        <meta charset="utf-8">
        <title>\(MarkupText.escape(headings.title))</title>
        <style>
        body { font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #111; }
        table { border-collapse: collapse; margin: 1em 0; }
        th, td { border: 1px solid #c8c8c8; padding: 4px 8px; }
        thead th { background: #f2f2f2; }
        td.n { text-align: right; min-width: 4em; }
        th[scope=row] { text-align: left; font-weight: normal; }
        </style>
        </head>
        <body>
        <h1>\(MarkupText.escape(headings.title))</h1>
        <p>\(MarkupText.escape(description))</p>
        <table>
        <caption>\(MarkupText.escape(headings.staff)). \(MarkupText.escape(InventoryWording.legend(maximum: maximum, in: language)))</caption>
        <thead><tr><th scope="col">\(MarkupText.escape(headings.topic))</th>
        """
        for group in groups {
            out += "<th scope=\"col\">\(MarkupText.escape(group.label(in: language)))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for topic in topics {
            out += "<tr><th scope=\"row\">\(MarkupText.escape(inventory.label(of: topic, in: language)))</th>"
            for group in groups {
                let row = cells[topic]?[group]
                let colours = shade(row?.staff ?? 0)
                out += "<td class=\"n\" style=\"background:\(colours.fill);color:\(colours.text)\" title=\"\(MarkupText.escape(cellTitle(topic, group, row)))\">\(row.map { String($0.staff) } ?? "–")</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        let h = headings
        out += "<table>\n<caption>\(MarkupText.escape(h.title))</caption>\n<thead><tr>"
        for heading in [h.topic, h.country, h.kind, h.services, h.staff, h.gap, h.priority] {
            out += "<th scope=\"col\">\(MarkupText.escape(heading))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in InventoryReport.orderedRows(inventory) {
            out += "<tr><th scope=\"row\">\(MarkupText.escape(inventory.label(of: row.topic, in: language)))</th>"
            out += "<td>\(MarkupText.escape(row.country.code))</td><td>\(MarkupText.escape(row.kind.name(in: language)))</td>"
            for figure in [String(row.services), String(row.staff), InventoryReport.decimal(row.meanGap), InventoryReport.decimal(row.meanPriority)] {
                out += "<td class=\"n\">\(figure)</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</body>\n</html>\n"
        return out
    }
}
