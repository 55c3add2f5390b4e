import Foundation
import NeedsInventory
import SurveyDefinition
import TrainingModel

/// Where surveys, invitations, responses and the audit log are kept.
///
/// Commands and the web app talk to this protocol only, so that a PostgreSQL store can
/// take the place of the embedded SQLite one without touching them. Every method is one
/// transaction: it happens whole or not at all. Rules that do not depend on storage
/// (answer checks, needs mapping, invitation-file reading) live in `SurveyDefinition` and
/// in this module's plain types, so that every implementation applies the same ones.
public protocol SurveyStore: Sendable {
    // MARK: Surveys

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

    // MARK: Invitations

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

    /// What the link with `token` opens: its survey version, service and latest answers.
    func openInvitation(token: String) async throws -> OpenedInvitation

    // MARK: Responses

    /// Keeps the answers as a new draft revision; earlier revisions stay as they were.
    func saveDraft(token: String, answers: Answers) async throws -> DraftReceipt

    /// Submits the answers once: a second submission returns the first one's receipt, until a
    /// coordinator reopens the response. A submission after a reopening replaces the needs of
    /// the one before. Answers that do not pass the survey's checks are refused with every problem.
    func submit(token: String, answers: Answers) async throws -> SubmissionReceipt

    /// Every revision of the response to an invitation, oldest first.
    func revisions(ofInvitation id: Int64) async throws -> [ResponseRevision]

    // MARK: Needs

    /// Imports a needs CSV (docs/formats.md section 4) as submitted responses, one per distinct
    /// country, service kind and service. All rows or none: any bad row throws
    /// `InputProblems` naming every bad line, and nothing is stored.
    func importNeeds(csv bytes: [UInt8], name: String, into survey: String, by actor: String) async throws -> ImportReceipt

    /// The needs of every submitted response (of its latest submission), in the order they were stored.
    func exportNeeds(of survey: String, by actor: String) async throws -> [Need]

    /// Invited, draft and submitted counts per country and service kind; a reopened response
    /// counts as draft until it is submitted again.
    func status(of survey: String) async throws -> [StatusRow]

    /// The needs inventory per topic, country and service kind.
    func inventory(of survey: String, by actor: String) async throws -> Inventory

    // MARK: Audit

    /// The audit log, newest last.
    func auditLog() async throws -> [AuditEntry]
}
