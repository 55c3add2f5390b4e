import Foundation
import Testing

/// Every number typed on the command line is range-checked: a usage message and exit 2,
/// never a trap (exit 132) or a silly result.
@Suite("Numbers on the command line")
struct NumberOptionTests {
    static let plan = "Tests/Fixtures/JointTrainingCommands/plan/"

    @Test("plan --budget-days beyond the range is a usage error naming the range",
          arguments: ["1e19", "9e18", "100001", "nan", "inf"])
    func budget(value: String) throws {
        let result = try CommandRunner.run(["plan", "--catalogue", Self.plan + "catalogue.xml", "--needs", Self.plan + "needs.csv",
                                            "--budget-days", value])
        #expect(result.status == 2, "\(result.errors)")
        #expect(result.errors.contains("--budget-days"))
        #expect(result.errors.contains("is out of range: give a number of training days from 0 to 100000"))
        #expect(result.output.isEmpty)
    }

    @Test("plan --budget-days at the top of the range plans")
    func largestBudget() throws {
        let result = try CommandRunner.run(["plan", "--catalogue", Self.plan + "catalogue.xml", "--needs", Self.plan + "needs.csv",
                                            "--budget-days", "100000", "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test("match --top, survey invite --expires-days and serve --port are range-checked")
    func otherNumbers() throws {
        let top = try CommandRunner.run(["match", "--catalogue", Self.plan + "catalogue.xml", "--needs", Self.plan + "needs.csv",
                                         "--top", "9223372036854775807"])
        #expect(top.status == 2)
        #expect(top.errors.contains("--top 9223372036854775807 is out of range: give a number of modules per need from 1 to 1000"))
        let expiry = try CommandRunner.run(["survey", "invite", "--country", "BE", "--kind", "police", "--service", "P",
                                            "--expires-days", "9223372036854775807", "--db", "/nonexistent/x.sqlite"])
        #expect(expiry.status == 2)
        #expect(expiry.errors.contains("--expires-days 9223372036854775807 is out of range: give a number of days from 1 to 3650"))
        let port = try CommandRunner.run(["serve", "--port", "70000"])
        #expect(port.status == 2)
        #expect(port.errors.contains("--port 70000 is out of range"))
    }

    @Test("a catalogue's duration and places beyond any real module are refused, not planned into a trap")
    func hugeCatalogueNumbers() throws {
        let file = "Tests/Fixtures/CurriculumFormats/huge-numbers.xml"
        let validate = try CommandRunner.run(["catalogue", "validate", file])
        #expect(validate.status == 1)
        #expect(validate.output.contains("\(file):7:5: duration of module \"H1\": 99999999999999999999999 days is longer than a module can be (at most 365 days)"))
        #expect(validate.output.contains("\(file):10:21: places of module \"H1\": max=\"9223372036854775807\" is more than a session can have (at most 10000)"))
        let plan = try CommandRunner.run(["plan", "--catalogue", file, "--needs", Self.plan + "needs.csv", "--start", "2027-01-11"])
        #expect(plan.status == 1, "\(plan.errors)")
    }
}
