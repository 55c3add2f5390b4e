import Foundation

/// What `match` and `plan` use when the user gives no thesaurus: the one shipped with the
/// project, so that Dutch, French, German and English needs reach modules in the other
/// languages by default.
enum MatchDefaults {
    static let shippedThesaurus = "Curricula/thesaurus/thb-topics.xml"

    /// The shipped thesaurus: in the current folder, else beside the executable (a build in
    /// `.build/…` of the project, or an install with `Curricula` next to `bin`); nil if absent.
    static func thesaurus() -> String? {
        let manager = FileManager.default
        let here = manager.currentDirectoryPath + "/" + shippedThesaurus
        if manager.fileExists(atPath: here) { return shippedThesaurus }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent(shippedThesaurus).path
            if manager.fileExists(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
