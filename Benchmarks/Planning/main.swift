// Measures the planner against the exact optimum and on a large inventory.
//
// 1. Generated instances (40–60 needs, 12–20 modules, budgets of 25–60 % of the days that
//    covering every coverable need takes; most needs ask for a quarter of 2027, some
//    services answer "no" to training with other countries or other services) are written as JSON to a temporary folder with
//    the planner's plans; Benchmarks/Planning/reference_milp.py solves each exactly with
//    scipy.optimize.milp, checks the planner's plan against the rules independently and
//    reports both objectives. Prints the min and median ratio planner / optimum.
// 2. 5,000 needs × 500 modules planned once; prints the wall time (target < 10 s).
import Foundation
import Planning
import TrainingModel

let environment = ProcessInfo.processInfo.environment
let instanceCount = Int(environment["INSTANCES"] ?? "") ?? 30
let largeNeeds = Int(environment["LARGE_NEEDS"] ?? "") ?? 5_000
let largeModules = Int(environment["LARGE_MODULES"] ?? "") ?? 500

/// SplitMix64, so that every run generates the same instances.
struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

let kinds: [ServiceKind] = [.police, .prosecution, .labourInspection, .borderGuard, .judiciary]
let languages: [LanguageCode] = ["nl", "fr", "de", "en"]
let countries: [CountryCode] = ["BE", "NL", "LU"]
let modes: [DeliveryMode] = [.onsite, .online, .webinar, .blended, .eLearning]

func generate(needs needCount: Int, modules moduleCount: Int, topics topicCount: Int, random: inout Generator) -> (needs: [Need], modules: [TrainingModule]) {
    let topics = (0..<topicCount).map { "topic-\($0)" }
    let modules = (0..<moduleCount).map { index -> TrainingModule in
        let days = Bool.random(using: &random)
        let minimum = [1, 4, 6, 8, 10, 12].randomElement(using: &random)!
        let maximum = minimum + Int.random(in: 4...20, using: &random)
        return TrainingModule(
            id: "M\(index)", status: Int.random(in: 0..<20, using: &random) == 0 ? .withdrawn : .active,
            titles: LocalizedText([LocalizedString("en", "Module \(index)")]),
            audiences: Array(kinds.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random))),
            duration: days ? .init(Double(Int.random(in: 1...4, using: &random)), .day)
                : .init(Double(Int.random(in: 2...7, using: &random)), .hour),
            modes: Array(modes.shuffled(using: &random).prefix(Int.random(in: 0..<4, using: &random) == 0 ? 2 : 1)),
            languages: Array(languages.shuffled(using: &random).prefix(Int.random(in: 1...4, using: &random))),
            places: .init(min: minimum, max: maximum),
            topics: Array(topics.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)))
        )
    }
    let needs = (0..<needCount).map { index -> Need in
        let spoken = Array(languages.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random)))
        let required = Int.random(in: 1...4, using: &random)
        let period = Int.random(in: 0..<4, using: &random) == 0 ? nil : "2027-Q\(Int.random(in: 1...4, using: &random))"
        let consent = { (random: inout Generator) -> JointConsent in
            switch Int.random(in: 0..<10, using: &random) { case 0: .no; case 1: .maybe; default: .yes }
        }
        return Need(
            id: "N\(index)", country: countries.randomElement(using: &random)!,
            serviceKind: kinds.randomElement(using: &random)!, topic: topics.randomElement(using: &random)!,
            language: spoken[0], priority: Int.random(in: 1...4, using: &random),
            currentLevel: Int.random(in: 0..<required, using: &random), requiredLevel: required,
            headcount: Int.random(in: 1...15, using: &random), languages: spoken,
            modes: Int.random(in: 0..<3, using: &random) == 0
                ? Array(modes.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random))) : [],
            period: period, jointCountries: consent(&random), jointServices: consent(&random)
        )
    }
    return (needs, modules)
}

// MARK: - Exchange with the reference script

struct InstanceFile: Encodable {
    struct NeedEntry: Encodable {
        var id: String, country: String, serviceKind: String, topic: String
        var languages: [String], modes: [String], headcount: Int, weight: Int
        var period: String?, jointCountries: String, jointServices: String
    }
    struct ModuleEntry: Encodable {
        var id: String, status: String, topics: [String], audiences: [String], languages: [String]
        var modes: [String], min: Int, max: Int, days: Double
    }
    var needs: [NeedEntry]
    var modules: [ModuleEntry]
    var budgetDays: Double

    init(needs: [Need], modules: [TrainingModule], budget: Double) {
        self.needs = needs.map {
            NeedEntry(id: $0.id, country: $0.country.code, serviceKind: $0.serviceKind.rawValue, topic: $0.topic ?? "",
                      languages: $0.trainingLanguages.map(\.tag), modes: $0.modes.map(\.rawValue),
                      headcount: $0.headcount, weight: $0.weight,
                      period: $0.period, jointCountries: $0.jointCountries.rawValue, jointServices: $0.jointServices.rawValue)
        }
        self.modules = modules.map {
            ModuleEntry(id: $0.id, status: $0.status.rawValue, topics: $0.topics, audiences: $0.audiences.map(\.rawValue),
                        languages: $0.languages.map(\.tag), modes: $0.modes.map(\.rawValue),
                        min: $0.effectivePlaces.min, max: $0.effectivePlaces.max, days: $0.duration.days)
        }
        budgetDays = budget
    }
}

