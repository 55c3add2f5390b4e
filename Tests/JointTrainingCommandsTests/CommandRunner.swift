import Foundation

/// Runs the built `jointtraining` binary as a coordinator would, in a chosen folder.
struct CommandRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The package root, where the shipped sample lives.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let fixtures = packageRoot + "/Tests/Fixtures/JointTrainingCommands"

    /// The binary next to the test bundle (both are products of the same build).
    static var binary: String {
        let besideTests = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("jointtraining").path
        if let besideTests, FileManager.default.isExecutableFile(atPath: besideTests) { return besideTests }
        return packageRoot + "/.build/debug/jointtraining"
    }

    static func run(_ arguments: [String], in folder: String = packageRoot) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
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
        let outputData = try Data(contentsOf: outputFile), errorData = try Data(contentsOf: errorFile)
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self))
    }
}
