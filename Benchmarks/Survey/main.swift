// Imports 100,000 needs rows into a fresh SQLite survey database and exports them again,
// then reports the inventory over the 10,000 services they came from. Targets: import at
// 50,000 rows/s or better, inventory report under 1 s. Run from the package root
// (Benchmarks/run does), as it publishes the shipped survey with the shipped thesaurus.
// With JOINTTRAINING_BENCH_POSTGRES=postgres://USER@HOST:PORT/DB (a database it may empty), the
// same import and export run on PostgreSQL too, and the rate is compared (target: within 2×).
import CurriculumFormats
import Diagnostics
import Foundation
import NeedsCSV
import NeedsInventory
import PostgresStore
import SurveyDefinition
import SurveyStore
import TrainingModel

let rowCount = Int(ProcessInfo.processInfo.environment["ROWS"] ?? "") ?? 100_000
let serviceCount = Int(ProcessInfo.processInfo.environment["SERVICES"] ?? "") ?? 10_000
let rounds = Int(ProcessInfo.processInfo.environment["ROUNDS"] ?? "") ?? 5

/// Wall-clock and CPU time of the process: on a shared machine the CPU time says what the
/// work costs, the wall time what a coordinator waits.
struct Stopwatch {
    let wall = DispatchTime.now()
    let cpu = Stopwatch.cpuSeconds()

    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    func stop() -> (wall: Double, cpu: Double) {
        (Double(DispatchTime.now().uptimeNanoseconds - wall.uptimeNanoseconds) / 1e9, Stopwatch.cpuSeconds() - cpu)
    }
}

func median(_ values: [(wall: Double, cpu: Double)]) -> (wall: Double, cpu: Double) {
    (values.map(\.wall).sorted()[values.count / 2], values.map(\.cpu).sorted()[values.count / 2])
}

/// The fastest round: on a machine shared with other work, the closest to the cost alone.
func best(_ values: [(wall: Double, cpu: Double)]) -> Double {
    values.map(\.wall).min() ?? 0
}

let thesaurus = try CurriculumReader.thesaurus(file: "Curricula/thesaurus/thb-topics.xml").value
let definition = [UInt8](FileManager.default.contents(atPath: "Surveys/thb-needs-2027.survey.xml")!)
let survey = try PublishableSurvey.check(bytes: definition, name: "thb-needs-2027.survey.xml", thesaurus: thesaurus).value

/// Needs spread over `serviceCount` services in the three countries and three kinds, three
/// rows in four naming a topic, the others free text, every optional column filled in.
func generateNeeds() -> [Need] {
    let topics = thesaurus.concepts.map(\.id)
    let countries: [CountryCode] = ["BE", "NL", "LU"]
    let kinds: [ServiceKind] = [.police, .prosecution, .labourInspection]
    let languages: [LanguageCode] = ["nl", "fr", "de", "en"]
    return (0..<rowCount).map { index in
        let service = index % serviceCount
        let topic = index % 4 == 3 ? nil : topics[(index * 7) % topics.count]
        return Need(
            id: "N\(index)", country: countries[service % 3], serviceKind: kinds[(service / 3) % 3],
            service: "Service \(service)", text: topic == nil ? "Training need \(index), in the service's own words; with \"quotes\"" : nil,
            topic: topic, language: languages[service % 4], priority: 1 + index % 4,
            currentLevel: index % 3, requiredLevel: 2 + index % 3, headcount: 1 + index % 40,
            languages: [languages[service % 4], .english], modes: [.onsite, .blended], period: "2027-Q\(1 + index % 4)")
    }
}

let csv = NeedsWriter.write(generateNeeds())
let bytes = Array(csv.utf8)
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jt-survey-bench-\(getpid())")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

var parses: [(wall: Double, cpu: Double)] = []
for _ in 0..<rounds {
    let start = Stopwatch()
    let read = try NeedsReader(knownTopics: Set(thesaurus.concepts.map(\.id))).read(bytes: bytes, name: "needs.csv")
    parses.append(start.stop())
    precondition(read.value.count == rowCount)
}

