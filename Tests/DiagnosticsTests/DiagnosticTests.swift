import Diagnostics
import Testing

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("problems read FILE:LINE:COLUMN: message, warnings marked as such")
    func formatsProblems() {
        let error = Diagnostic(file: "cat.xml", line: 12, column: 5, message: "duplicate module id \"A\"")
        let warning = Diagnostic(file: "cat.xml", line: 3, column: 1, message: "no summary", severity: .warning)
        #expect(error.description == "cat.xml:12:5: duplicate module id \"A\"")
        #expect(warning.description == "cat.xml:3:1: warning: no summary")
        let problems = InputProblems([error, warning])
        #expect(problems.description == "cat.xml:12:5: duplicate module id \"A\"\ncat.xml:3:1: warning: no summary")
        #expect(problems.diagnostics.errors == [error])
        #expect(problems.diagnostics.warnings == [warning])
    }
}
