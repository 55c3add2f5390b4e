import Foundation
import SurveyDefinition
import TrainingModel

// What the columns both engines store mean, written once: the SQLite store's records and the
// PostgreSQL store's rows make their values through these, so that a column reads the same
// on either. Codes this version does not know read as they always have: a kind as `.other`,
// a state as a draft, an action as an export.

extension ServiceKind {
    /// A stored kind; `.other` for a kind this version does not know.
    package init(stored: String) {
        self = ServiceKind(rawValue: stored) ?? .other
    }
}

extension ServiceIdentity {
    /// A service from its stored `country`, `kind` and `name`.
    package init(storedCountry country: String, kind: String, name: String) {
        self.init(country: CountryCode(country), kind: ServiceKind(stored: kind), name: name)
    }
}

extension ResponseRevision.State {
    /// A stored state; the column allows only the two, and a draft stands for anything else.
    package init(stored: String) {
        self = ResponseRevision.State(rawValue: stored) ?? .draft
    }
}

extension AuditEntry.Action {
    /// A stored action; an export for an action this version does not know.
    package init(stored: String) {
        self = AuditEntry.Action(rawValue: stored) ?? .export
    }
}

extension SurveyVersion {
    /// A row of `survey_version`; its thesaurus as `StoredJSON` wrote it.
    package init(survey: String, version: Int, definition: String, thesaurusJSON: String?, publishedAt: Date, publishedBy: String) throws {
        self.init(survey: survey, version: version, definition: definition,
                  thesaurus: try thesaurusJSON.map { try StoredJSON.decode(Thesaurus.self, json: $0) },
                  publishedAt: publishedAt, publishedBy: publishedBy)
    }
}

extension InvitationRow {
    /// An invitation with its service's stored columns.
    package init(id: Int64, survey: String, serviceID: Int64, country: String, kind: String, name: String, expiresAt: Date, language: String?) {
        self.init(id: id, survey: survey, serviceID: serviceID, service: ServiceIdentity(storedCountry: country, kind: kind, name: name),
                  expiresAt: expiresAt, language: language.map { LanguageCode($0) })
    }
}

extension InvitationOverview {
    /// A line of the invitations query: the invitation, its service's columns, and its
    /// response's counts (`ResponseProgress.columns`), latest state and latest reopening.
    package init(id: Int64, email: String?, language: String?, expiresAt: Date, revokedAt: Date?,
                 country: String, kind: String, name: String,
                 submissions: Int, reopenings: Int, lastSubmittedAt: Date?, latestState: String?, reopenedAt: Date?) {
        self.init(id: id, service: ServiceIdentity(storedCountry: country, kind: kind, name: name), email: email,
                  language: language.map { LanguageCode($0) }, expiresAt: expiresAt, revokedAt: revokedAt,
                  // A submission stands while there is one more than reopenings.
                  submittedAt: submissions > reopenings ? lastSubmittedAt : nil,
                  hasDraft: latestState == ResponseRevision.State.draft.rawValue, reopenedAt: reopenedAt)
    }
}
