import Diagnostics
import SafeXML

/// Runs a read; on failure prints every problem to standard error and rejects the input.
func readOrReport<Value>(_ read: () throws(InputProblems) -> Value) throws -> Value {
    do {
        return try read()
    } catch {
        for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
        throw InputRejected()
    }
}
