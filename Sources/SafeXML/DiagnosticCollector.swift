import Diagnostics
import CLibXML2

/// Collects libxml2's structured errors into `Diagnostic`s.
///
/// Only the structured callback is used: the variadic generic one cannot be written in
/// Swift, and a collector that sees every error is what lets us report all of them.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []
    private let file: String
    private let source: SourceText?

    init(file: String, source: SourceText?) {
        self.file = file
        self.source = source
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    fileprivate func record(_ error: UnsafePointer<xmlError>) {
        let raw = error.pointee
        let level = raw.level
        guard level != XML_ERR_NONE else { return }
        var message = raw.message.map { String(cString: $0) } ?? "unknown XML error"
        message = Self.readable(message)
        var line = Int(raw.line)
        var column = Int(raw.int2)
        if let node = raw.node?.assumingMemoryBound(to: xmlNode.self), node.pointee.type == XML_ELEMENT_NODE {
            if line <= 0 { line = Int(xmlGetLineNo(node)) }
            if column <= 0, let source {
                column = source.column(ofTag: node, onLine: line)
            }
        }
        diagnostics.append(Diagnostic(
            file: file,
            line: max(line, 1),
            column: max(column, 1),
            message: message,
            severity: level == XML_ERR_WARNING ? .warning : .error
        ))
    }

    /// libxml2 names elements as `{namespace}name` and ends messages with a newline;
    /// coordinators need neither.
    static func readable(_ message: String) -> String {
        var text = message.trimmingCharacters(in: .whitespacesAndNewlines)
        while let open = text.range(of: "'{"), let close = text[open.upperBound...].firstIndex(of: "}") {
            text.replaceSubrange(open.lowerBound...close, with: "'")
        }
        return text
    }

    /// The context pointer handed to libxml2 for this collector.
    var context: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    /// The callback libxml2 calls with `context` as its first argument.
    static let handler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue().record(error)
    }

    /// Runs `body` with this collector receiving libxml2's errors on the current thread.
    ///
    /// libxml2's structured handler is thread-local, and `body` runs synchronously, so
    /// concurrent parses on other threads keep their own collectors.
    func collecting<T>(_ body: () throws -> T) rethrows -> T {
        xmlSetStructuredErrorFunc(context, Self.handler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try withExtendedLifetime(self) { try body() }
    }
}

import Foundation
