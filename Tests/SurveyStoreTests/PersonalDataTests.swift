import Foundation
import GRDB
import NeedsInventory
import SurveyDefinition
import Testing
import TrainingModel
@testable import SurveyStore

@Suite("Personal data")
struct PersonalDataTests {
    /// A service invited with an e-mail address in French, which saved a draft and submitted.
    static func answered(_ store: any SurveyStore, _ clock: TestClock) async throws -> IssuedInvitation {
        let invitation = try await store.invite([InvitationRequest(service: Fixtures.liege, email: "m.dupont@emploi.belgique.be", language: .french)],
                                                to: "small", expiresAt: clock.now + 30 * 86_400, by: "coordinator")[0]
        _ = try await store.saveDraft(token: invitation.token, answers: Fixtures.answers())
        _ = try await store.submit(token: invitation.token, answers: Fixtures.answers())
        return invitation
    }

    @Test("an invitation keeps its language; the link opens with it", arguments: Engine.allCases)
    func invitationLanguage(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.answered(store, clock)
        #expect(try await store.openInvitation(token: invitation.token).language == .french)
        #expect(try await store.invitations(of: "small").first?.language == .french)
    }

    @Test("the export holds everything stored about the service, and is itself logged", arguments: Engine.allCases)
    func export(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.answered(store, clock)
        let record = try await store.serviceRecord(invitation: invitation.id, by: "dpo")
        #expect(record.service.name == "Inspection Liège" && record.service.country == "BE")
        #expect(record.invitations.map(\.email) == ["m.dupont@emploi.belgique.be"])
        #expect(record.invitations.first?.language == "fr")
        #expect(record.responses.first?.revisions.map(\.state) == ["draft", "submitted"])
        #expect(record.responses.first?.revisions.last?.answers["other-needs"] == .text("Auditions avec interprète"))
        #expect(record.needs.count == 3)
        #expect(record.audit.map(\.action) == ["invite", "save", "submit"])
        #expect(try await store.auditLog().last?.detail.contains("exported") == true)
        await #expect(throws: SurveyStoreError.unknownInvitationID(999)) { try await store.serviceRecord(invitation: 999, by: "dpo") }
    }

    @Test("erasing a service removes its names, addresses and free text everywhere and keeps its topic needs as counts", arguments: Engine.allCases)
    func erase(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.answered(store, clock)
        // Another service whose name holds the erased one: its lines stay as they are.
        let other = ServiceIdentity(country: "BE", kind: .police, name: "Inspection Liège Nord")
        _ = try await store.invite([InvitationRequest(service: other)], to: "small", expiresAt: clock.now + 86_400, by: "coordinator")
        let otherLine = try #require(try await store.auditLog().last)
        let topicStaff = try await store.exportNeeds(of: "small", by: "c").filter { $0.topic != nil }.map(\.headcount).reduce(0, +)
        let receipt = try await store.eraseService(invitation: invitation.id, by: "dpo")
        #expect(receipt.revisions == 2 && receipt.needsKept == 2 && receipt.needsRemoved == 1)

        var dump = ""
        for table in ["service", "invitation", "response_revision", "need", "audit_log", "erasure"] {
            dump += try await Fixtures.rows(store, "SELECT * FROM \(table)").map { $0.map { $0 ?? "NULL" }.joined(separator: "|") }
                .joined(separator: "\n") + "\n"
        }
        for erased in ["m.dupont@emploi.belgique.be", "Auditions avec interprète"] {
            #expect(!dump.contains(erased), "\(erased) is still stored")
        }
        #expect(!dump.replacingOccurrences(of: "Inspection Liège Nord", with: "").contains("Inspection Liège"))
        #expect(try await store.auditLog().contains { $0.subject == otherLine.subject && $0.detail == otherLine.detail },
                "another service's lines are not rewritten")
        // The links stop working, so that an open page cannot store it all again.
        await #expect(throws: SurveyStoreError.self) { try await store.saveDraft(token: invitation.token, answers: Fixtures.answers()) }
        #expect(try await store.inventory(of: "small", by: "c").rows.map(\.staff).reduce(0, +) == topicStaff, "topic needs still count")
        let needs = try await store.exportNeeds(of: "small", by: "c")
        #expect(needs.count == 2 && needs.allSatisfy { $0.service == nil && $0.topic != nil })
        let record = try await store.serviceRecord(invitation: invitation.id, by: "dpo")
        #expect(record.erasures.map(\.what) == ["service"])
        #expect(record.service.name.hasPrefix("erased service"))
        #expect(try await store.auditLog().contains { $0.action == .erase && $0.subject.hasPrefix("service ") })
        // Outside an erasure, revisions and the log still never change.
        await Fixtures.expectRefused(store, "UPDATE response_revision SET answers = '{}'", "a saved revision never changes")
        await Fixtures.expectRefused(store, "UPDATE audit_log SET detail = 'x'", "the audit log is never changed")
    }

    @Test("contact data go once the retention period after the survey's close has passed", arguments: Engine.allCases)
    func retention(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let invitation = try await Self.answered(store, clock)
        try await store.setRetention(days: 10, of: "small", by: "coordinator")
        #expect(try await store.applyRetention(by: "test").isEmpty)
        clock.advance(days: 35)
        #expect(try await store.applyRetention(by: "test").isEmpty, "closed 5 days ago: kept")
        clock.advance(days: 6)
        #expect(try await store.applyRetention(by: "test") == [RetentionReceipt(survey: "small", addresses: 1)])
        #expect(try await store.invitations(of: "small").first?.email == nil)
        #expect(try await store.applyRetention(by: "test").isEmpty, "nothing left to remove")
        #expect(try await store.serviceRecord(invitation: invitation.id, by: "dpo").responses.count == 1, "answers are kept")
    }
}

@Suite("Consent to joint training in the store")
struct JointConsentStoreTests {
    @Test("consent imported with the needs comes back in the needs export; needs that say nothing consent", arguments: Engine.allCases)
    func consentKept(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        let csv = "id,country,service_kind,service,topic,joint_countries,joint_services\n"
            + "N1,NL,labour-inspection,Nederlandse Arbeidsinspectie,labour-exploitation,no,maybe\n"
            + "N2,BE,police,Zone Gent,financial-investigation,,\n"
        _ = try await store.importNeeds(csv: Array(csv.utf8), name: "needs.csv", into: "small", by: "c")
        let needs = try await store.exportNeeds(of: "small", by: "c")
        #expect(needs.first { $0.id == "N1" }.map { [$0.jointCountries, $0.jointServices] } == [.no, .maybe])
        #expect(needs.first { $0.id == "N2" }.map { [$0.jointCountries, $0.jointServices] } == [.yes, .yes])
    }
}
