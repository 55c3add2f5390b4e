import Foundation

/// Paths of this target's fixtures, found from the test file's own location.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SafeXML")

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }
}
