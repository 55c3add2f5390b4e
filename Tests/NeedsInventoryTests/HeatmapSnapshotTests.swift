import NeedsInventory
import Testing
import TestSupport
import TrainingModel

/// The heatmap as SVG and as its HTML table, in English and Dutch, kept as snapshots.
@Suite("Heatmap snapshots")
struct HeatmapSnapshotTests {
    @Test("heatmap.svg and its table", arguments: ["en", "nl"])
    func heatmap(language: String) {
        let inventory = InventoryReportTests.inventory
        expectSnapshot(of: InventoryReport.render(inventory, as: .svg, language: LanguageCode(language)),
                       as: "svg", kind: "heatmap", variant: language)
        expectSnapshot(of: InventoryReport.render(inventory, as: .html, language: LanguageCode(language)),
                       as: "html", kind: "heatmap", variant: language)
    }
}
