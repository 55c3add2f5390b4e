import Foundation
import Mustache

/// Renders pages from the Mustache templates compiled into the binary (so the server works
/// from any directory). `{{ }}` escapes everything it prints (`HTMLEscaping`), so nothing a
/// respondent typed can become markup. The unescaped form `{{{ }}}` is used only to insert
/// pieces that these templates rendered themselves (questions and topic rows of the survey
/// form, see `SurveyFormRenderer`).
struct PageRenderer: Sendable {
    private let library: MustacheLibrary

    /// The templates by name, as embedded by the package (`Views/Templates/*.mustache`).
    static let templates: [String: [UInt8]] = [
        "page-start": PackageResources.page_start_mustache,
        "page-end": PackageResources.page_end_mustache,
        "language-switch": PackageResources.language_switch_mustache,
        "respondent-form": PackageResources.respondent_form_mustache,
        "question": PackageResources.question_mustache,
        "matrix-row": PackageResources.matrix_row_mustache,
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
        "admin-not-found": PackageResources.admin_not_found_mustache,
    ]

    init() throws {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
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
