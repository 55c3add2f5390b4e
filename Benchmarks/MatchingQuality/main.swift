// Runs `jointtraining match --gold` on the shared development set (../shared/bench/matching)
// when it is present, printing MRR, recall@3 and the NONE-empty share per language beside
// plain BM25. Targets there: MRR ≥ 0.90, recall@3 ≥ 0.97, ≥ 80 % of NONE needs empty, no
// language below MRR 0.85.
import Foundation

let directory = ProcessInfo.processInfo.environment["MATCHING_BENCH"] ?? "../shared/bench/matching"
let files = ["catalogue.xml", "needs.csv", "thesaurus.xml", "gold.csv"].map { directory + "/" + $0 }
guard files.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
    print("matching-quality: \(directory) is not here; nothing measured")
    exit(0)
}
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jointtraining")
let process = Process()
process.executableURL = binary
process.arguments = ["match", "--catalogue", files[0], "--needs", files[1], "--thesaurus", files[2], "--gold", files[3], "--top", "10"]
try process.run()
process.waitUntilExit()
exit(process.terminationStatus)
