import ArgumentParser
import Foundation
import SurveyStore

/// `jointtraining survey export-service ID`: everything stored about one service, as JSON.
struct ExportServiceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-service",
        abstract: "Print everything stored about one service as JSON: the answer to a request for access to personal data.",
        discussion: """
        ID is an invitation number, as `survey invitations` lists it, or for a service known \
        only from an imported needs CSV (no invitation) its service number S4, which \
        `survey invitations` lists below the invitations. The record covers the service: its \
        name, every invitation with its e-mail address, every revision of its answers, its \
        needs and every audit line about it. The export is written to the audit log.
        """
    )

    @Argument(help: ArgumentHelp("The invitation number (17) or, for a service from imported needs, its service number (S4), as `survey invitations` lists them.", valueName: "id"))
    var id: String

    @OptionGroup var database: DatabaseOptions

    func validate() throws { _ = try ServiceDataCommands.reference(id) }

    func run() async throws {
        let store = try await database.open()
        let reference = try ServiceDataCommands.reference(id)
        let record = try await storeCall { try await store.serviceRecord(reference, by: database.who) }
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
        ID is an invitation number, as `survey invitations` lists it, or the service number \
        (S4) of a service known only from an imported needs CSV. The service's name \
        becomes "erased service N"; the e-mail addresses of its invitations, its free-text \
        answers (in every revision) and its free-text needs are removed, and the audit log \
        no longer names it. Its topic needs stay as anonymous counts in the inventory. The \
        erasure itself is recorded, without the erased values. It cannot be undone: give --yes.
        """
    )

    @Argument(help: ArgumentHelp("The invitation number (17) or, for a service from imported needs, its service number (S4), as `survey invitations` lists them.", valueName: "id"))
    var id: String

    @Flag(help: "Confirm the erasure, which cannot be undone.")
    var yes = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        _ = try ServiceDataCommands.reference(id)
        guard yes else { throw ValidationError("erasing a service cannot be undone; run `survey export-service \(id)` first if its data are wanted, then give --yes") }
    }

    func run() async throws {
        let store = try await database.open()
        let reference = try ServiceDataCommands.reference(id)
        let receipt = try await storeCall { try await store.eraseService(reference, by: database.who) }
        Output.text("service \(receipt.service) erased: its name, e-mail addresses and free text are gone from \(receipt.invitations) invitation(s), "
              + "\(receipt.revisions) revision(s) and \(receipt.auditLines) audit line(s); \(receipt.needsKept) need(s) kept as anonymous counts, "
              + "\(receipt.needsRemoved) free-text need(s) removed, \(receipt.planFiles) plan export(s) naming it deleted; its links no longer open")
    }
}

enum ServiceDataCommands {
    /// The service an ID argument names, or a usage error that says how to write it.
    static func reference(_ text: String) throws -> ServiceReference {
        guard let reference = ServiceReference(text) else {
            throw ValidationError("\"\(text)\" is neither an invitation number (17) nor a service number (S4); `survey invitations` lists both")
        }
        return reference
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
