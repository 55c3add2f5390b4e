import Foundation
import NeedsInventory
import SurveyDefinition
import TrainingModel

/// Where surveys, invitations, responses and the audit log are kept.
///
/// Commands and the web app talk to these protocols only: one repository per area (surveys,
/// invitations, responses, needs, audit, personal data), each implemented by both engines
/// (`GRDBSurveyStore` on SQLite, `PostgresSurveyStore`) and tested by the same suite. Every
/// method is one transaction: it happens whole or not at all. Rules that do not depend on storage
/// (answer checks, needs mapping, invitation-file reading) live in `SurveyDefinition` and
/// in this module's plain types, so that every implementation applies the same ones.
public protocol SurveyStore: SurveyRepository, InvitationRepository, ResponseRepository, NeedsRepository, AuditRepository,
    PersonalDataRepository {}

/// Published survey versions: publishing, listing, choosing the survey to work on.
/// One of the repositories a `SurveyStore` is made of.
public protocol SurveyRepository: Sendable {
    /// Keeps a checked survey as a published version. Publishing the same version again
    /// with the same definition changes nothing; with another definition it is refused,
    /// because a published version never changes.
    func publish(_ survey: PublishableSurvey, by actor: String) async throws -> PublishReceipt

    /// Every published version, oldest first.
    func surveyVersions() async throws -> [SurveyVersion]

    /// The survey id to work on: `requested` when given and known, else the only survey.
    func resolveSurvey(_ requested: String?) async throws -> String

    /// The newest published version of a survey.
    func latestVersion(of survey: String) async throws -> SurveyVersion
}

/// Invitations and their links: inviting, withdrawing, reopening, further links, what was e-mailed.
/// One of the repositories a `SurveyStore` is made of.
public protocol InvitationRepository: Sendable {
    /// Creates one invitation per request, each for its service (created when new). The
    /// tokens are returned once and never stored: only their hashes are.
    func invite(_ requests: [InvitationRequest], to survey: String, expiresAt: Date, by actor: String) async throws -> [IssuedInvitation]

    /// Withdraws an invitation: its link no longer opens or saves anything.
    func revokeInvitation(_ id: Int64, by actor: String) async throws

    /// Every invitation to a survey with its service and the state of its response, oldest first.
    func invitations(of survey: String) async throws -> [InvitationOverview]

    /// Makes a submitted response editable again through its invitation's link. Every revision
    /// stays; the submission stands (its needs count) until the service submits again, and that
    /// submission's needs then replace it. Reopening a response already reopened changes
    /// nothing. Refused with `SurveyStoreError.reopenRefused` for a withdrawn or expired
    /// invitation and for a response not submitted, `unknownInvitationID` for no invitation.
    @discardableResult
    func reopenInvitation(_ id: Int64, by actor: String) async throws -> ReopenReceipt

    /// A further link to invitation `id`, beside those it has (a reminder carries one: only
    /// hashes of links are kept, so an earlier link cannot be sent again). Refused for a
    /// withdrawn or expired invitation.
    func issueLink(invitation id: Int64, by actor: String) async throws -> String

    /// Writes an e-mail sent (or not delivered, with the reason) about invitation `id` to the
    /// audit log, without the address.
    func recordMail(_ kind: String, invitation id: Int64, failure: String?, by actor: String) async throws

    /// What the link with `token` opens: its survey version, service and latest answers.
    func openInvitation(token: String) async throws -> OpenedInvitation
}

/// The answers of a response: drafts, submissions, revisions.
/// One of the repositories a `SurveyStore` is made of.
public protocol ResponseRepository: Sendable {
    /// Keeps the answers as a new draft revision and returns it once it is committed. Answers
    /// equal to the latest revision (read in the same transaction) add nothing and get that
    /// revision's receipt. Revisions the respondent saved stay as they were; an autosave is
    /// replaced by the next revision. Refused with `draftsQuotaReached` past the room a
    /// response has.
    func saveDraft(token: String, answers: Answers, origin: DraftOrigin) async throws -> DraftReceipt

