import Foundation
import SurveyDefinition
import TrainingModel

/// Everything the store keeps about one service, as `survey export-service` prints it: what a
/// service is entitled to see of its personal data (names, e-mail addresses, every revision of
/// its answers, its needs and every audit line about it).
public struct ServiceRecord: Codable, Sendable {
    public struct Service: Codable, Sendable {
        public var country: String
        public var kind: String
        public var name: String
        public var languages: [String]
        public var createdAt: Date
    }

    public struct Invitation: Codable, Sendable {
        public var id: Int64
        public var survey: String
        public var email: String?
        public var language: String?
        public var createdAt: Date
        public var createdBy: String
        public var expiresAt: Date
        public var revokedAt: Date?
    }

    public struct Revision: Codable, Sendable {
        public var number: Int
        public var state: String
        public var autosave: Bool
        public var savedAt: Date
        public var answers: Answers
    }

    public struct Response: Codable, Sendable {
        public var contribution: String
        public var survey: String
        public var version: Int
        public var origin: String
        public var createdAt: Date
        public var revisions: [Revision]
    }

    public struct AuditLine: Codable, Sendable {
        public var at: Date
        public var actor: String
        public var action: String
        public var subject: String
        public var detail: String
    }

    public struct Erasure: Codable, Sendable {
        public var what: String
        public var erasedAt: Date
        public var erasedBy: String
    }

    public var service: Service
    public var invitations: [Invitation]
    public var responses: [Response]
    public var needs: [Need]
    public var audit: [AuditLine]
    public var erasures: [Erasure]
}

/// What an erasure removed, in counts: never the values themselves.
public struct ErasureReceipt: Hashable, Sendable {
    public var service: Int64
    public var invitations: Int
    public var revisions: Int
    /// Topic needs kept as anonymous counts.
    public var needsKept: Int
    /// Free-text needs removed with their text.
    public var needsRemoved: Int
    public var auditLines: Int
    /// Export files of earlier plan runs that named the service, deleted.
    public var planFiles: Int
}

/// What applying a survey's retention removed.
public struct RetentionReceipt: Hashable, Sendable {
    public var survey: String
    /// E-mail addresses removed from invitations.
    public var addresses: Int
}
