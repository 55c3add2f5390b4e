import Foundation
import SurveyDefinition

/// Why a store refused a request, in words a coordinator or respondent can act on.
public enum SurveyStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case noSurvey
    case severalSurveys([String])
    case unknownSurvey(String, known: [String])
    /// This version was published before with another definition.
    case versionChanged(survey: String, version: Int)
    /// A newer version is already published.
    case olderVersion(survey: String, version: Int, latest: Int)
    case unknownInvitation
    case revokedInvitation(Date)
    case expiredInvitation(Date)
    case alreadySubmitted(contribution: String, at: Date)
    case answersRejected([AnswerProblem])
    case answersTooLarge(bytes: Int, limit: Int)
    /// The drafts a response keeps take all the room it has.
    case draftsQuotaReached(limit: Int)
    case unknownInvitationID(Int64)
    /// No service has this number (`S4`).
    case unknownServiceID(Int64)
    /// A coordinator asked to reopen a response that cannot be reopened.
    case reopenRefused(invitation: Int64, ReopenRefusal)

    /// Why a response cannot be reopened.
    public enum ReopenRefusal: Hashable, Sendable {
        /// The invitation was withdrawn on that date.
        case withdrawn(Date)
        /// The invitation expired on that date: a reopened response could not be submitted.
        case expired(Date)
        /// The response was never submitted: there is nothing to reopen.
        case notSubmitted
    }

    public var description: String {
        switch self {
        case .noSurvey:
            "the database holds no survey yet; publish one first with `jointtraining survey publish FILE`"
        case .severalSurveys(let ids):
            "the database holds several surveys (\(ids.joined(separator: ", "))); say which one with --survey"
        case .unknownSurvey(let id, let known):
            "there is no survey \"\(id)\" in the database" + (known.isEmpty ? "" : "; it holds \(known.joined(separator: ", "))")
        case .versionChanged(let survey, let version):
            "version \(version) of survey \"\(survey)\" is already published with a different definition, and a published version never changes; raise version=\"\(version)\" in the file to publish the change as a new version"
        case .olderVersion(let survey, let version, let latest):
            "survey \"\(survey)\" is already published in version \(latest); version \(version) cannot be published after it"
        case .unknownInvitation:
            "this invitation link is not valid"
        case .revokedInvitation(let at):
            "this invitation was withdrawn on \(Self.day(at)) and can no longer be used"
        case .expiredInvitation(let at):
            "this invitation expired on \(Self.day(at)); ask the coordinator for a new one"
        case .alreadySubmitted(let contribution, let at):
            "this response was submitted on \(Self.day(at)) (contribution \(contribution)) and can no longer be changed"
        case .answersRejected(let problems):
            "the answers are not complete or not valid:\n" + problems.map { problem in
                "  \(problem.question)\(problem.topic.map { " / \($0)" } ?? "")\(problem.field.map { " / \($0.rawValue)" } ?? ""): \(problem.message)"
            }.joined(separator: "\n")
        case .answersTooLarge(let bytes, let limit):
            "the answers take \(bytes) bytes, more than the \(limit) a response may hold"
        case .draftsQuotaReached(let limit):
            "the drafts of this response already take the \(limit / 1_048_576) MiB a response may keep; submit the answers or ask the coordinator"
        case .unknownInvitationID(let id):
            "there is no invitation \(id)"
        case .unknownServiceID(let id):
            "there is no service S\(id); `survey invitations` lists the services known only from imported needs with their S numbers"
        case .reopenRefused(let id, .withdrawn(let at)):
            "invitation \(id) was withdrawn on \(Self.day(at)); the response of a withdrawn invitation cannot be reopened"
        case .reopenRefused(let id, .expired(let at)):
            "invitation \(id) expired on \(Self.day(at)); its response cannot be reopened (invite the service again for new answers)"
        case .reopenRefused(let id, .notSubmitted):
            "invitation \(id) has no submitted response yet; there is nothing to reopen"
        }
    }

    private static func day(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day())
    }
}
