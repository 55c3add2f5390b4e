import Foundation
import GRDB

/// A response to an invitation as the store's steps see it: who it is and how far it has come.
///
/// Revisions and reopenings are only ever added, so the state is read from counts: a response
/// stands submitted while it has one submitted revision more than reopenings, and is reopened
/// (open for changes) while the two are equal and not zero.
package struct ResponseProgress: Decodable {
    package var id: Int64
    package var contribution: String
    package var versionID: Int64
    package var submissions: Int
    package var reopenings: Int
    /// When the latest submission was made, if there was one.
    package var lastSubmittedAt: Date?
    /// The needs the response holds: those of its latest submission.
    package var needs: Int

    package var isSubmitted: Bool { submissions > reopenings }

    /// The receipt of the latest submission, whether or not it was reopened since.
    package var lastReceipt: SubmissionReceipt? {
        lastSubmittedAt.map { SubmissionReceipt(contribution: contribution, submittedAt: $0, needs: needs, alreadySubmitted: true) }
    }

    /// The receipt while the response stands submitted: a repeated submission gets it back.
    package var receipt: SubmissionReceipt? { isSubmitted ? lastReceipt : nil }

    /// The counting columns `submissions`, `reopenings` and `last_submitted_at` of the
    /// response aliased `r` in a query.
    package init(id: Int64, contribution: String, versionID: Int64, submissions: Int, reopenings: Int, lastSubmittedAt: Date?, needs: Int) {
        self.id = id
        self.contribution = contribution
        self.versionID = versionID
        self.submissions = submissions
        self.reopenings = reopenings
        self.lastSubmittedAt = lastSubmittedAt
        self.needs = needs
    }

    /// The columns a row of `response` with the counting columns of `columns` names them by.
    enum CodingKeys: String, CodingKey {
        case id, contribution, versionID = "survey_version_id", submissions, reopenings, lastSubmittedAt = "last_submitted_at", needs
    }

    package static let columns = """
        (SELECT COUNT(*) FROM response_revision rr WHERE rr.response_id = r.id AND rr.state = 'submitted') AS submissions,
        (SELECT COUNT(*) FROM reopening o WHERE o.response_id = r.id) AS reopenings,
        (SELECT rr.saved_at FROM response_revision rr WHERE rr.response_id = r.id AND rr.state = 'submitted'
         ORDER BY rr.number DESC LIMIT 1) AS last_submitted_at
        """
}

extension ResponseProgress: FetchableRecord {}

extension GRDBSurveyStore {
    /// The response to an invitation, if one was saved.
    static func response(_ db: Database, invitation: Int64) throws -> ResponseProgress? {
        try ResponseProgress.fetchOne(db, sql: """
            SELECT r.id, r.contribution, r.survey_version_id, \(ResponseProgress.columns),
                   (SELECT COUNT(*) FROM need n WHERE n.response_id = r.id) AS needs
            FROM response r WHERE r.invitation_id = ?
            """, arguments: [invitation])
    }
}
