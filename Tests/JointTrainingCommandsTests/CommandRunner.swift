import Foundation

/// Runs the built `jointtraining` binary as a user would, capturing what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = packageRoot.path + "/Tests/Fixtures/JointTrainingCommands"

    /// The binary sits beside the test bundle in the build products directory.
    static let executable: URL = {
        var directory = Bundle.main.bundleURL
        if directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
        for candidate in [directory, Bundle.main.bundleURL.deletingLastPathComponent()] {
            let binary = candidate.appendingPathComponent("jointtraining")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return packageRoot.appendingPathComponent(".build/debug/jointtraining")
    }()

    /// Runs `jointtraining arguments` in `folder` (the package root by default).
    static func run(_ arguments: [String], in folder: String) throws -> Result {
        try run(arguments, in: URL(fileURLWithPath: folder))
    }

    /// Runs `jointtraining arguments` in `directory` (the package root by default), with
    /// `environment` added to the test's own.
    static func run(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:]) throws -> Result {
        try runProgram(executable.path, arguments, in: directory, environment: environment)
    }

    /// Runs any program, e.g. script(1) to give the command a terminal.
    static func runProgram(_ program: String, _ arguments: [String], in directory: URL = packageRoot,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        process.currentDirectoryURL = directory
        // Files rather than pipes: a full pipe could block the process while the test waits.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jt-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputFile = scratch.appendingPathComponent("stdout"), errorFile = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
                      errors: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }

    static func fixture(_ path: String) -> String {
        packageRoot.appendingPathComponent(path).path
    }
}
