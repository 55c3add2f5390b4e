import Foundation

/// Paths of this target's fixtures, found from the test file's own location.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/NeedsCSV/\(name)").path
    }
}
