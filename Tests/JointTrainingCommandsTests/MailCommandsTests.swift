import Foundation
import SurveyDefinition
import SurveyStore
import TestSupport
import Testing

@Suite("invitation e-mails", .serialized, .enabled(if: SMTPSink.isAvailable, "aiosmtpd is not installed (pip install aiosmtpd)"))
struct MailCommandsTests {
    @Test("invite --send mails each link in its language; remind --not-answered mails a new link only to those who have not submitted")
    func inviteAndRemind() async throws {
        let sink = try SMTPSink()
        defer { sink.stop() }
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("small.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        let relay = ["--smtp", "smtp://127.0.0.1:\(sink.port)", "--from", "coordination@jointtraining.example"]
        let french = try SurveyCLI.run(["survey", "invite", "--db", db, "--country", "BE", "--kind", "prosecution", "--service", "Parquet de Liège",
                                        "--email", "parquet@example.be", "--lang", "fr", "--send", "--base-url", "https://enquete.example.be"] + relay)
        #expect(french.status == 0, "\(french.errors)")
        #expect(french.errors.contains("invitation e-mail sent to parquet@example.be"))
        let dutch = try SurveyCLI.run(["survey", "invite", "--db", db, "--country", "NL", "--kind", "police", "--service", "Politie Rotterdam",
                                       "--email", "avim@example.nl", "--send"] + relay)
        #expect(dutch.status == 0, "\(dutch.errors)")

        let invitations = try sink.messages()
        #expect(invitations.count == 2)
        let link = try #require(Page.tokens(in: french.output).first)
        #expect(invitations[0].to == ["parquet@example.be"] && invitations[0].header("Content-Language") == "fr")
        #expect(invitations[0].body.contains("Madame, Monsieur,") && invitations[0].body.contains("« Petite enquête »"))
        #expect(invitations[0].body.contains("https://enquete.example.be/s/\(link)"))
        #expect(invitations[1].header("Content-Language") == "nl" && invitations[1].body.contains("Geachte mevrouw, geachte heer,"))

        // The Belgian service submits; the Dutch one does not.
        let answers = try JSONDecoder().decode(Answers.self, from: Data(contentsOf: URL(fileURLWithPath: SurveyCLI.fixture("answers.json"))))
        _ = try await GRDBSurveyStore(path: db).submit(token: link, answers: answers)
        let listed = try SurveyCLI.run(["survey", "remind", "--not-answered", "--db", db])
        #expect(listed.status == 0 && listed.output.contains("Politie Rotterdam") && !listed.output.contains("Parquet"))
        #expect(try sink.messages().count == 2, "listing sends nothing")
        let reminded = try SurveyCLI.run(["survey", "remind", "--not-answered", "--send", "--db", db] + relay)
        #expect(reminded.status == 0, "\(reminded.errors)")
        let all = try sink.messages()
        #expect(all.count == 3 && all[2].to == ["avim@example.nl"])
        #expect(all[2].body.contains("nog niet ontvangen"))
        let newLink = try #require(Page.tokens(in: all[2].body).first)
        let store = try GRDBSurveyStore(path: db)
        #expect(try await store.openInvitation(token: newLink).service.name == "Politie Rotterdam", "the reminder's link opens the invitation")
        let mails = try await store.auditLog().filter { $0.action == .mail }
        #expect(mails.count == 3 && mails.allSatisfy { $0.detail.contains("e-mail sent to") })
    }

    @Test("a relay that cannot be reached: the links are still printed, each address is reported, exit 3")
    func unreachable() throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("small.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        let result = try SurveyCLI.run(["survey", "invite", "--db", db, "--csv", SurveyCLI.fixture("invitations.csv"), "--send",
                                        "--smtp", "smtp://127.0.0.1:1", "--from", "coordination@jointtraining.example"])
        #expect(result.status == 3)
        #expect(Page.tokens(in: result.output).count == 2, "the links are printed before sending")
        #expect(result.errors.contains("not delivered: the mail relay 127.0.0.1:1 could not be reached"))
        #expect(result.errors.contains("parquet@example.be") && result.errors.contains("avim@example.nl"))
        let noRelay = try SurveyCLI.run(["survey", "invite", "--db", db, "--country", "BE", "--kind", "police", "--service", "Zone", "--send"])
        #expect(noRelay.status == 2 && noRelay.errors.contains("--send needs a mail relay"))
    }
}
