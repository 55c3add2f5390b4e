import Foundation
import JointTrainingCommands
import Testing

@Suite("the jointtraining command")
struct JointTrainingCommandTests {
    @Test("--version prints the release and exits 0; --help lists every command")
    func versionAndHelp() throws {
        let version = try CommandRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines) == JointTrainingCommand.version)
        let help = try CommandRunner.run(["--help"])
        #expect(help.status == 0)
        for command in ["catalogue", "survey", "match", "plan", "serve", "user"] {
            #expect(help.output.contains("  \(command)"), "--help does not list \(command)")
        }
    }
}
