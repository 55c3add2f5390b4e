// Runs `jointtraining match --gold` on twelve sets and prints their figures (hybrid, plain BM25,
// the semantic model alone, per language):
// - the project's own hold-out set 1 (Tests/Fixtures/MatchingHoldout: 40 modules without topic
//   refs, half distractors, 100 needs in nl/fr/de/en, 11 NONE), never tuned on, with the
//   shipped thesaurus as a user gets it by default, and with no thesaurus at all;
// - hold-out set 2 (Tests/Fixtures/MatchingHoldout2: 45 real course descriptions, half
//   distractors, 100 needs, 12 NONE), never tuned on, the same two ways;
// - hold-out set 3 (Tests/Fixtures/MatchingHoldout3: 38 real course descriptions, mostly in
//   English, a third distractors, 100 needs, half of them in Dutch, 11 NONE), never tuned on;
// - hold-out set 4 (Tests/Fixtures/MatchingHoldout4: 40 real course descriptions, 16
//   distractors, 120 needs, 30 per language, 11 NONE), written for the stop that first read it,
//   never tuned on;
// - hold-out set 5 (Tests/Fixtures/MatchingHoldout5: 40 real course descriptions, 15
//   distractors, 120 needs, 30 per language, 12 NONE), written for the stop that first read it,
//   never tuned on;
// - hold-out set 6 (Tests/Fixtures/MatchingHoldout6: 40 real course descriptions, 15
//   distractors, 120 needs, 30 per language, 13 NONE, many needs answered only in part),
//   written for the stop that first read it, never tuned on;
// - the project's development set (Tests/Fixtures/MatchingDev: 43 real course descriptions,
//   a third distractors, 120 needs in hard wording, 14 NONE), tuned on;
// - the project's second development set (Tests/Fixtures/MatchingDev2: 40 real course
//   descriptions, 15 distractors, 100 needs in hard wording, 12 NONE, many of them a topic
//   taught only for another service or in another language), tuned on;
// - the project's third development set (Tests/Fixtures/MatchingDev3: 40 real course
//   descriptions, 13 distractors, 120 needs in hard wording, 10 NONE), measured once before
//   any change made with it in view, tuned on since;
// - the project's fourth development set (Tests/Fixtures/MatchingDev4: 45 real course
//   descriptions, 18 distractors, 120 needs of which 40 in Dutch, 15 NONE), measured once
//   before any change made with it in view, tuned on since;
// - the project's fifth development set (Tests/Fixtures/MatchingDev5: 45 real course
//   descriptions, 20 distractors, 120 needs of which 40 in Dutch, most of them situations
//   rather than topics, 14 NONE), tuned on;
// - the shared development set (../shared/bench/matching, or MATCHING_BENCH) when present,
//   with its own thesaurus, tuned on.
// The matcher's numbers and rules were chosen on the development sets only.
import Foundation

let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jointtraining")

func run(_ title: String, _ arguments: [String]) -> Int32 {
    print("-- \(title)")
    let process = Process()
    process.executableURL = binary
    process.arguments = ["match"] + arguments + ["--top", "10"]
    do { try process.run() } catch {
        print("cannot run \(binary.path): \(error)")
        return 3
    }
    process.waitUntilExit()
    print("")
    return process.terminationStatus
}

var status: Int32 = 0
/// A set of the project's own, with the shipped thesaurus (what a user gets by default) and without any.
@MainActor func measure(_ folder: String, _ name: String) {
    let inputs = ["--catalogue", folder + "catalogue.xml", "--needs", folder + "needs.csv", "--gold", folder + "gold.csv"]
    status = max(status, run("\(name), shipped thesaurus (the default)", inputs))
    status = max(status, run("\(name), no thesaurus", inputs + ["--no-thesaurus"]))
}
measure("Tests/Fixtures/MatchingHoldout/", "hold-out set 1")
measure("Tests/Fixtures/MatchingHoldout2/", "hold-out set 2 (real course descriptions)")
measure("Tests/Fixtures/MatchingHoldout3/", "hold-out set 3 (Dutch and German needs, English courses)")
measure("Tests/Fixtures/MatchingHoldout4/", "hold-out set 4 (real course descriptions, hard wording)")
measure("Tests/Fixtures/MatchingHoldout5/", "hold-out set 5 (real course descriptions, situations)")
measure("Tests/Fixtures/MatchingHoldout6/", "hold-out set 6 (real course descriptions, partial answers)")
measure("Tests/Fixtures/MatchingDev/", "the project's development set (tuned on)")
measure("Tests/Fixtures/MatchingDev2/", "the project's second development set (tuned on)")
measure("Tests/Fixtures/MatchingDev3/", "the project's third development set (tuned on)")
measure("Tests/Fixtures/MatchingDev4/", "the project's fourth development set (tuned on)")
measure("Tests/Fixtures/MatchingDev5/", "the project's fifth development set (tuned on)")

let directory = ProcessInfo.processInfo.environment["MATCHING_BENCH"] ?? "../shared/bench/matching"
let files = ["catalogue.xml", "needs.csv", "thesaurus.xml", "gold.csv"].map { directory + "/" + $0 }
if files.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) {
    let shared = ["--catalogue", files[0], "--needs", files[1], "--gold", files[3]]
    status = max(status, run("shared development set, its thesaurus", shared + ["--thesaurus", files[2]]))
    status = max(status, run("shared development set, shipped thesaurus", shared))
    status = max(status, run("shared development set, no thesaurus", shared + ["--no-thesaurus"]))
} else {
    print("-- shared development set: \(directory) is not here; not measured")
}
exit(status)
