import SurveyDefinition
import TrainingModel

/// What the audit log says of each action, written once for both engines, so that the log of a
/// PostgreSQL database reads as that of an SQLite one. In English: the log is a record for
/// administrators, not a page; addresses stay out of it.
package enum AuditText {
    package static func invited(_ service: ServiceIdentity, newService: Bool) -> String {
        "\(service.country) \(service.kind.rawValue) \"\(service.name)\"" + (newService ? " (new service)" : "")
    }

    package static let withdrawn = "withdrawn"
    package static let furtherLink = "a further link issued"

    /// `failure`: why the relay did not take it, nil when it did.
    package static func mailed(_ kind: String, failure: String?) -> String {
        failure.map { "\(kind) e-mail to the invitation's address not delivered: \($0)" } ?? "\(kind) e-mail sent to the invitation's address"
    }

    package static func reopened(contribution: String, afterSubmission submissions: Int, needs: Int) -> String {
        "contribution \(contribution) open for changes after submission \(submissions); its \(needs) needs count until it is submitted again"
    }

    package static func imported(needs: Int, services: Int, newServices: Int) -> String {
        "\(needs) needs from \(services) services (\(newServices) new)"
    }

    package static func serviceExported(_ reference: ServiceReference) -> String {
        "everything stored about the service of \(reference) exported"
    }

    package static func serviceErased(_ reference: ServiceReference, needsKept: Int) -> String {
        "names, e-mail addresses and free text erased (\(reference)); \(needsKept) needs kept as anonymous counts"
    }

    package static func retention(days: Int) -> String {
        "contact data kept \(days) days after the survey closes"
    }

    package static func addressesRemoved(_ addresses: Int) -> String {
        "\(addresses) e-mail addresses removed: the retention period after the survey closed has passed"
    }

    package static func draftSaved(revision: Int) -> String {
        "draft revision \(revision)"
    }

    package static func submissionRefused(revision: Int, problems: Int) -> String {
        "draft revision \(revision) (submission refused: \(problems) problem(s))"
    }

    package static func submitted(revision: Int, needs: Int, submission: Int) -> String {
        "revision \(revision), \(needs) needs" + (submission > 1 ? " (submission \(submission), replacing the needs of submission \(submission - 1))" : "")
    }

    package static func published(_ survey: PublishableSurvey) -> String {
        let checked = survey.thesaurus.map { "; topics checked against thesaurus \($0.id)" } ?? ""
        return "\(survey.survey.title(for: .english)); \(survey.survey.questions.count) questions in \(survey.survey.languages.map(\.tag).joined(separator: " "))\(checked)"
    }
}
