import Diagnostics
import Foundation
import NeedsCSV
import SurveyDefinition
import Tabular
import TrainingModel

/// Reads the CSV of services to invite at once: columns `country`, `kind` (or
/// `service_kind`), `service` and optionally `email` and `language` (nl, fr, de or en: the
/// language of the link and its e-mails), in any order, with a header row.
/// Every bad line is reported; a list with any bad line gives no invitation at all.
public enum InvitationList {
    /// The languages an invitation can be sent in: those of the respondents' pages.
    public static let invitationLanguages: [LanguageCode] = LanguageCode.surveyLanguages

    public static func read(bytes: [UInt8], name: String) throws(InputProblems) -> [InvitationRequest] {
        let parsed = CSVParser.parse(bytes, file: name)
        var problems = parsed.problems
        guard let header = parsed.records.first else {
            throw InputProblems(problems + [Diagnostic(file: name, line: 1, column: 1, message: "the file is empty: a header row country,kind,service,email is required")])
        }
        var index: [String: Int] = [:]
        for (position, field) in header.fields.enumerated() {
            var column = field.trimmingCharacters(in: .whitespaces).lowercased()
            if column == "service_kind" { column = "kind" }
            if index[column] == nil { index[column] = position }
        }
        let missing = ["country", "kind", "service"].filter { index[$0] == nil }
        if !missing.isEmpty {
            throw InputProblems([Diagnostic(file: name, line: header.line, column: 1,
                message: "the header row lacks the column(s) \(missing.joined(separator: ", ")); it should read country,kind,service,email and reads: \(header.fields.joined(separator: ","))")] + problems)
        }
        var requests: [InvitationRequest] = []
        var seen: [InvitationRequest: Int] = [:]
        for record in parsed.records.dropFirst() {
            func value(_ column: String) -> String? {
                guard let position = index[column], position < record.fields.count else { return nil }
                // A cell our CSV writer guarded against formulas (`'=...`) reads as it was typed.
                let text = SpreadsheetText.restored(record.fields[position].trimmingCharacters(in: .whitespacesAndNewlines))
                return text.isEmpty ? nil : text
            }
            func fail(_ column: String, _ message: String) {
                let position = index[column] ?? 0
                problems.append(Diagnostic(file: name, line: record.line,
                                           column: position < record.columns.count ? record.columns[position] : 1,
                                           message: "\(column): \(message)"))
            }
            let before = problems.count
            let country = CountryCode(value("country") ?? "")
            if !country.isValid {
                fail("country", value("country").map { "\"\($0)\" is not an ISO 3166-1 country code (e.g. BE, NL, LU)" } ?? "missing; give a country code such as BE, NL or LU")
            }
            let kind = ServiceKind(rawValue: value("kind") ?? "")
            if kind == nil {
                let allowed = ServiceKind.allCases.map(\.rawValue).joined(separator: ", ")
                fail("kind", value("kind").map { "\"\($0)\" is not a service kind; use one of \(allowed)" } ?? "missing; use one of \(allowed)")
            }
            let service = value("service")
            if service == nil { fail("service", "missing; give the name of the service or unit") }
            let email = value("email")
            if let email, !isPlausibleEmail(email) { fail("email", "\"\(email)\" is not an e-mail address") }
            let language = value("language").map { LanguageCode($0.lowercased()) }
            if let language, !invitationLanguages.contains(language) {
                fail("language", "\"\(language.tag)\" is not a language of the survey's pages; use nl, fr, de or en, or leave it empty")
            }
            guard problems.count == before, let kind, let service else { continue }
            let request = InvitationRequest(service: ServiceIdentity(country: country, kind: kind, name: service), email: email,
                                            language: language)
            if let first = seen[request] {
                fail("service", "the same service and e-mail address are already invited on line \(first)")
                continue
            }
            seen[request] = record.line
            requests.append(request)
        }
        if !problems.isEmpty { throw InputProblems(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }) }
        if requests.isEmpty {
            throw InputProblems([Diagnostic(file: name, line: header.line, column: 1, message: "the file lists no service to invite")])
        }
        return requests
    }

    /// One @ with text on both sides, a dot in the domain, no spaces: enough to catch
    /// columns swapped or pasted wrongly, without refusing unusual but valid addresses.
    public static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !text.contains(where: { $0.isWhitespace || $0 == "," || $0 == ";" || $0 == "<" || $0 == ">" })
    }
}
