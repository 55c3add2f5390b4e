import Foundation

/// The "Match and plan" page (`admin-plan`): the catalogues to plan with, the budget, the
/// export language, catalogue upload, and the runs made so far.
struct PlanFormContent {
    struct Option {
        var id: String
        var value: String
        var label: String
        var checked: Bool
    }

    struct Run {
        var href: String
        var created: String
        var by: String
        var summary: String
    }

    var survey: String?
    var problem: String?
    var needs: Int = 0
    var catalogues: [Option] = []
    var hasCatalogues: Bool = false
    var budget: String = "60"
    var start: String = ""
    var languages: [Option] = []
    var thesaurus: String?
    var legalBase: String?
    var problems: [String] = []
    var uploadProblems: [String] = []
    var uploadNotice: String?
    var runs: [Run] = []
}

/// One run's page (`admin-plan-run`): the sessions with their legal flags, the needs left out,
/// and every export.
struct PlanRunContent {
    var id: Int64
    var created: String
    var by: String
    var summary: String
    var plan: PlanView
    var downloads: [DownloadLink]
}
