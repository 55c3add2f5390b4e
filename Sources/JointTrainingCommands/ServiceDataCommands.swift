import ArgumentParser
import Foundation
import SurveyStore

/// `jointtraining survey export-service ID`: everything stored about one service, as JSON.
struct ExportServiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-service",
        abstract: "Print everything stored about one service as JSON: the answer to a request for access to personal data.",
        discussion: """
        ID is an invitation number, as `survey invitations` lists it; the record covers the \
        service that invitation was for: its name, every invitation with its e-mail address, \
        every revision of its answers, its needs and every audit line about it. The export is \
        written to the audit log.
        """
    )

    @Argument(help: "The invitation number, as printed by `survey invite` and `survey invitations`.")
    var invitation: Int64

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try await database.open()
        let record = try await storeCall { try await store.serviceRecord(invitation: invitation, by: database.who) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: try encoder.encode(record), as: UTF8.self))
    }
}

/// `jointtraining survey erase-service ID --yes`: the right to erasure.
struct EraseServiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase-service",
        abstract: "Erase one service's names, e-mail addresses and free text everywhere, the audit log included.",
        discussion: """
        ID is an invitation number, as `survey invitations` lists it. The service's name \
        becomes "erased service N"; the e-mail addresses of its invitations, its free-text \
        answers (in every revision) and its free-text needs are removed, and the audit log \
        no longer names it. Its topic needs stay as anonymous counts in the inventory. The \
        erasure itself is recorded, without the erased values. It cannot be undone: give --yes.
        """
    )

    @Argument(help: "The invitation number, as printed by `survey invite` and `survey invitations`.")
    var invitation: Int64

    @Flag(help: "Confirm the erasure, which cannot be undone.")
    var yes = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard yes else { throw ValidationError("erasing a service cannot be undone; run `survey export-service \(invitation)` first if its data are wanted, then give --yes") }
    }

    func run() async throws {
        let store = try await database.open()
        let receipt = try await storeCall { try await store.eraseService(invitation: invitation, by: database.who) }
        Output.text("service \(receipt.service) erased: its name, e-mail addresses and free text are gone from \(receipt.invitations) invitation(s), "
              + "\(receipt.revisions) revision(s) and \(receipt.auditLines) audit line(s); \(receipt.needsKept) need(s) kept as anonymous counts, "
              + "\(receipt.needsRemoved) free-text need(s) removed, \(receipt.planFiles) plan export(s) naming it deleted; its links no longer open")
    }
}

/// `jointtraining survey retention --days N`: how long contact data outlive the survey.
struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Keep the survey's contact data (e-mail addresses) only N days after the survey closes.",
        discussion: """
        The survey closes when its last invitation expires. From N days after that, every \
        command and the web app remove the e-mail addresses of its invitations, and say so; \
        the removal is written to the audit log. Answers and needs are kept.
        """
    )

    @Option(help: "Days the e-mail addresses are kept after the survey closes (0 to 3650).")
    var days: Int

    @OptionGroup var selection: SurveyOption
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        try NumberOptions.check(days, in: NumberOptions.retentionDays, option: "--days", meaning: "a number of days")
    }

    func run() async throws {
        let store = try await database.open()
        let survey = try await storeCall { try await store.resolveSurvey(selection.survey) }
        try await storeCall { try await store.setRetention(days: days, of: survey, by: database.who) }
        Output.text("survey \(survey): e-mail addresses are kept \(days) days after the survey closes")
        for receipt in try await storeCall({ try await store.applyRetention(by: database.who) }) {
            Output.text("survey \(receipt.survey): \(receipt.addresses) e-mail addresses removed, their retention period has passed")
        }
    }
}
