import Diagnostics

extension Array where Element == Diagnostic {
    /// The schema's diagnostics and those of the checks run after it, as one list in file
    /// order (line, then column; at one place the schema's first), each reported once.
    ///
    /// Readers run their own checks even when the schema refused a document, so that a
    /// user fixes every problem of a file in one go instead of one kind at a time.
    public func merged(withChecks checks: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let ordered = (self.enumerated().map { (0, $0.offset, $0.element) }
            + checks.enumerated().map { (1, $0.offset, $0.element) })
            .sorted { ($0.2.line, $0.2.column, $0.0, $0.1) < ($1.2.line, $1.2.column, $1.0, $1.1) }
        return ordered.compactMap { seen.insert($0.2).inserted ? $0.2 : nil }
    }
}
