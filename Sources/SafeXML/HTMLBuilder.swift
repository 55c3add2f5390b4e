/// Builds an HTML page as text with every text and attribute value escaped by the one
/// escaper (`MarkupText`): the single HTML writer of the exports (plan.html, the inventory
/// heatmap). The web app's pages are Mustache templates instead.
public struct HTMLBuilder: Sendable {
    public private(set) var text = ""

    public init() {}

    /// Markup written as it is: a doctype, a style sheet.
    public mutating func raw(_ markup: String) { text += markup }

    /// Opens an element; attributes are written in the order of their names.
    public mutating func open(_ name: String, _ attributes: [String: String] = [:]) {
        text += "<" + name
        for key in attributes.keys.sorted() { text += " \(key)=\"\(MarkupText.escape(attributes[key]!))\"" }
        text += ">"
    }

    /// Closes an element, and the line after it unless `line` is false (table cells).
    public mutating func close(_ name: String, line: Bool = true) { text += "</\(name)>" + (line ? "\n" : "") }

    /// An element holding text.
    public mutating func element(_ name: String, _ content: String, attributes: [String: String] = [:], line: Bool = true) {
        open(name, attributes)
        text += MarkupText.escape(content)
        close(name, line: line)
    }

    /// A table with a header row and a row per item, a cell per text.
    public mutating func table(_ headers: [String], _ rows: [[String]]) {
        open("table")
        open("thead")
        open("tr")
        for header in headers { element("th", header) }
        close("tr")
        close("thead")
        open("tbody")
        for row in rows {
            open("tr")
            for cell in row { element("td", cell) }
            close("tr")
        }
        close("tbody")
        close("table")
    }
}
