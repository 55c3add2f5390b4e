import Foundation
import SurveyDefinition
import TrainingModel

/// One invitation as coordinators list it: the service, where the link went, and how far its
/// response has come. `state(at:)` sums that up in one word.
public struct InvitationOverview: Hashable, Sendable {
    public var id: Int64
    public var service: ServiceIdentity
    public var email: String?
    /// The language of the link and its e-mails; nil: chosen from the service's country.
    public var language: LanguageCode?
    public var expiresAt: Date
    public var revokedAt: Date?
    /// When the submission that stands was made; nil before the first submission and while
    /// the response is reopened.
    public var submittedAt: Date?
    /// Whether the latest saved revision is a draft: answers saved and not (yet again) submitted.
    public var hasDraft: Bool
    /// When a coordinator last reopened the response; nil when it never was.
    public var reopenedAt: Date?

    public init(id: Int64, service: ServiceIdentity, email: String?, language: LanguageCode? = nil, expiresAt: Date, revokedAt: Date?,
                submittedAt: Date?, hasDraft: Bool, reopenedAt: Date?) {
        self.id = id
        self.service = service
        self.email = email
        self.language = language
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.submittedAt = submittedAt
        self.hasDraft = hasDraft
        self.reopenedAt = reopenedAt
    }

    /// The state at `now`. A withdrawal overrides everything; a submission that stands stays
    /// submitted after the link expires; a reopened response stays reopened (drafts saved or
    /// not) until it is submitted again.
    public func state(at now: Date) -> InvitationState {
        if revokedAt != nil { return .revoked }
        if submittedAt != nil { return .submitted }
        if now >= expiresAt { return .expired }
        if reopenedAt != nil { return .reopened }
        return hasDraft ? .draft : .invited
    }
}

/// Where an invitation stands, as `InvitationOverview.state(at:)` tells it.
public enum InvitationState: String, Hashable, Sendable, CaseIterable, Codable {
    /// Nothing saved yet.
    case invited
    /// Answers saved as a draft, never submitted.
    case draft
    case submitted
    /// Submitted, then reopened by a coordinator, and not submitted again yet.
    case reopened
    /// Withdrawn: the link no longer opens.
    case revoked
    /// Past its expiry date without a submission that stands.
    case expired
}
