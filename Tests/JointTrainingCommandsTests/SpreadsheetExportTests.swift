import Foundation
import NeedsCSV
import Tabular
import TestSupport
import Testing

/// The CSV and xlsx exports of the survey commands: formula-like names neutralised in every
/// CSV, the same rows with typed cells in every workbook, and a word on what was written.
@Suite("survey spreadsheets", .serialized)
struct SpreadsheetExportTests {
    static let hostile = ["=HYPERLINK(\"http://attacker.example\",\"x\")", "+31 Politie", "-2 Police", "@SUM(A1)", "\tTab parket", "\rCR parquet"]

    /// The records of a CSV export after its header, parsed as the importer does.
    static func records(_ csv: String) -> [CSVRecord] {
        Array(CSVParser.parse(Array(csv.utf8), file: "export.csv").records.dropFirst())
    }

    @Test("invitation CSVs neutralise formula-like service names; the xlsx list holds them as plain text")
    func invitations() throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.fixture("small.survey.xml"), "--db", db, "--thesaurus", SurveyCLI.fixture("mini-topics.xml")])
        let invited = try SurveyCLI.run(["survey", "invite", "--db", db, "--csv", SurveyCLI.fixture("invitations-hostile.csv")])
        #expect(invited.status == 0, "\(invited.errors)")
        #expect(Self.records(invited.output).map { $0.fields[3] } == Self.hostile.map { "'" + $0 })

        let listed = try SurveyCLI.run(["survey", "invitations", "--db", db, "--format", "csv"])
        #expect(listed.status == 0, "\(listed.errors)")
        let records = Self.records(listed.output)
        #expect(records.map { $0.fields[3] } == Self.hostile.map { "'" + $0 })
        #expect(records.allSatisfy { $0.fields.allSatisfy { !["=", "+", "-", "@", "\t", "\r"].contains($0.unicodeScalars.first.map(String.init) ?? "") } })

        // The guarded list invites the same services again, named as they were typed.
        let again = folder.appendingPathComponent("again.csv")
        try Data(listed.output.utf8).write(to: again)
        let reinvited = try SurveyCLI.run(["survey", "invite", "--db", db, "--csv", again.path])
        #expect(Self.records(reinvited.output).map { $0.fields[3] } == Self.hostile.map { "'" + $0 })

        let xlsx = folder.appendingPathComponent("invitations.xlsx").path
        let workbook = try SurveyCLI.run(["survey", "invitations", "--db", db, "--out", xlsx])
        #expect(workbook.status == 0, "\(workbook.errors)")
        #expect(workbook.errors.contains("written to \(xlsx)"))
        let rows = try Workbook.rows([UInt8](Data(contentsOf: URL(fileURLWithPath: xlsx))))
        #expect(rows.count == 13)
        #expect(rows[0]["A"] == .text("id") && rows[0]["H"] == .text("submitted"))
        #expect(rows.dropFirst().prefix(6).map { $0["D"] } == Self.hostile.map { .text($0) })
        #expect(rows[1]["A"] == .number(1))
        guard case .date? = rows[1]["G"] else { Issue.record("expires is not a date: \(String(describing: rows[1]["G"]))"); return }
        #expect(try SurveyCLI.run(["survey", "invitations", "--db", db, "--format", "xlsx"]).status == 2, "a workbook needs --out")
    }

    @Test("survey needs and survey report write xlsx by --format or extension, say what they wrote, and keep the CSV's rows")
    func needsAndReport() throws {
        let folder = try SurveyCLI.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("db.sqlite").path
        _ = try SurveyCLI.run(["survey", "publish", SurveyCLI.root.appendingPathComponent("Surveys/thb-needs-2027.survey.xml").path,
                               "--db", db, "--thesaurus", SurveyCLI.root.appendingPathComponent("Curricula/thesaurus/thb-topics.xml").path])
        #expect(try SurveyCLI.run(["survey", "import", "--db", db, SurveyCLI.root.appendingPathComponent("Surveys/sample/needs.csv").path]).status == 0)

        let csv = try SurveyCLI.run(["survey", "needs", "--db", db]).output
        let xlsx = folder.appendingPathComponent("needs.xlsx").path
        let written = try SurveyCLI.run(["survey", "needs", "--db", db, "--out", xlsx])
        #expect(written.status == 0 && written.errors.contains("113 needs written to \(xlsx) (xlsx)"), "\(written.errors)")
        let rows = try Workbook.rows([UInt8](Data(contentsOf: URL(fileURLWithPath: xlsx))))
        let records = CSVParser.parse(Array(csv.utf8), file: "needs.csv").records
        #expect(rows.count == records.count)
        let numeric: Set<String> = ["priority", "current_level", "required_level", "headcount"]
        for (record, row) in zip(records.dropFirst(), rows.dropFirst()) {
            for (index, name) in NeedsReader.columns.enumerated() {
                let column = String(UnicodeScalar(UInt8(65 + index))), field = record.fields[index]
                let expected: Workbook.Value? = field.isEmpty ? nil : numeric.contains(name) ? .number(Double(field)!) : .text(SpreadsheetText.restored(field))
                #expect(row[column] == expected, "\(name) on line \(record.line)")
            }
        }
        let forced = folder.appendingPathComponent("needs.data").path
        #expect(try SurveyCLI.run(["survey", "needs", "--db", db, "--format", "xlsx", "--out", forced]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: forced)).starts(with: [0x50, 0x4B]))

        let report = folder.appendingPathComponent("inventory.csv").path
        let reported = try SurveyCLI.run(["survey", "report", "--db", db, "--format", "csv", "--out", report])
        #expect(reported.status == 0 && reported.errors == "the needs inventory (csv) written to \(report)\n", "\(reported.errors)")
        let workbook = folder.appendingPathComponent("inventory.xlsx").path
        #expect(try SurveyCLI.run(["survey", "report", "--db", db, "--out", workbook]).status == 0)
        let inventory = try Workbook.rows([UInt8](Data(contentsOf: URL(fileURLWithPath: workbook))))
        let inventoryRecords = CSVParser.parse([UInt8](try Data(contentsOf: URL(fileURLWithPath: report))), file: report).records
        #expect(inventory.count == inventoryRecords.count && inventory.count > 10)
        #expect(inventory[1]["G"].map { if case .number = $0 { true } else { false } } == true, "staff is a number")
        #expect(inventory.dropFirst().allSatisfy { row in row["H"].map { if case .number = $0 { true } else { false } } ?? true }, "mean gap is a number")
    }
}
