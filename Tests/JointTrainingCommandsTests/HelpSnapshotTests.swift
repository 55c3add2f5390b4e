import Testing
import TestSupport

/// What `--help` prints for the command and its main subcommands, kept as snapshots: the help is
/// the first thing a user reads, and an option renamed or a default changed must be a reviewed diff.
@Suite("Help snapshots")
struct HelpSnapshotTests {
    @Test("--help", arguments: [
        [], ["plan"], ["match"], ["survey"], ["survey", "invite"], ["survey", "remind"], ["serve"], ["catalogue"],
    ])
    func help(command: [String]) throws {
        let result = try CommandRunner.run(command + ["--help"], environment: ["COLUMNS": "100"])
        #expect(result.status == 0)
        expectSnapshot(of: result.output, kind: "help", variant: (["jointtraining"] + command).joined(separator: "-"))
    }
}
