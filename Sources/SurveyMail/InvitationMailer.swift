import Foundation
import Mail
import SurveyDefinition
import SurveyStore
import TrainingModel

/// What became of one invitation's e-mail.
public struct MailReport: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case sent
        /// Why it was not delivered; the audit log keeps its English `description`.
        case failed(MailFailure)
        /// The invitation has no e-mail address: its link must be passed on by hand.
        case noAddress
    }

    public var invitation: Int64
    public var service: ServiceIdentity
    public var address: String?
    public var outcome: Outcome
}

/// Sends invitation and reminder e-mails through an SMTP relay, each in its invitation's
/// language, and writes every sending (or failure) to the audit log.
public struct InvitationMailer: Sendable {
    public let store: any SurveyStore
    public let client: SMTPClient
    public let from: MailAddress
    public let baseURL: String
    public let clock: @Sendable () -> Date

    public init(store: any SurveyStore, client: SMTPClient, from: MailAddress, baseURL: String, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.client = client
        self.from = from
        self.baseURL = baseURL
        self.clock = clock
    }

    /// E-mails the links just issued.
    public func sendInvitations(_ issued: [IssuedInvitation], survey: Survey, by actor: String) async throws -> [MailReport] {
        let now = clock()
        let mails = issued.map { invitation in
            (invitation.id, invitation.request.service, invitation.request.email,
             InvitationMail.compose(.invitation, invitation: invitation.id, service: invitation.request.service, email: invitation.request.email,
                                    language: invitation.request.language, link: invitation.link(base: baseURL), expiresAt: invitation.expiresAt,
                                    survey: survey, from: from, at: now))
        }
        return try await deliver(mails, by: actor)
    }

    /// E-mails a reminder with a new link to every live invitation with an address; with
    /// `notAnswered`, only to those whose response is not submitted.
    public func sendReminders(of surveyID: String, notAnswered: Bool, by actor: String) async throws -> [MailReport] {
        let now = clock()
        let survey = try await store.latestVersion(of: surveyID).decoded()
        var mails: [(Int64, ServiceIdentity, String?, InvitationMail?)] = []
        for invitation in try await Self.remindable(store: store, survey: surveyID, notAnswered: notAnswered, at: now) {
            guard invitation.email != nil else {
                mails.append((invitation.id, invitation.service, nil, nil))
                continue
            }
            let token = try await store.issueLink(invitation: invitation.id, by: actor)
            let link = IssuedInvitation(id: invitation.id, request: InvitationRequest(service: invitation.service), token: token,
                                        expiresAt: invitation.expiresAt).link(base: baseURL)
            mails.append((invitation.id, invitation.service, invitation.email,
                          InvitationMail.compose(.reminder, invitation: invitation.id, service: invitation.service, email: invitation.email,
                                                 language: invitation.language, link: link, expiresAt: invitation.expiresAt,
                                                 submitted: invitation.submittedAt != nil, survey: survey, from: from, at: now)))
        }
        return try await deliver(mails, by: actor)
    }

    /// The invitations a reminder goes to: not withdrawn, not expired, and with `notAnswered`
    /// not submitted.
    public static func remindable(store: any SurveyStore, survey: String, notAnswered: Bool, at now: Date) async throws -> [InvitationOverview] {
        try await store.invitations(of: survey).filter { invitation in
            invitation.revokedAt == nil && now < invitation.expiresAt && (!notAnswered || invitation.submittedAt == nil)
        }
    }

    private func deliver(_ mails: [(Int64, ServiceIdentity, String?, InvitationMail?)], by actor: String) async throws -> [MailReport] {
        let outcomes = await client.send(mails.compactMap { $0.3?.message })
        var byID = Dictionary(uniqueKeysWithValues: outcomes.map { ($0.message.id, $0) })
        var reports: [MailReport] = []
        for (invitation, service, address, mail) in mails {
            guard let mail, let outcome = byID.removeValue(forKey: mail.message.id) else {
                reports.append(MailReport(invitation: invitation, service: service, address: address, outcome: .noAddress))
                continue
            }
            let failure: MailFailure? = if case .failed(let reason) = outcome.result { reason } else { nil }
            try await store.recordMail(mail.kind.rawValue, invitation: invitation, failure: failure?.description, by: actor)
            reports.append(MailReport(invitation: invitation, service: service, address: address,
                                      outcome: failure.map { .failed($0) } ?? .sent))
        }
        return reports
    }
}