struct PlanFile: Encodable {
    struct Course: Encodable {
        var module: String, language: String, mode: String, days: Double, placements: [String: Int]
        var quarter: String?
    }
    var courses: [Course]
    var coveredWeight: Int
    var daysUsed: Double

    init(_ plan: Plan) {
        courses = plan.sessions.map { session in
            Course(module: session.module.id, language: session.language.tag, mode: session.mode.rawValue,
                   days: session.days,
                   placements: Dictionary(session.placements.map { ($0.need.id, $0.staff) }, uniquingKeysWith: +),
                   quarter: session.quarter)
        }
        coveredWeight = plan.objective.coveredWeight
        daysUsed = plan.objective.daysUsed
    }
}

struct ReferenceResult: Decodable {
    var name: String
    var optimum: Int
    var planner: Int
    var status: String
    var problems: [String]
}

func write<Value: Encodable>(_ value: Value, to path: String) throws {
    try JSONEncoder().encode(value).write(to: URL(fileURLWithPath: path))
}

// KEEP=DIR keeps the instances and plans in DIR for a closer look.
let kept = environment["KEEP"]
let directory = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("jt-planning-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
defer { if kept == nil { try? FileManager.default.removeItem(atPath: directory) } }

// ROUNDS=N overrides the planner's improvement rounds, to see what they contribute.
let settings = environment["ROUNDS"].flatMap(Int.init).map { PlannerSettings(improvementRounds: $0) } ?? PlannerSettings()
var random = Generator(state: UInt64(environment["SEED"] ?? "") ?? 2027)
var plannerSeconds: [Double] = []
for index in 0..<instanceCount {
    let needCount = Int.random(in: 40...60, using: &random)
    let moduleCount = Int.random(in: 12...20, using: &random)
    let (needs, modules) = generate(needs: needCount, modules: moduleCount, topics: Int.random(in: 6...10, using: &random), random: &random)
    let everything = Planner.plan(PlanningInput(needs: needs, modules: modules, budgetDays: 1e9)).objective.daysUsed
    let fraction = Double.random(in: 0.25...0.60, using: &random)
    let budget = (everything * fraction * 8).rounded(.down) / 8
    let start = ContinuousClock.now
    let plan = Planner.plan(PlanningInput(needs: needs, modules: modules, budgetDays: budget), settings: settings)
    let elapsed = ContinuousClock.now - start
    plannerSeconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    let name = String(format: "%03d", index)
    try write(InstanceFile(needs: needs, modules: modules, budget: budget), to: "\(directory)/instance-\(name).json")
    try write(PlanFile(plan), to: "\(directory)/plan-\(name).json")
}

let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("reference_milp.py").path
let process = Process()
process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
process.arguments = ["python3", script, directory]
process.standardOutput = FileHandle.nullDevice
try process.run()
process.waitUntilExit()
guard process.terminationStatus == 0 else {
    print("reference_milp.py failed (exit \(process.terminationStatus))")
    exit(3)
}
let output = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/results.json"))
let results = try JSONDecoder().decode([ReferenceResult].self, from: output)
var ratios: [Double] = []
var broken = 0
for result in results {
    let ratio = result.optimum == 0 ? 1 : Double(result.planner) / Double(result.optimum)
    ratios.append(ratio)
    if !result.problems.isEmpty {
        broken += 1
        print("instance \(result.name): the planner's plan breaks the rules: \(result.problems.prefix(3).joined(separator: "; "))")
    }
    if environment["VERBOSE"] != nil { print("instance \(result.name): planner \(result.planner), optimum \(result.optimum), ratio \(ratio)") }
    if result.status != "optimal" { print("instance \(result.name): MILP status \(result.status)") }
}
let sorted = ratios.sorted()
print("exact comparison: \(results.count) instances of 40–60 needs, 12–20 modules, budgets 25–60 % of full cover, with requested quarters and consent answers")
print(String(format: "planner / MILP optimum: min %.4f, median %.4f, mean %.4f (target ≥ 0.99 on every instance)",
             sorted.first ?? 0, sorted[sorted.count / 2], ratios.reduce(0, +) / Double(max(1, ratios.count))))
print("instances below 0.99: \(ratios.filter { $0 < 0.99 }.count); plans breaking a rule (checked by the script): \(broken)")
print(String(format: "planner time per small instance: median %.3f s", plannerSeconds.sorted()[plannerSeconds.count / 2]))

// MARK: - Large inventory

var largeRandom = Generator(state: 5000)
let (largeNeedList, largeModuleList) = generate(needs: largeNeeds, modules: largeModules, topics: 150, random: &largeRandom)
let largeFull = Planner.plan(PlanningInput(needs: largeNeedList, modules: largeModuleList, budgetDays: 1e9)).objective.daysUsed
let largeBudget = (largeFull * 0.4).rounded(.down)
let largeStart = ContinuousClock.now
let largePlan = Planner.plan(PlanningInput(needs: largeNeedList, modules: largeModuleList, budgetDays: largeBudget))
let largeElapsed = ContinuousClock.now - largeStart
let largeSeconds = Double(largeElapsed.components.seconds) + Double(largeElapsed.components.attoseconds) / 1e18
print(String(format: "large: %d needs × %d modules, budget %.0f days (40 %% of full cover): planned in %.2f s (target < 10 s); %d sessions, %.1f days, weight %d of %d, %d unmet",
             largeNeeds, largeModules, largeBudget, largeSeconds, largePlan.sessions.count, largePlan.objective.daysUsed,
             largePlan.objective.coveredWeight, largePlan.objective.totalWeight, largePlan.unmet.count))
