import ArgumentParser
import Foundation

/// Where commands write: results on standard output, messages for people on standard error.
enum Output {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
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
