import Foundation
import Testing

/// Control characters in service names and need texts never reach a terminal raw; data
/// written to files and pipes is kept exactly.
@Suite("Control characters in terminal output", .serialized)
struct TerminalEscapingTests {
    static let csv = CommandRunner.fixture("Tests/Fixtures/JointTrainingCommands/terminal/control-characters.csv")
    static let survey = CommandRunner.fixture("Surveys/thb-needs-2027.survey.xml")
    /// ESC, BEL and the right-to-left override U+202E: each could change what a terminal shows.
    static let dangerous: [Character] = ["\u{1B}", "\u{07}", "\u{202E}"]

    private func raw(_ text: String) -> Bool {
        text.contains { Self.dangerous.contains($0) }
    }

    private func database() throws -> (folder: URL, db: String) {
        let folder = try SurveyCLI.folder()
        let db = folder.appendingPathComponent("db.sqlite").path
        let publish = try CommandRunner.run(["survey", "publish", Self.survey, "--db", db])
        #expect(publish.status == 0, "\(publish.errors)")
        return (folder, db)
    }

    @Test("survey invitations and survey audit show a service name's ESC and BEL escaped")
    func invitationsAndAudit() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "Police\u{1B}]0;owned\u{07}\u{1B}[31mRed"
        let invite = try CommandRunner.run(["survey", "invite", "--country", "BE", "--kind", "police", "--service", name, "--db", db])
        #expect(invite.status == 0, "\(invite.errors)")
        #expect(!raw(invite.output + invite.errors))
        for command in [["survey", "invitations"], ["survey", "audit"]] {
            let result = try CommandRunner.run(command + ["--db", db])
            #expect(result.status == 0)
            #expect(!raw(result.output), "\(command)")
            #expect(result.output.contains("Police\\u{1B}]0;owned\\u{7}\\u{1B}[31mRed"), "\(command): \(result.output)")
        }
        // JSON keeps the text, escaped by the encoder.
        let json = try CommandRunner.run(["survey", "audit", "--format", "json", "--db", db])
        #expect(!raw(json.output) && json.output.contains("\\u001b]0;owned"))
    }

    @Test("survey needs escapes on a terminal and keeps the data exactly in a pipe and with --out")
    func needsExport() throws {
        let (folder, db) = try database()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandRunner.run(["survey", "import", Self.csv, "--db", db]).status == 0)
        let piped = try CommandRunner.run(["survey", "needs", "--db", db])
        #expect(piped.status == 0)
        #expect(piped.output.contains("Identify \u{1B}[31mvictims\u{07} of labour"))
        let out = folder.appendingPathComponent("needs.csv").path
        #expect(try CommandRunner.run(["survey", "needs", "--db", db, "--out", out]).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Pol\u{1B}[2Jice \u{202E}evil"))

        // On a terminal (a pseudo-terminal made by script(1)).
        let script = "/usr/bin/script"
        try #require(FileManager.default.isExecutableFile(atPath: script), "script(1) gives the command a terminal")
        let binary = CommandRunner.executable.path
        let terminal = try CommandRunner.runProgram(script, ["-qec", "'\(binary)' survey needs --db '\(db)'", "/dev/null"])
        #expect(terminal.status == 0)
        #expect(!raw(terminal.output), "\(terminal.output)")
        #expect(terminal.output.contains("Pol\\u{1B}[2Jice \\u{202E}evil"))
        #expect(terminal.output.contains("Identify \\u{1B}[31mvictims\\u{7} of labour"))
    }

    @Test("match shows a need text's control characters escaped")
    func match() throws {
        let result = try CommandRunner.run(["match", "--catalogue", "Curricula/catalogues/cepol-thb-2027.xml", "--needs", Self.csv])
        #expect(result.status == 0, "\(result.errors)")
        #expect(!raw(result.output))
        #expect(result.output.contains("Identify \\u{1B}[31mvictims\\u{7} of labour"))
    }

    @Test("plan writes a curriculum for a need whose texts hold control characters (found by the fuzzer: exit 3 before)")
    func planWithControlCharacters() throws {
        let out = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandRunner.run(["plan", "--catalogue", "Curricula/catalogues/cepol-thb-2027.xml", "--needs", Self.csv,
                                            "--format", "xml", "--out", out.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("<curriculum") && !result.output.contains("\u{1B}") && !result.output.contains("\u{07}"))
        let written = try String(contentsOf: out.appendingPathComponent("curriculum.xml"), encoding: .utf8)
        #expect(written.contains("\u{FFFD}") && !written.contains("\u{1B}"))
    }
}
