import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TrainingModel
@testable import NeedsInventory

@Suite("Inventory reports")
struct InventoryReportTests {
    static let inventory = Inventory(survey: "s", rows: [
        InventoryRow(topic: .init("fin"), country: "NL", kind: .police, services: 2, needs: 2, staff: 30, meanGap: 1.5, meanPriority: 3.5),
        InventoryRow(topic: .init("fin"), country: "BE", kind: .prosecution, services: 1, needs: 1, staff: 6, meanGap: nil, meanPriority: 2),
        InventoryRow(topic: .init("vic"), country: "BE", kind: .prosecution, services: 1, needs: 1, staff: 50, meanGap: 2, meanPriority: 4),
        InventoryRow(topic: .init(nil), country: "BE", kind: .prosecution, services: 1, needs: 3, staff: 80, meanGap: nil, meanPriority: 2.333),
    ], topicLabels: [
        "fin": LocalizedText([LocalizedString("en", "financial <investigation> & \"money\""), LocalizedString("fr", "enquête financière")]),
        "vic": LocalizedText([LocalizedString("en", "victims | identification")]),
    ])

    @Test("topics come most staff first, free text last; groups by country then kind")
    func ordering() {
        #expect(Self.inventory.topics.map(\.concept) == ["vic", "fin", nil])
        #expect(Self.inventory.groups == [Inventory.Group("BE", .prosecution), Inventory.Group("NL", .police)])
    }

    @Test("Markdown has one line per topic, country and kind, with escaped cells")
    func markdown() {
        let lines = InventoryReport.render(Self.inventory, as: .md).split(separator: "\n").map(String.init)
        #expect(lines[0] == "# Training needs by topic, country and kind of service")
        #expect(lines[3] == "| victims \\| identification | BE | prosecution | 1 | 50 | 2.0 | 4.0 |")
        #expect(lines[4] == "| financial <investigation> & \"money\" | BE | prosecution | 1 | 6 |  | 2.0 |")
        #expect(lines[5] == "| financial <investigation> & \"money\" | NL | police | 2 | 30 | 1.5 | 3.5 |")
        #expect(lines[6] == "| free text (not yet matched to a topic) | BE | prosecution | 1 | 80 |  | 2.3 |")
        #expect(lines.count == 7)
    }

    @Test("the means as each language writes them: a decimal comma in nl, fr and de, a point in English; CSV keeps its point")
    func decimals() {
        for language in ["nl", "fr", "de"] as [LanguageCode] {
            let markdown = InventoryReport.render(Self.inventory, as: .md, language: language)
            #expect(markdown.contains("| 2 | 30 | 1,5 | 3,5 |"), "\(language)")
            #expect(InventoryReport.render(Self.inventory, as: .html, language: language).contains("<td class=\"n\">1,5</td>"), "\(language)")
        }
        #expect(InventoryReport.render(Self.inventory, as: .md, language: .english).contains("| 2 | 30 | 1.5 | 3.5 |"))
        #expect(InventoryReport.render(Self.inventory, as: .csv, language: .dutch).contains(",1.50,3.50\r\n"))
    }

    @Test("CSV starts with a BOM, quotes where needed and gives two decimals")
    func csv() {
        let text = InventoryReport.render(Self.inventory, as: .csv, language: .french)
        #expect(text.hasPrefix("\u{FEFF}topic,topic_label,country,service_kind,services,needs,staff,mean_gap,mean_priority\r\n"))
        #expect(text.contains("\r\nfin,enquête financière,NL,police,2,2,30,1.50,3.50\r\n"))
        #expect(text.contains("\r\n,texte libre (à rattacher à un thème),BE,prosecution,1,3,80,,2.33\r\n"))
    }

    @Test("the SVG heatmap is titled and described, escapes every text and labels every cell")
    func svg() throws {
        let svg = InventoryReport.render(Self.inventory, as: .svg)
        #expect(svg.contains("role=\"img\" aria-labelledby=\"inventory-title inventory-desc\""))
        #expect(svg.contains("<title id=\"inventory-title\">Training needs by topic, country and kind of service</title>"))
        #expect(svg.contains("<desc id=\"inventory-desc\">3 topics for 2 groups of services (country and kind of service), 166 staff to train in all. Most asked for: victims | identification; financial &lt;investigation&gt; &amp; &quot;money&quot;.</desc>"))
        #expect(!svg.contains("<investigation>"))
        // One text per cell: 3 topics × 2 groups, the number or a dash.
        #expect(svg.components(separatedBy: "text-anchor=\"middle\" fill=").count - 1 == 6)
        #expect(svg.range(of: #">50</text>\s*</g>"#, options: .regularExpression) != nil)
        #expect(svg.range(of: #">–</text>\s*</g>"#, options: .regularExpression) != nil)
        // Written by the XML writer: a declaration, then the document.
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        // It is well-formed XML.
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse())
    }

    @Test("the HTML heatmap is a table with headers, a caption and the detailed figures")
    func html() {
        let html = InventoryReport.render(Self.inventory, as: .html, language: .german)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"))
        #expect(html.contains("<th scope=\"col\">BE Staatsanwaltschaft</th><th scope=\"col\">NL Polizei</th>"))
        #expect(html.contains("<th scope=\"row\">financial &lt;investigation&gt; &amp; &quot;money&quot;</th>"))
        #expect(html.contains("title=\"victims | identification — BE Staatsanwaltschaft: 50 zu schulende Mitarbeitende, Dienste: 1, Mittl. Lücke: 2,0, Mittl. Priorität: 4,0\">50</td>"))
        #expect(html.contains("<caption>Zu schulen. Farbe: zu schulende Mitarbeitende, von 0 bis 50 oder mehr. Ein Strich: kein Bedarf.</caption>"))
    }

    @Test("an empty inventory still renders")
    func empty() {
        let empty = Inventory(survey: "s", rows: [])
        for format in InventoryReport.Format.allCases {
            #expect(!InventoryReport.render(empty, as: format).isEmpty)
        }
    }
}
