import Diagnostics
import Foundation
import SurveyDefinition
import TrainingModel

/// One published version of a survey, with the definition text it was published with.
public struct SurveyVersion: Hashable, Sendable {
    public var survey: String
    public var version: Int
    public var definition: String
    public var thesaurus: Thesaurus?
    public var publishedAt: Date
    public var publishedBy: String

    public init(survey: String, version: Int, definition: String, thesaurus: Thesaurus?, publishedAt: Date, publishedBy: String) {
        self.survey = survey
        self.version = version
        self.definition = definition
        self.thesaurus = thesaurus
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
    }

    /// The decoded survey. Stored definitions passed every check when published.
    public func decoded() throws -> Survey {
        try SurveyReader.read(bytes: Array(definition.utf8), name: "\(survey) version \(version)").value.survey
    }
}

/// What publishing did.
public enum PublishReceipt: Hashable, Sendable {
    case published(survey: String, version: Int)
    /// The same version with the same definition was already published.
    case unchanged(survey: String, version: Int)
}

/// A service to invite: who, and where the link is sent.
public struct InvitationRequest: Hashable, Sendable {
    public var service: ServiceIdentity
    public var email: String?
    /// The language of the link's pages and of the e-mails; nil: chosen from the service's country.
    public var language: LanguageCode?

    public init(service: ServiceIdentity, email: String? = nil, language: LanguageCode? = nil) {
        self.service = service
        self.email = email
        self.language = language
    }
}

/// An invitation just created, with its token: the only moment the token is known.
public struct IssuedInvitation: Hashable, Sendable {
    public var id: Int64
    public var request: InvitationRequest
    public var token: String
    public var expiresAt: Date

    public init(id: Int64, request: InvitationRequest, token: String, expiresAt: Date) {
        self.id = id
        self.request = request
        self.token = token
        self.expiresAt = expiresAt
    }

    /// The link a respondent opens: `BASE/s/TOKEN`.
    public func link(base: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/s/" + token
    }
}

/// What an invitation link opens.
public struct OpenedInvitation: Sendable {
    public var invitation: Int64
    public var service: ServiceIdentity
    public var version: SurveyVersion
    /// The version's survey, decoded once per store.
    public var survey: Survey
    /// The language the coordinator chose for the invitation, if any.
    public var language: LanguageCode?
    /// The latest saved answers, if any; with a receipt, the submitted answers. After a
    /// reopening these are the answers last submitted until the service saves new ones.
    public var answers: Answers?
    /// The receipt when the response is submitted: read-only until a coordinator reopens it.
    public var submission: SubmissionReceipt?

    public init(invitation: Int64, service: ServiceIdentity, version: SurveyVersion, survey: Survey, language: LanguageCode? = nil,
                answers: Answers?, submission: SubmissionReceipt?) {
        self.invitation = invitation
        self.service = service
        self.version = version
        self.survey = survey
        self.language = language
        self.answers = answers
        self.submission = submission
    }
}

/// A draft was kept as revision `revision` of the response `contribution`.
public struct DraftReceipt: Hashable, Sendable {
    public var contribution: String
    public var revision: Int

    public init(contribution: String, revision: Int) {
        self.contribution = contribution
        self.revision = revision
    }
}

/// A submitted response: the contribution id a respondent keeps as proof.
public struct SubmissionReceipt: Hashable, Sendable {
    public var contribution: String
    public var submittedAt: Date
    /// How many needs the response gave.
    public var needs: Int
    /// True when this call found the response already submitted and changed nothing.
    public var alreadySubmitted: Bool

    public init(contribution: String, submittedAt: Date, needs: Int, alreadySubmitted: Bool) {
        self.contribution = contribution
        self.submittedAt = submittedAt
        self.needs = needs
        self.alreadySubmitted = alreadySubmitted
    }
}

/// A submitted response made editable again by a coordinator. Its submission stands (and its
/// needs count) until the service submits again.
public struct ReopenReceipt: Hashable, Sendable {
    public var contribution: String
    public var reopenedAt: Date
    /// True when the response was already reopened and not submitted since: nothing changed.
    public var alreadyReopened: Bool

    public init(contribution: String, reopenedAt: Date, alreadyReopened: Bool) {
        self.contribution = contribution
        self.reopenedAt = reopenedAt
        self.alreadyReopened = alreadyReopened
    }
}

/// One saved state of a response; revisions are only ever added.
public struct ResponseRevision: Hashable, Sendable {
    public enum State: String, Hashable, Sendable, Codable {
        case draft
        case submitted
    }

    public var number: Int
    public var state: State
    public var answers: Answers
    public var savedAt: Date

    public init(number: Int, state: State, answers: Answers, savedAt: Date) {
        self.number = number
        self.state = state
        self.answers = answers
        self.savedAt = savedAt
    }
}

/// What an import stored.
public struct ImportReceipt: Hashable, Sendable {
    public var needs: Int
    public var services: Int
    public var newServices: Int
    public var warnings: [String]

    public init(needs: Int, services: Int, newServices: Int, warnings: [String]) {
        self.needs = needs
        self.services = services
        self.newServices = newServices
        self.warnings = warnings
    }
}

/// Progress of the survey for one country and service kind.
public struct StatusRow: Hashable, Sendable, Codable {
    public var country: CountryCode
    public var kind: ServiceKind
    /// Invitations sent and not withdrawn.
    public var invited: Int
    /// Responses saved as draft and not yet submitted, and responses reopened and not yet
    /// submitted again (their earlier submission's needs still count in the inventory).
    public var draft: Int
    /// Responses whose submission stands, through the survey or by import.
    public var submitted: Int
    /// Of those, the responses imported from a needs CSV: no invitation was answered.
    public var imported: Int

    /// Submitted through an invitation: what a response rate counts.
    public var answered: Int { submitted - imported }

    public init(country: CountryCode, kind: ServiceKind, invited: Int, draft: Int, submitted: Int, imported: Int = 0) {
        self.country = country
        self.kind = kind
        self.invited = invited
        self.draft = draft
        self.submitted = submitted
        self.imported = imported
    }
}

/// One line of the audit log: who did what, when.
public struct AuditEntry: Hashable, Sendable, Codable {
    public enum Action: String, Hashable, Sendable, Codable, CaseIterable {
        case publish, invite, revoke, reopen, save, submit, `import`, export, erase, retention, mail
    }

    public var at: Date
    public var actor: String
    public var action: Action
    public var survey: String?
    /// What the action was about, e.g. "invitation 12" or "version 2".
    public var subject: String
    public var detail: String

    public init(at: Date, actor: String, action: Action, survey: String?, subject: String, detail: String) {
        self.at = at
        self.actor = actor
        self.action = action
        self.survey = survey
        self.subject = subject
        self.detail = detail
    }
}
