import Foundation
import NeedsInventory
import SurveyStore
import TrainingModel

/// The frame of every coordinator page: who is signed in, the navigation and the token the
/// page's forms carry. `content` is what the page's own template shows.
struct AdminPage<Content> {
    struct NavItem {
        var href: String
        var label: String
        var current: Bool
    }

    var lang = "en"
    var pageTitle: String
    var skipText = "Skip to content"
    var coordinator: String
    var csrf: String
    var nav: [NavItem]
    var content: Content

    static func navigation(current: String) -> [NavItem] {
        [("/admin", "Responses"), ("/admin/invitations", "Invitations"), ("/admin/inventory", "Inventory"), ("/admin/plan", "Match and plan")]
            .map { NavItem(href: $0.0, label: $0.1, current: $0.0 == current) }
    }
}

/// Response rates per country and service kind (`admin-dashboard`).
struct DashboardContent {
    struct Line {
        var label: String
        var invited: Int
        var draft: Int
        var submitted: Int
        var rate: String
    }

    struct CountryBlock {
        var country: String
        var lines: [Line]
        var total: Line
    }

    struct Version {
        var survey: String
        var version: Int
        var publishedAt: String
        var publishedBy: String
    }

    var survey: String?
    var problem: String?
    var versions: [Version]
    var countries: [CountryBlock]
    var kinds: [Line]
    var total: Line?
    var downloads: [DownloadLink]

    static func line(_ label: String, _ rows: [StatusRow]) -> Line {
        let invited = rows.reduce(0) { $0 + $1.invited }
        let submitted = rows.reduce(0) { $0 + $1.submitted }
        let rate = invited > 0 ? String(format: "%.0f %%", 100 * Double(min(submitted, invited)) / Double(invited)) : "–"
        return Line(label: label, invited: invited, draft: rows.reduce(0) { $0 + $1.draft }, submitted: submitted, rate: rate)
    }
}

struct DownloadLink {
    var href: String
    var label: String
}

/// The needs inventory as an accessible heatmap table (`admin-inventory`): staff to train per
/// topic and answering group, shaded by class so that no inline style is needed.
struct InventoryContent {
    struct Cell {
        var text: String
        var heat: Int
        var title: String
    }

    struct Line {
        var topic: String
        var cells: [Cell]
        var total: Int
    }

    var survey: String?
    var problem: String?
    var groups: [String]
    var lines: [Line]
    var isEmpty: Bool
    var legend: [Cell]
    var downloads: [DownloadLink]

    init(inventory: Inventory, downloads: [DownloadLink]) {
        let language = LanguageCode.english
        let groups = inventory.groups
        let maximum = max(1, inventory.rows.map(\.staff).max() ?? 1)
        survey = inventory.survey
        problem = nil
        self.groups = groups.map { $0.label(in: language) }
        lines = inventory.topics.map { topic in
            let cells = groups.map { group -> Cell in
                guard let row = inventory.row(topic, group) else { return Cell(text: "–", heat: 0, title: "no need") }
                let heat = row.staff == 0 ? 0 : 1 + min(4, Int(5 * Double(row.staff - 1) / Double(maximum)))
                let gap = row.meanGap.map { String(format: "%.1f", $0) } ?? "–"
                return Cell(text: String(row.staff), heat: heat,
                            title: "\(row.services) service(s), mean gap \(gap), mean priority \(String(format: "%.1f", row.meanPriority))")
            }
            return Line(topic: inventory.label(of: topic, in: language), cells: cells,
                        total: inventory.rows.filter { $0.topic == topic }.reduce(0) { $0 + $1.staff })
        }
        isEmpty = lines.isEmpty
        let step = Double(maximum) / 5
        legend = (1...5).map { level in
            let low = Int((Double(level - 1) * step).rounded(.down)) + 1
            let high = Int((Double(level) * step).rounded(.up))
            return Cell(text: low >= high ? "\(high)" : "\(low)–\(high)", heat: level, title: "")
        }
        self.downloads = downloads
    }

    init(problem: String) {
        survey = nil
        self.problem = problem
        groups = []
        lines = []
        isEmpty = true
        legend = []
        downloads = []
    }
}
