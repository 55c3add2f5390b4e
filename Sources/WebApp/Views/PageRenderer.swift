import Foundation
import Mustache

/// Renders pages from the Mustache templates compiled into the binary (so the server works
/// from any directory). `{{ }}` escapes everything it prints; the templates never use the
/// unescaped forms, so nothing a respondent typed can become markup.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    /// The templates by name, as embedded by the package (`Views/Templates/*.mustache`).
    static let templates: [String: [UInt8]] = [
        "layout": PackageResources.layout_mustache,
        "language-switch": PackageResources.language_switch_mustache,
        "respondent-form": PackageResources.respondent_form_mustache,
        "question": PackageResources.question_mustache,
        "respondent-receipt": PackageResources.respondent_receipt_mustache,
        "answer-copy": PackageResources.answer_copy_mustache,
        "error": PackageResources.error_mustache,
        "login": PackageResources.login_mustache,
        "admin-nav": PackageResources.admin_nav_mustache,
        "admin-dashboard": PackageResources.admin_dashboard_mustache,
        "admin-invitations": PackageResources.admin_invitations_mustache,
        "admin-inventory": PackageResources.admin_inventory_mustache,
        "admin-plan": PackageResources.admin_plan_mustache,
        "admin-plan-run": PackageResources.admin_plan_run_mustache,
    ]

    init() throws {
        var library = MustacheLibrary()
        for (name, bytes) in Self.templates {
            try library.register(String(decoding: bytes, as: UTF8.self), named: name)
        }
        self.library = library
    }

    /// The page `template` for `model`.
    func render(_ template: String, _ model: Any) -> String {
        guard let html = library.render(model, withTemplate: template) else {
            preconditionFailure("no template named \(template)")
        }
        return html
    }
}
