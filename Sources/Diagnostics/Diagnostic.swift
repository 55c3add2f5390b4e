/// One problem found in an input file, reported as `FILE:LINE:COLUMN: message`.
///
/// Every reader in JointTraining (XML, CSV, survey answers) reports problems in this one
/// form, so that coordinators and other tools can find the place whatever produced it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Codable {
    /// Whether the problem makes the file unusable.
    public enum Severity: String, Hashable, Sendable, Codable {
        case error
        case warning
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, column: Int, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    public var description: String {
        let prefix = severity == .warning ? "warning: " : ""
        return "\(file):\(line):\(column): \(prefix)\(message)"
    }
}

/// Thrown when a file cannot be used at all: every problem found, not just the first.
public struct InputProblems: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics that make a file unusable.
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    /// The diagnostics that only deserve attention.
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}

/// A value read from a file together with the warnings it deserves.
public struct Decoded<Value: Sendable>: Sendable {
    public var value: Value
    public var warnings: [Diagnostic]

    public init(value: Value, warnings: [Diagnostic]) {
        self.value = value
        self.warnings = warnings
    }
}
