// Times `jointtraining catalogue validate` against `xmllint --noout --schema` on the same
// generated 10,000-module catalogue, run in turns, and reports wall time and peak memory.
import CurriculumFormats
import Foundation
import TrainingModel
#if canImport(Glibc)
import Glibc
#endif

let moduleCount = Int(ProcessInfo.processInfo.environment["MODULES"] ?? "") ?? 10_000
let rounds = Int(ProcessInfo.processInfo.environment["ROUNDS"] ?? "") ?? 5
let binDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let jointtraining = binDirectory + "/jointtraining"
let schema = FileManager.default.currentDirectoryPath + "/Curricula/schema/catalogue.xsd"

func generateCatalogue() -> Catalogue {
    let kinds = ServiceKind.allCases
    let modes = DeliveryMode.allCases
    let languages: [LanguageCode] = ["en", "fr", "nl", "de"]
    let modules = (0..<moduleCount).map { index in
        TrainingModule(
            id: "M\(index)", code: "\(index % 100)/2027",
            titles: LocalizedText([LocalizedString("en", "Module \(index) on trafficking in human beings"),
                                   LocalizedString("fr", "Module \(index) sur la traite des êtres humains")]),
            summaries: LocalizedText([LocalizedString("en", "Generated summary for module \(index): indicators, victims, investigation and cooperation.")]),
            category: "Trafficking in human beings", subcategory: "Generated",
            audiences: [kinds[index % kinds.count], kinds[(index + 3) % kinds.count]],
            level: .init(eqf: 3 + index % 5), duration: .init(Double(1 + index % 4), .day),
            modes: [modes[index % modes.count]], languages: Array(languages.prefix(1 + index % 4)),
            places: .init(min: 5, max: 25 + index % 10), topics: ["topic-\(index % 50)"],
            outcomes: [LocalizedString("en", "Apply what module \(index) teaches.")],
            prerequisites: index > 0 && index % 7 == 0 ? ["M\(index - 1)"] : []
        )
    }
    return Catalogue(id: "bench", provider: "Benchmark", year: 2027, modules: modules)
}

/// Runs a command and returns its wall time in seconds and peak resident memory in MB.
func measure(_ arguments: [String]) -> (seconds: Double, megabytes: Double, status: Int32) {
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let start = DispatchTime.now()
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
        fatalError("cannot start \(arguments[0])")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    return (seconds, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xff)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jt-bench-\(getpid())")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }
let file = directory.appendingPathComponent("catalogue-\(moduleCount).xml").path
try CatalogueWriter.write(generateCatalogue()).write(toFile: file, atomically: true, encoding: .utf8)
let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0

var ours: [(Double, Double)] = []
var theirs: [(Double, Double)] = []
for _ in 0..<rounds {
    let a = measure([jointtraining, "catalogue", "validate", file])
    precondition(a.status == 0, "jointtraining rejected the generated catalogue (exit \(a.status))")
    ours.append((a.seconds, a.megabytes))
    let b = measure(["/usr/bin/xmllint", "--noout", "--nonet", "--schema", schema, file])
    precondition(b.status == 0, "xmllint rejected the generated catalogue (exit \(b.status))")
    theirs.append((b.seconds, b.megabytes))
}
let ourTime = median(ours.map(\.0)), theirTime = median(theirs.map(\.0))
print("catalogue: \(moduleCount) modules, \(size / 1024) KiB, \(rounds) rounds in turns")
print(String(format: "jointtraining catalogue validate: median %.3f s, peak %.1f MB", ourTime, ours.map(\.1).max()!))
print(String(format: "xmllint --noout --schema:         median %.3f s, peak %.1f MB", theirTime, theirs.map(\.1).max()!))
print(String(format: "ratio: %.2f× xmllint's wall time (target ≤ 1.50×); peak memory target < 300 MB", ourTime / theirTime))

// A hostile upload: 200,000 attributes on one element (2.3 MB). libxml2 2.9 alone takes over
// a minute on it (its duplicate-attribute check is quadratic); the limit scan refuses it first.
let attributeCount = 200_000
let hostile = directory.appendingPathComponent("attributes-\(attributeCount).xml").path
let attributes = (0..<attributeCount).map { "a\($0)=\"\($0 % 10)\"" }.joined(separator: " ")
try ("<?xml version=\"1.0\"?>\n<catalogue xmlns=\"urn:jointtraining:catalogue:1\" id=\"x\" provider=\"p\" year=\"2027\">\n  <module \(attributes)/>\n</catalogue>\n")
    .write(toFile: hostile, atomically: true, encoding: .utf8)
let hostileSize = (try FileManager.default.attributesOfItem(atPath: hostile)[.size] as? Int) ?? 0
var refusals: [Double] = []
for _ in 0..<rounds {
    let run = measure([jointtraining, "catalogue", "validate", hostile])
    precondition(run.status == 1, "the hostile document was not refused (exit \(run.status))")
    refusals.append(run.seconds)
}
print(String(format: "hostile upload: %d attributes on one element, %.1f MB: refused in median %.3f s (target well under 1 s)",
             attributeCount, Double(hostileSize) / 1e6, median(refusals)))
