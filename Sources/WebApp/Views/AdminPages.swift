import Foundation
import Hummingbird
import HummingbirdAuth
import NeedsInventory
import SurveyStore
import TrainingModel

/// The frame of every coordinator page: who is signed in, the navigation, the language switch
/// and the token the page's forms carry, all in the coordinator's language. `content` is what
/// the page's own template shows; its fields must not be called `text`, which would hide the
/// words from the template.
struct AdminPage<Content> {
    struct NavItem {
        var href: String
        var label: String
        var current: Bool
    }

    var lang: String
    var pageTitle: String
    var skipText: String
    var text: CoordinatorText
    var languages: [LanguageLink]
    var coordinator: String
    var csrf: String
    var nav: [NavItem]
    var content: Content

    /// `address` is where the language switch leads: the page's own address for a page that
    /// answers GET, the page a form came from otherwise. `current` is the navigation's entry.
    init(_ request: Request, context: AppRequestContext, tokens: CSRFTokens, text: CoordinatorText,
         title: String, address: String, current: String, content: Content) {
        lang = text.language.tag
        pageTitle = title
        skipText = text[.skipToContent]
        self.text = text
        languages = LanguageLink.all(current: text.language, base: Self.keepingSurvey(address, of: request), saveAction: nil)
        coordinator = context.sessions.session?.name ?? ""
        csrf = context.csrfBinding.map { tokens.token(for: $0) } ?? ""
        nav = [("/admin", CoordinatorWord.navResponses), ("/admin/invitations", .navInvitations),
               ("/admin/inventory", .navInventory), ("/admin/plan", .navPlan)]
            .map { NavItem(href: $0.0, label: text[$0.1], current: $0.0 == current) }
        self.content = content
    }

    /// `address` with the request's `?survey=`, so that switching language stays on the survey.
    static func keepingSurvey(_ address: String, of request: Request) -> String {
        guard let survey = request.uri.queryParameters["survey"] else { return address }
        var unreserved = CharacterSet.alphanumerics
        unreserved.insert(charactersIn: "-._~")
        return address + "?survey=" + (String(survey).addingPercentEncoding(withAllowedCharacters: unreserved) ?? "")
    }
}

/// Response rates per country and service kind (`admin-dashboard`).
struct DashboardContent {
    struct Line {
        var label: String
        var invited: Int
        var draft: Int
        /// Submitted through an invitation.
        var submitted: Int
        /// Imported from a needs CSV: shown apart, never in the rate.
        var imported: Int
        var rate: String
    }

    struct CountryBlock {
        var code: String
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

    static func line(_ label: String, _ rows: [StatusRow], text: CoordinatorText) -> Line {
        let invited = rows.reduce(0) { $0 + $1.invited }
        let answered = rows.reduce(0) { $0 + $1.answered }
        // Over invited services only: an imported response answered no invitation.
        let rate = invited > 0 ? text.percent(Double(min(answered, invited)) / Double(invited)) : "–"
        return Line(label: label, invited: invited, draft: rows.reduce(0) { $0 + $1.draft }, submitted: answered,
                    imported: rows.reduce(0) { $0 + $1.imported }, rate: rate)
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
        var value: String
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

    init(inventory: Inventory, downloads: [DownloadLink], text: CoordinatorText) {
        let language = text.language
        let groups = inventory.groups
        let maximum = max(1, inventory.rows.map(\.staff).max() ?? 1)
        survey = inventory.survey
        problem = nil
        self.groups = groups.map { $0.label(in: language) }
        lines = inventory.topics.map { topic in
            let cells = groups.map { group -> Cell in
                guard let row = inventory.row(topic, group) else { return Cell(value: "–", heat: 0, title: text[.noNeed]) }
                let heat = row.staff == 0 ? 0 : 1 + min(4, Int(5 * Double(row.staff - 1) / Double(maximum)))
                let gap = row.meanGap.map { text.number($0) } ?? "–"
                return Cell(value: String(row.staff), heat: heat,
                            title: text.sentences.cellTitle(services: row.services, meanGap: gap, meanPriority: text.number(row.meanPriority)))
            }
            return Line(topic: inventory.label(of: topic, in: language), cells: cells,
                        total: inventory.rows.filter { $0.topic == topic }.reduce(0) { $0 + $1.staff })
        }
        isEmpty = lines.isEmpty
        let step = Double(maximum) / 5
        legend = (1...5).map { level in
            let low = Int((Double(level - 1) * step).rounded(.down)) + 1
            let high = Int((Double(level) * step).rounded(.up))
            return Cell(value: text.sentences.legendStaff(low >= high ? text.count(high) : text.count(low) + "–" + text.count(high)), heat: level, title: "")
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
