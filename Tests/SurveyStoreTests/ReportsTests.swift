import Foundation
import NeedsInventory
import SurveyDefinition
import Testing
import TrainingModel
@testable import SurveyStore

@Suite("Status and inventory")
struct ReportsTests {
    @Test("the inventory gives services asking, staff, mean gap and mean priority per topic, country and kind", arguments: Engine.allCases)
    func inventoryFigures(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        _ = try await store.importNeeds(csv: Fixtures.bytes("needs-inventory.csv"), name: "needs-inventory.csv", into: "small", by: "c")
        let logged = try await store.auditLog().count
        let inventory = try await store.inventory(of: "small")
        func row(_ topic: String?, _ country: CountryCode, _ kind: ServiceKind) -> InventoryRow? {
            inventory.row(Inventory.Topic(topic), Inventory.Group(country, kind))
        }
        // Two BE police services ask for financial investigation: 10 + 6 staff, gaps 2 and 1, priorities 4 and 3.
        #expect(row("financial-investigation", "BE", .police) == InventoryRow(
            topic: .init("financial-investigation"), country: "BE", kind: .police, services: 2, needs: 2,
            staff: 16, meanGap: 1.5, meanPriority: 3.5))
        // One service asking twice for one topic counts once; a need without levels has no gap.
        #expect(row("labour-exploitation", "NL", .labourInspection) == InventoryRow(
            topic: .init("labour-exploitation"), country: "NL", kind: .labourInspection, services: 1, needs: 2,
            staff: 25, meanGap: 2, meanPriority: 3))
        #expect(row("victim-identification", "LU", .prosecution)?.meanGap == nil)
        #expect(row(nil, "BE", .police)?.staff == 4)
        #expect(inventory.rows.count == 4)
        #expect(inventory.topics.map(\.concept) == ["labour-exploitation", "financial-investigation", "victim-identification", nil])
        #expect(inventory.label(of: .init("financial-investigation"), in: .french) == "enquête financière")
        #expect(try await store.auditLog().count == logged, "reading the inventory writes nothing")
    }

    @Test("status counts invited, draft and submitted per country and kind; withdrawn invitations do not count", arguments: Engine.allCases)
    func status(_ engine: Engine) async throws {
        let (store, clock) = try await Fixtures.store(engine)
        let police = ServiceIdentity(country: "NL", kind: .police, name: "Politie Rotterdam")
        let issued = try await store.invite([InvitationRequest(service: Fixtures.liege), InvitationRequest(service: Fixtures.liege),
                                             InvitationRequest(service: police), InvitationRequest(service: police)],
                                            to: "small", expiresAt: clock.now + 86_400, by: "c")
        _ = try await store.saveDraft(token: issued[0].token, answers: Fixtures.answers())
        _ = try await store.submit(token: issued[1].token, answers: Fixtures.answers())
        _ = try await store.saveDraft(token: issued[2].token, answers: Fixtures.answers())
        try await store.revokeInvitation(issued[3].id, by: "c")
        let rows = try await store.status(of: "small")
        #expect(rows == [
            StatusRow(country: "BE", kind: .labourInspection, invited: 2, draft: 1, submitted: 1),
            StatusRow(country: "NL", kind: .police, invited: 1, draft: 1, submitted: 0),
        ])
    }
}
