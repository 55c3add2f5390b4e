import Foundation

/// Paths of this target's fixtures and of the shipped data, found from this file.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/CurriculumFormats/\(name)").path
    }

    /// A shipped file, e.g. "Curricula/thesaurus/thb-topics.xml".
    static func shipped(_ relativePath: String) -> String {
        packageRoot.appendingPathComponent(relativePath).path
    }

    /// Every XML file shipped under `Curricula/`.
    static var shippedCurriculumFiles: [String] {
        let root = packageRoot.appendingPathComponent("Curricula")
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "xml" }
            .map(\.path)
            .sorted()
    }
}
