import Diagnostics
import Foundation
import GRDB
import NeedsCSV
import Testing
import TrainingModel
@testable import SurveyStore

@Suite("Importing and exporting needs")
struct ImportTests {
    static func counts(_ store: any SurveyStore) async throws -> [Int] {
        var counts: [Int] = []
        for table in ["need", "response", "response_revision", "service"] {
            counts.append(try await Fixtures.int(store, "SELECT COUNT(*) FROM \(table)")!)
        }
        return counts
    }

    @Test("each distinct country, kind and service becomes a service with a submitted response", arguments: Engine.allCases)
    func importServices(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        let receipt = try await store.importNeeds(csv: Fixtures.bytes("needs-good.csv"), name: "needs-good.csv", into: "small", by: "coordinator")
        #expect(receipt.needs == 7 && receipt.services == 3 && receipt.newServices == 3)
        #expect(try await Self.counts(store) == [7, 3, 3, 3])
        let status = try await store.status(of: "small")
        #expect(status.map { "\($0.country) \($0.kind.rawValue) \($0.submitted)" } == ["BE police 1", "BE prosecution 1", "NL police 1"])
        #expect(try await store.auditLog().last?.detail == "7 needs from 3 services (3 new)")
    }

    @Test("import then export gives back the same rows, byte for byte when written by the exporter", arguments: Engine.allCases)
    func roundTrip(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        let original = try NeedsReader().read(file: Fixtures.path("needs-good.csv")).value
        _ = try await store.importNeeds(csv: Fixtures.bytes("needs-good.csv"), name: "needs-good.csv", into: "small", by: "c")
        let exported = try await store.exportNeeds(of: "small")
        #expect(exported == original)

        let (second, _) = try await Fixtures.store(engine)
        let written = NeedsWriter.write(original)
        _ = try await second.importNeeds(csv: Array(written.utf8), name: "written.csv", into: "small", by: "c")
        let logged = try await second.auditLog().count
        #expect(NeedsWriter.write(try await second.exportNeeds(of: "small")) == written)
        _ = try await second.inventory(of: "small")
        #expect(try await second.auditLog().count == logged, "reading needs and the inventory writes nothing")
        try await second.recordExport("needs", of: "small", detail: "3 needs exported", by: "c")
        #expect(try await second.auditLog().last.map { [$0.action.rawValue, $0.subject, $0.detail] } == ["export", "needs", "3 needs exported"])
    }

    @Test("a file with bad rows stores nothing and names every bad line", arguments: Engine.allCases)
    func badRows(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        let before = try await Self.counts(store)
        do {
            _ = try await store.importNeeds(csv: Fixtures.bytes("needs-bad-rows.csv"), name: "needs-bad-rows.csv", into: "small", by: "c")
            Issue.record("a file with bad rows must be refused")
        } catch let problems as InputProblems {
            let lines = problems.diagnostics.map { "\($0.line): \($0.message)" }
            #expect(lines.count == 5)
            #expect(lines[0].hasPrefix("3: country: \"XX\" is not an ISO 3166-1 alpha-2 country code"))
            #expect(lines[1].hasPrefix("4: service_kind: \"navy\" is not a service kind"))
            #expect(lines[2] == "5: topic: \"cooking\" is not a concept of thesaurus \"mini-topics\" of the survey")
            #expect(lines[3].hasPrefix("6: priority: \"7\" is out of range: 1–4"))
            #expect(lines[4].hasPrefix("7: headcount: \"-3\" is out of range"))
        }
        #expect(try await Self.counts(store) == before)
        #expect(try await store.auditLog().allSatisfy { $0.action != .import })
    }

    @Test("a file without the required header is refused at line 1", arguments: Engine.allCases)
    func missingHeader(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        await #expect {
            try await store.importNeeds(csv: Fixtures.bytes("needs-missing-header.csv"), name: "h.csv", into: "small", by: "c")
        } throws: { error in
            let diagnostic = (error as? InputProblems)?.diagnostics.first
            return diagnostic?.line == 1 && diagnostic?.message.contains("lacks the required column(s) id, country, service_kind") == true
        }
        #expect(try await Self.counts(store) == [0, 0, 0, 0])
    }

    @Test("a file that is not UTF-8 is refused, naming each line that is not", arguments: Engine.allCases)
    func notUTF8(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        var bytes = Array("id,country,service_kind,service,topic\nN1,BE,police,Li".utf8) + [0xE8] + Array("ge,financial-investigation\nN2,BE,police,ok,financial-investigation\nN3,LU,police,M".utf8) + [0xFC] + Array("nster,labour-exploitation\n".utf8)
        bytes += []
        await #expect {
            try await store.importNeeds(csv: bytes, name: "latin1.csv", into: "small", by: "c")
        } throws: { error in
            let problems = (error as? InputProblems)?.diagnostics ?? []
            return problems.map(\.line) == [2, 4] && problems.allSatisfy { $0.message.contains("not valid UTF-8") }
        }
        #expect(try await Self.counts(store) == [0, 0, 0, 0])
    }

    @Test("rows whose ids are already in the database are refused with their lines, nothing stored", arguments: Engine.allCases)
    func idsAlreadyStored(_ engine: Engine) async throws {
        let (store, _) = try await Fixtures.store(engine)
        _ = try await store.importNeeds(csv: Fixtures.bytes("needs-good.csv"), name: "needs-good.csv", into: "small", by: "c")
        let before = try await Self.counts(store)
        let again = "id,country,service_kind,service,topic\nNEW1,BE,police,Elsewhere,financial-investigation\nG2,BE,police,Elsewhere,labour-exploitation\nG5,NL,police,Rotterdam,labour-exploitation\n"
        await #expect {
            try await store.importNeeds(csv: Array(again.utf8), name: "again.csv", into: "small", by: "c")
        } throws: { error in
            (error as? InputProblems)?.diagnostics.map { "\($0.line):\($0.column)" } == ["3:1", "4:1"]
        }
        #expect(try await Self.counts(store) == before)
    }
}
