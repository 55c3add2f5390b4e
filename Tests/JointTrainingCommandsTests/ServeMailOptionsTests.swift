import Foundation
import Testing

@Suite("serve's mail relay options")
struct ServeMailOptionsTests {
    @Test("serve --smtp takes the commands' relay settings: a bad address or a relay without a sender is a usage error")
    func refusals() throws {
        // JOINTTRAINING_MAIL_FROM is set empty so that no server is ever started by this test.
        let quiet = ["JOINTTRAINING_MAIL_FROM": "", "JOINTTRAINING_SMTP_URL": ""]
        let bogus = try CommandRunner.run(["serve", "--db", "/nonexistent/db.sqlite", "--smtp", "relay.example.org"], environment: quiet)
        #expect(bogus.status == 2)
        #expect(bogus.errors.contains("--smtp: \"relay.example.org\" is not an SMTP address"))
        let noSender = try CommandRunner.run(["serve", "--db", "/nonexistent/db.sqlite", "--smtp", "smtp://127.0.0.1:2525"], environment: quiet)
        #expect(noSender.status == 2)
        #expect(noSender.errors.contains("--from \"\" is not an e-mail address"))
        let help = try CommandRunner.run(["serve", "--help"])
        #expect(help.output.contains("--smtp") && help.output.contains("--from"))
    }
}
