import Foundation
import SurveyDefinition
import Testing
import TrainingModel
@testable import SurveyStore

/// The values the SQLite store reads from its rows as records are the values the PostgreSQL
/// store reads column by column, for every kind of row: the two are written apart, so a
/// record that names a column wrongly, or reads a NULL, a date or a JSON text otherwise,
/// shows as a difference.
@Suite("Rows read as records")
struct RecordReadingTests {
    /// Everything the store gives back of one story, as values.
    struct Readings: Equatable {
        var versions: [SurveyVersion]
        var invitations: [InvitationOverview]
        var revisions: [[ResponseRevision]]
        var status: [StatusRow]
        var imported: [ImportedService]
        var audit: [AuditEntry]
        var serviceRecord: String
        var opened: [Opened]
    }

    /// What a link opened, or why it did not.
    struct Opened: Equatable {
        var invitation: Int64?
        var service: ServiceIdentity?
        var language: LanguageCode?
        var answers: Answers?
        var submitted: Bool
        var refusal: String?
    }

    /// Two services invited (one with an address, one of a kind this version does not know,
    /// stored by an older or newer tool), one submitted then reopened, one autosaved, one
    /// withdrawn, needs imported for a third; a further link issued and the first service's
    /// record exported.
    static func story(_ engine: Engine) async throws -> Readings {
        let (store, clock) = try await Fixtures.store(engine)
        let coastguard = ServiceIdentity(country: "NL", kind: .other, name: "Kustwacht")
        let invited = try await store.invite([InvitationRequest(service: Fixtures.liege, email: "chef@example.be", language: .german),
                                              InvitationRequest(service: coastguard),
                                              InvitationRequest(service: ServiceIdentity(country: "LU", kind: .police, name: "Police grand-ducale"))],
                                             to: "small", expiresAt: clock.now + 30 * 86_400, by: "c")
        try await Fixtures.execute(store, "UPDATE service SET kind = 'coastguard' WHERE name = 'Kustwacht'")
        clock.advance(days: 1)
        _ = try await store.saveDraft(token: invited[0].token, answers: Fixtures.answers())
        _ = try await store.submit(token: invited[0].token, answers: Fixtures.answers())
        clock.advance(days: 1)
        _ = try await store.reopenInvitation(invited[0].id, by: "c")
        _ = try await store.saveDraft(token: invited[1].token, answers: Fixtures.answers(.dutch), origin: .autosave)
        try await store.revokeInvitation(invited[2].id, by: "c")
        _ = try await store.importNeeds(csv: Fixtures.bytes("needs-good.csv"), name: "needs-good.csv", into: "small", by: "c")
        _ = try await store.issueLink(invitation: invited[1].id, by: "c")
        let record = try await store.serviceRecord(.invitation(invited[0].id), by: "c")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        var opened: [Opened] = []
        for issued in invited {
            do {
                let open = try await store.openInvitation(token: issued.token)
                opened.append(Opened(invitation: open.invitation, service: open.service, language: open.language, answers: open.answers,
                                     submitted: open.submission != nil))
            } catch {
                opened.append(Opened(submitted: false, refusal: "\(error)"))
            }
        }
        // Contribution numbers are drawn at random: the same story has other ones on each engine.
        let contribution = try #require(record.responses.first?.contribution)
        func same(_ text: String) -> String { text.replacingOccurrences(of: contribution, with: "CONTRIBUTION") }
        let audit = try await store.auditLog().map { entry in
            var entry = entry
            entry.subject = same(entry.subject)
            entry.detail = same(entry.detail)
            return entry
        }
        return Readings(
            versions: try await store.surveyVersions(), invitations: try await store.invitations(of: "small"),
            revisions: try await invited.asyncMap { try await store.revisions(ofInvitation: $0.id) },
            status: try await store.status(of: "small"), imported: try await store.importedServices(of: "small"),
            audit: audit, serviceRecord: same(String(decoding: try encoder.encode(record), as: UTF8.self)), opened: opened)
    }

    @Test("SQLite's records read the same values as PostgreSQL's columns")
    func sameOnBothEngines() async throws {
        let sqlite = try await Self.story(.sqlite)
        let postgres = try await Self.story(.postgres)
        #expect(sqlite.versions == postgres.versions)
        #expect(sqlite.invitations == postgres.invitations)
        #expect(sqlite.revisions == postgres.revisions)
        #expect(sqlite.status == postgres.status)
        #expect(sqlite.imported == postgres.imported)
        #expect(sqlite.audit == postgres.audit)
        #expect(sqlite.serviceRecord == postgres.serviceRecord)
        #expect(sqlite.opened == postgres.opened)
    }

    @Test("the values are the story's: states, NULLs, dates, answers and a kind this version does not know")
    func valuesOfTheStory() async throws {
        let read = try await Self.story(.sqlite)
        let now = Date(timeIntervalSince1970: 1_800_000_000 + 2 * 86_400)
        #expect(read.invitations.map { $0.state(at: now) } == [.reopened, .draft, .revoked])
        #expect(read.invitations[0].email == "chef@example.be" && read.invitations[0].language == .german)
        #expect(read.invitations[1].email == nil && read.invitations[1].language == nil)
        #expect(read.invitations[1].service.kind == .other, "a kind this version does not know reads as other")
        #expect(read.invitations[2].revokedAt == now)
        #expect(read.revisions[0].map(\.state) == [.draft, .submitted])
        #expect(read.revisions[0].first?.answers == Fixtures.answers())
        #expect(read.revisions[1].first?.answers == Fixtures.answers(.dutch))
        #expect(read.status.contains { $0.country == "NL" && $0.kind == .other && $0.invited == 1 && $0.draft == 1 })
        #expect(read.status.contains { $0.country == "BE" && $0.kind == .labourInspection && $0.draft == 1 && $0.submitted >= 0 })
        #expect(!read.imported.isEmpty)
        #expect(read.versions.map(\.version) == [1] && read.versions[0].thesaurus?.id == "mini-topics")
        #expect(read.audit.map(\.action).contains(.reopen))
        #expect(read.serviceRecord.contains("\"email\":\"chef@example.be\""))
        #expect(read.serviceRecord.contains("\"languages\":["))
        #expect(read.opened[0] == Opened(invitation: 1, service: Fixtures.liege, language: .german, answers: Fixtures.answers(), submitted: false),
                "reopened: the answers last submitted, open for changes")
        #expect(read.opened[1].service?.kind == .other && read.opened[1].language == nil && read.opened[1].answers == Fixtures.answers(.dutch))
        #expect(read.opened[2].refusal?.contains("withdrawn") == true, "a withdrawn invitation does not open")
    }
}

extension Sequence {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
