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

        package init(country: String, kind: String, name: String, languages: [String], createdAt: Date) {
            self.country = country
            self.kind = kind
            self.name = name
            self.languages = languages
            self.createdAt = createdAt
        }
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

        package init(id: Int64, survey: String, email: String?, language: String?, createdAt: Date, createdBy: String, expiresAt: Date, revokedAt: Date?) {
            self.id = id
            self.survey = survey
            self.email = email
            self.language = language
            self.createdAt = createdAt
            self.createdBy = createdBy
            self.expiresAt = expiresAt
            self.revokedAt = revokedAt
        }
    }

    public struct Revision: Codable, Sendable {
        public var number: Int
        public var state: String
        public var autosave: Bool
        public var savedAt: Date
        public var answers: Answers

        package init(number: Int, state: String, autosave: Bool, savedAt: Date, answers: Answers) {
            self.number = number
            self.state = state
            self.autosave = autosave
            self.savedAt = savedAt
            self.answers = answers
        }
    }

    public struct Response: Codable, Sendable {
        public var contribution: String
        public var survey: String
        public var version: Int
        public var origin: String
        public var createdAt: Date
        public var revisions: [Revision]

        package init(contribution: String, survey: String, version: Int, origin: String, createdAt: Date, revisions: [Revision]) {
            self.contribution = contribution
            self.survey = survey
            self.version = version
            self.origin = origin
            self.createdAt = createdAt
            self.revisions = revisions
        }
    }

    public struct AuditLine: Codable, Sendable {
        public var at: Date
        public var actor: String
        public var action: String
        public var subject: String
        public var detail: String

        package init(at: Date, actor: String, action: String, subject: String, detail: String) {
            self.at = at
            self.actor = actor
            self.action = action
            self.subject = subject
            self.detail = detail
        }
    }

    public struct Erasure: Codable, Sendable {
        public var what: String
        public var erasedAt: Date
        public var erasedBy: String

        package init(what: String, erasedAt: Date, erasedBy: String) {
            self.what = what
            self.erasedAt = erasedAt
            self.erasedBy = erasedBy
        }
    }

    public var service: Service
    public var invitations: [Invitation]
    public var responses: [Response]
    public var needs: [Need]
    public var audit: [AuditLine]
    public var erasures: [Erasure]

    package init(service: Service, invitations: [Invitation], responses: [Response], needs: [Need], audit: [AuditLine], erasures: [Erasure]) {
        self.service = service
        self.invitations = invitations
        self.responses = responses
        self.needs = needs
        self.audit = audit
        self.erasures = erasures
    }
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

    package init(service: Int64, invitations: Int, revisions: Int, needsKept: Int, needsRemoved: Int, auditLines: Int, planFiles: Int) {
        self.service = service
        self.invitations = invitations
        self.revisions = revisions
        self.needsKept = needsKept
        self.needsRemoved = needsRemoved
        self.auditLines = auditLines
        self.planFiles = planFiles
    }
}

/// What applying a survey's retention removed.
public struct RetentionReceipt: Hashable, Sendable {
    public var survey: String
    /// E-mail addresses removed from invitations.
    public var addresses: Int

    package init(survey: String, addresses: Int) {
        self.survey = survey
        self.addresses = addresses
    }
}
