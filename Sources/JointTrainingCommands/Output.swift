import ArgumentParser
import Foundation

/// Where commands write: results on standard output, messages for people on standard error.
enum Output {
    /// A message for people on standard error; messages quote file contents, so they are
    /// escaped for the terminal.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((TerminalText.escaped(message) + "\n").utf8))
    }

    /// Text for people on standard output (listings, tables, confirmations), escaped for
    /// the terminal whatever the output is redirected to: it is meant to be read.
    static func text(_ text: String, terminator: String = "\n") {
        // Through print, as every other write to standard output, so that they stay in order.
        print(TerminalText.escaped(text), terminator: terminator)
    }

    /// A data file (CSV, Markdown, XML) on standard output: escaped only when that is a
    /// terminal, so that `> file` and pipes get the data exactly.
    static func data(_ text: String) {
        let shown = TerminalText.standardOutputIsTerminal ? TerminalText.escaped(text) : text
        print(shown, terminator: "")
    }

    /// Prints a value as one JSON document, the only thing on standard output.
    static func json<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        print(String(decoding: data, as: UTF8.self))
    }
}

/// The `--format` values shared by commands that can print JSON.
enum TextOrJSON: String, CaseIterable, Sendable, ExpressibleByArgument {
    case text
    case json
}