var imports: [(wall: Double, cpu: Double)] = [], exports = imports, reports = imports, renders = imports
var inventoryLines = 0
for round in 0..<rounds {
    let store = try GRDBSurveyStore(path: directory.appendingPathComponent("round-\(round).sqlite").path)
    _ = try await store.publish(survey, by: "benchmark")

    var start = Stopwatch()
    let receipt = try await store.importNeeds(csv: bytes, name: "needs.csv", into: survey.survey.id, by: "benchmark")
    imports.append(start.stop())
    precondition(receipt.needs == rowCount && receipt.services == serviceCount, "import stored \(receipt.needs) needs of \(receipt.services) services")

    start = Stopwatch()
    let exported = NeedsWriter.write(try await store.exportNeeds(of: survey.survey.id, by: "benchmark"))
    exports.append(start.stop())
    precondition(exported == csv, "the export differs from the imported file")

    start = Stopwatch()
    let inventory = try await store.inventory(of: survey.survey.id, by: "benchmark")
    let markdown = InventoryReport.render(inventory, as: .md)
    let svg = InventoryReport.render(inventory, as: .svg)
    reports.append(start.stop())
    inventoryLines = inventory.rows.count
    precondition(!markdown.isEmpty && svg.hasSuffix("</svg>\n"))

    start = Stopwatch()
    _ = InventoryReport.render(inventory, as: .html)
    renders.append(start.stop())
}

let importTime = median(imports), exportTime = median(exports), reportTime = median(reports)
func rate(_ seconds: Double) -> String { String(format: "%7.0f rows/s", Double(rowCount) / seconds) }
func verdict(_ met: Bool) -> String { met ? "met" : "MISSED" }
let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
print("needs file: \(rowCount) rows, \(serviceCount) services, \(bytes.count / 1024) KiB; median of \(rounds) rounds on a fresh SQLite file (WAL); load average \(load)")
print("            wall s   cpu s   rate (by wall / by cpu)   (wall s: median of the rounds; best: fastest round)")
print(String(format: "import     %7.3f %7.3f   %@ / %@   best %.3f s = %@; target >= 50000 rows/s: %@", importTime.wall, importTime.cpu, rate(importTime.wall), rate(importTime.cpu), best(imports), rate(best(imports)), verdict(Double(rowCount) / importTime.wall >= 50_000)))
print(String(format: "  reading  %7.3f %7.3f   (NeedsReader alone, part of the import)", median(parses).wall, median(parses).cpu))
print(String(format: "export     %7.3f %7.3f   %@ / %@   (the export equals the imported file)", exportTime.wall, exportTime.cpu, rate(exportTime.wall), rate(exportTime.cpu)))
print(String(format: "report     %7.3f %7.3f   best %.3f s; inventory of %d services, %d topic/country/kind lines, Markdown + SVG; target < 1 s: %@", reportTime.wall, reportTime.cpu, best(reports), serviceCount, inventoryLines, verdict(reportTime.wall < 1)))
print(String(format: "html       %7.3f %7.3f   heatmap page", median(renders).wall, median(renders).cpu))

// The same on PostgreSQL, each round on an emptied database.
if let address = ProcessInfo.processInfo.environment["JOINTTRAINING_BENCH_POSTGRES"] {
    let database = try PostgresStoreDatabase(address: address)
    var postgresImports: [(wall: Double, cpu: Double)] = [], postgresExports = postgresImports
    for _ in 0..<rounds {
        _ = try await database.textRows("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        let store = try await PostgresSurveyStore(database: database)
        _ = try await store.publish(survey, by: "benchmark")
        var start = Stopwatch()
        let receipt = try await store.importNeeds(csv: bytes, name: "needs.csv", into: survey.survey.id, by: "benchmark")
        postgresImports.append(start.stop())
        precondition(receipt.needs == rowCount && receipt.services == serviceCount)
        start = Stopwatch()
        let exported = NeedsWriter.write(try await store.exportNeeds(of: survey.survey.id, by: "benchmark"))
        postgresExports.append(start.stop())
        precondition(exported == csv, "the PostgreSQL export differs from the imported file")
    }
    let postgresImport = median(postgresImports), postgresExport = median(postgresExports)
    print("PostgreSQL (\(database.location)), median of \(rounds) rounds on an emptied database:")
    print(String(format: "import     %7.3f %7.3f   %@ / %@   best %.3f s; %.2f× SQLite's time; target within 2×: %@", postgresImport.wall, postgresImport.cpu,
                 rate(postgresImport.wall), rate(postgresImport.cpu), best(postgresImports), postgresImport.wall / importTime.wall,
                 verdict(postgresImport.wall <= 2 * importTime.wall)))
    print(String(format: "export     %7.3f %7.3f   %@ / %@   (byte-identical to the imported file and to SQLite's export)", postgresExport.wall, postgresExport.cpu,
                 rate(postgresExport.wall), rate(postgresExport.cpu)))
    await database.close()
}
