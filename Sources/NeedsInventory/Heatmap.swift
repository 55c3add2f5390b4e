import Foundation
import TrainingModel
import Wording
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
    private let headings: any InventoryWording
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
        headings = inventoryWording(language)
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
        if let gap = row.meanGap { parts.append("\(headings.gap): \(headings.decimal(gap))") }
        parts.append("\(headings.priority): \(headings.decimal(row.meanPriority))")
        return "\(name): " + parts.joined(separator: ", ")
    }

    private var description: String {
        let total = inventory.rows.map(\.staff).reduce(0, +)
        let top = topics.filter { $0.concept != nil }.prefix(3).map { inventory.label(of: $0, in: language) }
        return headings.summary(topics: topics.count, groups: groups.count, staff: total, top: top.joined(separator: "; "))
    }

    // MARK: SVG

    /// The heatmap as an SVG document, written through the XML writer.
    func svg() -> String {
        let labelWidth = min(360, max(120, (topics.map { inventory.label(of: $0, in: language).count }.max() ?? 10) * 7 + 16))
        let longestKind = groups.map { $0.kind.name(in: language).count }.max() ?? 0
        let cellWidth = max(84, longestKind * 7 + 14), cellHeight = 26, headerHeight = 56, top = 40, legendHeight = 40
        let width = labelWidth + cellWidth * max(groups.count, 1) + 16
        let height = top + headerHeight + cellHeight * topics.count + legendHeight
        let xml = XMLWriter()
        xml.start("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("width", "\(width)"), ("height", "\(height)"),
                          ("viewBox", "0 0 \(width) \(height)"), ("role", "img"), ("aria-labelledby", "inventory-title inventory-desc"),
                          ("font-family", "Arial, Helvetica, sans-serif"), ("font-size", "12")])
        xml.element("title", [("id", "inventory-title")], text: headings.title)
        xml.element("desc", [("id", "inventory-desc")], text: description)
        xml.element("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
        xml.element("text", [("x", "8"), ("y", "24"), ("font-size", "16"), ("font-weight", "bold")], text: headings.title)
        for (column, group) in groups.enumerated() {
            let x = "\(labelWidth + column * cellWidth + cellWidth / 2)"
            xml.element("text", [("x", x), ("y", "\(top + 22)"), ("text-anchor", "middle"), ("font-weight", "bold")], text: group.country.code)
            xml.element("text", [("x", x), ("y", "\(top + 40)"), ("text-anchor", "middle")], text: group.kind.name(in: language))
        }
        for (line, topic) in topics.enumerated() {
            let y = top + headerHeight + line * cellHeight
            let label = inventory.label(of: topic, in: language)
            let shown = label.count > (labelWidth - 16) / 7 ? String(label.prefix((labelWidth - 16) / 7 - 1)) + "…" : label
            xml.element("text", [("x", "8"), ("y", "\(y + 17)")]) {
                xml.element("title", text: label)
                xml.text(shown)
            }
            for (column, group) in groups.enumerated() {
                let x = labelWidth + column * cellWidth
                let row = cells[topic]?[group]
                let colours = shade(row?.staff ?? 0)
                xml.element("g") {
                    xml.element("title", text: cellTitle(topic, group, row))
                    xml.element("rect", [("x", "\(x + 1)"), ("y", "\(y + 1)"), ("width", "\(cellWidth - 2)"), ("height", "\(cellHeight - 2)"),
                                         ("fill", colours.fill), ("stroke", "#d0d0d0")])
                    xml.element("text", [("x", "\(x + cellWidth / 2)"), ("y", "\(y + 17)"), ("text-anchor", "middle"), ("fill", colours.text)],
                                text: row.map { String($0.staff) } ?? "–")
                }
            }
        }
        let legendY = top + headerHeight + cellHeight * topics.count + 12
        for (step, fill) in Self.shades.enumerated() {
            xml.element("rect", [("x", "\(8 + step * 22)"), ("y", "\(legendY)"), ("width", "20"), ("height", "14"), ("fill", fill), ("stroke", "#d0d0d0")])
        }
        xml.element("text", [("x", "\(8 + Self.shades.count * 22 + 8)"), ("y", "\(legendY + 11)"), ("fill", "#333333")],
                    text: headings.legend(maximum: maximum))
        xml.end()
        return xml.finish()
    }

    // MARK: HTML

    /// The heatmap as a page, written with the exports' one HTML builder.
    func html() -> String {
        var html = HTMLBuilder()
        html.raw("<!DOCTYPE html>\n")
        html.open("html", ["lang": language.tag])
        html.raw("\n")
        html.open("head")
        html.raw("\n<meta charset=\"utf-8\">\n")
        html.element("title", headings.title)
        html.open("style")
        html.raw(Self.style)
        html.close("style")
        html.close("head")
        html.open("body")
        html.raw("\n")
        html.element("h1", headings.title)
        html.element("p", description)
        html.open("table")
        html.raw("\n")
        html.element("caption", "\(headings.staff). \(headings.legend(maximum: maximum))")
        html.open("thead")
        html.open("tr")
        html.element("th", headings.topic, attributes: ["scope": "col"], line: false)
        for group in groups { html.element("th", group.label(in: language), attributes: ["scope": "col"], line: false) }
        html.close("tr", line: false)
        html.close("thead")
        html.open("tbody")
        html.raw("\n")
        for topic in topics {
            html.open("tr")
            html.element("th", inventory.label(of: topic, in: language), attributes: ["scope": "row"], line: false)
            for group in groups {
                let row = cells[topic]?[group]
                let colours = shade(row?.staff ?? 0)
                html.element("td", row.map { String($0.staff) } ?? "–",
                             attributes: ["class": "n", "style": "background:\(colours.fill);color:\(colours.text)", "title": cellTitle(topic, group, row)],
                             line: false)
            }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
        let h = headings
        html.open("table")
        html.raw("\n")
        html.element("caption", h.title)
        html.open("thead")
        html.open("tr")
        for heading in [h.topic, h.country, h.kind, h.services, h.staff, h.gap, h.priority] {
            html.element("th", heading, attributes: ["scope": "col"], line: false)
        }
        html.close("tr", line: false)
        html.close("thead")
        html.open("tbody")
        html.raw("\n")
        for row in InventoryReport.orderedRows(inventory) {
            html.open("tr")
            html.element("th", inventory.label(of: row.topic, in: language), attributes: ["scope": "row"], line: false)
            html.element("td", row.country.code, line: false)
            html.element("td", row.kind.name(in: language), line: false)
            for figure in [String(row.services), String(row.staff), h.decimal(row.meanGap), h.decimal(row.meanPriority)] {
                html.element("td", figure, attributes: ["class": "n"], line: false)
            }
            html.close("tr")
        }
        html.close("tbody")
        html.close("table")
        html.close("body")
        html.close("html")
        return html.text
    }

    private static let style = """

    body { font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #111; }
    table { border-collapse: collapse; margin: 1em 0; }
    th, td { border: 1px solid #c8c8c8; padding: 4px 8px; }
    thead th { background: #f2f2f2; }
    td.n { text-align: right; min-width: 4em; }
    th[scope=row] { text-align: left; font-weight: normal; }

    """
}
