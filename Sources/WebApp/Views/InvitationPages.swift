import Foundation
import SurveyStore
import TrainingModel

/// The invitations page (`admin-invitations`): invite one service, invite a list from CSV, the
/// links just issued (shown once: only their hashes are kept), and every invitation with its
/// state and the actions it allows.
struct InvitationsContent {
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Issued {
        var id: Int64
        var service: String
        var country: String
        var kind: String
        var email: String
        var link: String
    }

    struct Line {
        var id: Int64
        var service: String
        var country: String
        var kind: String
        var email: String
        var state: String
        var expires: String
        var submitted: String
        var canRevoke: Bool
        var canReopen: Bool
        var revokeAction: String
        var reopenAction: String

        init(_ invitation: InvitationOverview, at now: Date) {
            id = invitation.id
            service = invitation.service.name
            country = invitation.service.country.code
            kind = invitation.service.kind.rawValue
            email = invitation.email ?? ""
            state = switch invitation.state(at: now) {
            case .invited: "invited"
            case .draft: "draft saved"
            case .submitted: "submitted"
            case .reopened: "reopened"
            case .revoked: "withdrawn " + (invitation.revokedAt.map(DateText.day) ?? "")
            case .expired: "expired"
            }
            expires = DateText.day(invitation.expiresAt)
            submitted = invitation.submittedAt.map(DateText.day) ?? ""
            canRevoke = invitation.revokedAt == nil
            // The store refuses to reopen an expired invitation's response: no button for it.
            canReopen = invitation.revokedAt == nil && invitation.submittedAt != nil && now < invitation.expiresAt
            revokeAction = "/admin/invitations/\(invitation.id)/revoke"
            reopenAction = "/admin/invitations/\(invitation.id)/reopen"
        }
    }

    /// A notice or refusal in the coordinator's language, which may not be the page's.
    struct Message {
        var text: String
        var lang: String
    }

    var survey: String?
    var problem: String?
    var countries: [Option]
    var kinds: [Option]
    var service: String = ""
    var email: String = ""
    var days: Int = 90
    var formProblems: [String] = []
    var uploadProblems: [String] = []
    var issued: [Issued] = []
    var issuedCSV: String = ""
    var hasIssued: Bool = false
    var lines: [Line] = []
    /// What the last action did, after its redirect.
    var notice: Message?
    /// Why the last action was refused.
    var refusal: Message?

    init(survey: String?, problem: String? = nil, country: String = "BE", kind: String = "police") {
        self.survey = survey
        self.problem = problem
        countries = ["BE", "NL", "LU"].map { Option(value: $0, label: $0, selected: $0 == country) }
        kinds = ServiceKind.allCases.map { Option(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == kind) }
    }

    mutating func show(_ issued: [IssuedInvitation], base: String) {
        self.issued = issued.map {
            Issued(id: $0.id, service: $0.request.service.name, country: $0.request.service.country.code,
                   kind: $0.request.service.kind.rawValue, email: $0.request.email ?? "", link: $0.link(base: base))
        }
        hasIssued = !issued.isEmpty
        issuedCSV = "country,kind,service,email,link\n" + self.issued.map {
            [$0.country, $0.kind, $0.service, $0.email, $0.link].map(CSVText.field).joined(separator: ",")
        }.joined(separator: "\n")
    }
}

enum CSVText {
    static func field(_ text: String) -> String {
        guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