    /// Submits the answers once: a second submission returns the first one's receipt, until a
    /// coordinator reopens the response. A submission after a reopening replaces the needs of
    /// the one before. Answers that do not pass the survey's checks are refused with every problem.
    func submit(token: String, answers: Answers) async throws -> SubmissionReceipt

    /// Every revision of the response to an invitation, oldest first.
    func revisions(ofInvitation id: Int64) async throws -> [ResponseRevision]
}

/// Needs: importing a needs CSV, exporting, response rates and the inventory.
/// One of the repositories a `SurveyStore` is made of.
public protocol NeedsRepository: Sendable {
    /// Imports a needs CSV (docs/formats.md section 4) as submitted responses, one per distinct
    /// country, service kind and service. All rows or none: any bad row throws
    /// `InputProblems` naming every bad line, and nothing is stored.
    func importNeeds(csv bytes: [UInt8], name: String, into survey: String, by actor: String) async throws -> ImportReceipt

    /// The needs of every submitted response (of its latest submission), in the order they were
    /// stored. A read: it writes nothing (a command that hands the needs out says so with `recordExport`).
    func exportNeeds(of survey: String) async throws -> [Need]

    /// Invited, draft and submitted counts per country and service kind; a reopened response
    /// counts as draft until it is submitted again.
    func status(of survey: String) async throws -> [StatusRow]

    /// The needs inventory per topic, country and service kind. A read: it writes nothing.
    func inventory(of survey: String) async throws -> Inventory
}

/// The append-only audit log.
/// One of the repositories a `SurveyStore` is made of.
public protocol AuditRepository: Sendable {
    /// The audit log, newest last.
    func auditLog() async throws -> [AuditEntry]

    /// Writes to the audit log that `subject` (`needs`, `inventory`) of a survey was handed out
    /// as a file, with `detail`: what a command that exports does after writing the file, so that
    /// the reads themselves (pages, downloads) never write.
    func recordExport(_ subject: String, of survey: String, detail: String, by actor: String) async throws
}

/// A service's personal data: export, erasure, retention.
/// One of the repositories a `SurveyStore` is made of.
public protocol PersonalDataRepository: Sendable {
    /// Everything kept about the service `reference` names (by an invitation, or by its own
    /// number): the service, its invitations, every revision of its responses, its needs, the
    /// audit lines about it. The reading is logged.
    func serviceRecord(_ reference: ServiceReference, by actor: String) async throws -> ServiceRecord

    /// Erases the names, e-mail addresses and free text of the service `reference` names
    /// everywhere, the audit log included; its topic needs stay as anonymous counts, its
    /// free-text needs go. The erasure is recorded without the erased values.
    func eraseService(_ reference: ServiceReference, by actor: String) async throws -> ErasureReceipt

    /// The services of a survey known only from imported needs (no invitation of the survey),
    /// with their own numbers, for `serviceRecord` and `eraseService`.
    func importedServices(of survey: String) async throws -> [ImportedService]

    /// Keeps a survey's contact data (invitation e-mail addresses) `days` days after the survey
    /// closes, i.e. after its last invitation expires.
    func setRetention(days: Int, of survey: String, by actor: String) async throws

    /// Removes the contact data of every survey whose retention period has passed.
    func applyRetention(by actor: String) async throws -> [RetentionReceipt]
}

extension SurveyStore {
    /// `serviceRecord` of the service invitation `id` was for.
    public func serviceRecord(invitation id: Int64, by actor: String) async throws -> ServiceRecord {
        try await serviceRecord(.invitation(id), by: actor)
    }

    /// `eraseService` of the service invitation `id` was for.
    public func eraseService(invitation id: Int64, by actor: String) async throws -> ErasureReceipt {
        try await eraseService(.invitation(id), by: actor)
    }

    /// Saves a draft as the respondent's own save (the Save button), kept for good.
    public func saveDraft(token: String, answers: Answers) async throws -> DraftReceipt {
        try await saveDraft(token: token, answers: answers, origin: .respondent)
    }
}

/// Who saved a draft: the respondent, with the Save button (kept for good), or the page itself,
/// every 30 s (only the latest autosave is kept).
public enum DraftOrigin: String, Sendable {
    case respondent
    case autosave
}
