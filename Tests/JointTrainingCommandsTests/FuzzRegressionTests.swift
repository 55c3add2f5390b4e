import Foundation
import Testing

/// Inputs the fuzzer (Tests/Fuzz) once broke the command with, kept under Tests/Fixtures/Fuzz:
/// each must now be handled within the contract.
@Suite("Fuzz findings", .serialized)
struct FuzzRegressionTests {
    static let folder = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/Fuzz")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test("each needs CSV the fuzzer kept survives import → export → import → export unchanged")
    func needsRoundTrip() throws {
        let csvs = Self.files.filter { $0.hasSuffix(".csv") }
        #expect(!csvs.isEmpty)
        for name in csvs {
            let scratch = try SurveyCLI.folder()
            defer { try? FileManager.default.removeItem(at: scratch) }
            var exports: [String] = []
            var input = Self.folder.appendingPathComponent(name).path
            for round in 1...2 {
                let db = scratch.appendingPathComponent("db\(round).sqlite").path
                #expect(try CommandRunner.run(["survey", "publish", TerminalEscapingTests.survey, "--db", db]).status == 0)
                let imported = try CommandRunner.run(["survey", "import", input, "--db", db])
                #expect(imported.status == 0, "\(name), round \(round): \(imported.errors)")
                input = scratch.appendingPathComponent("export\(round).csv").path
                #expect(try CommandRunner.run(["survey", "needs", "--db", db, "--out", input]).status == 0)
                exports.append((try? String(contentsOfFile: input, encoding: .utf8)) ?? "")
            }
            #expect(exports[0] == exports[1], "\(name)")
        }
    }

    @Test("a needs CSV with a NUL byte in an id (found by the fuzzer: SQLite kept an empty id) is refused with its place; nothing is stored")
    func nulRefused() throws {
        let scratch = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let db = scratch.appendingPathComponent("db.sqlite").path
        #expect(try CommandRunner.run(["survey", "publish", TerminalEscapingTests.survey, "--db", db]).status == 0)
        let file = CommandRunner.packageRoot.appendingPathComponent("Tests/Fixtures/NeedsCSV/fuzz-nul-id.csv").path
        let imported = try CommandRunner.run(["survey", "import", file, "--db", db])
        #expect(imported.status == 1)
        #expect(imported.errors.contains("fuzz-nul-id.csv:3:1: this field holds a NUL character (byte 0)"))
        #expect(try CommandRunner.run(["survey", "needs", "--db", db]).output.split(separator: "\n").count == 1, "only the header")
    }
}
