import Foundation
import SurveyDefinition
import SurveyStore

/// What the invitations page needs from the survey store beyond `SurveyStore`: the list of
/// invitations with their state, and reopening a submitted response so that the service can
/// change it.
///
/// `SurveyStore` does not offer these yet. A store that does is given this conformance in this
/// module; until then the dashboard shows no invitation list and no reopen button, and says why.
public protocol InvitationAdministration: Sendable {
    func invitations(of survey: String) async throws -> [InvitationOverview]
    /// Makes a submitted response editable again; its next submission replaces the needs.
    func reopenInvitation(_ id: Int64, by actor: String) async throws
}

/// One invitation as the dashboard lists it.
public struct InvitationOverview: Sendable, Hashable {
    public var id: Int64
    public var service: ServiceIdentity
    public var email: String?
    public var expiresAt: Date
    public var revokedAt: Date?
    public var submittedAt: Date?
    public var hasDraft: Bool

    public init(id: Int64, service: ServiceIdentity, email: String?, expiresAt: Date, revokedAt: Date?, submittedAt: Date?, hasDraft: Bool) {
        self.id = id
        self.service = service
        self.email = email
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.submittedAt = submittedAt
        self.hasDraft = hasDraft
    }
}
