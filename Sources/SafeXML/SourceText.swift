import CLibXML2
import Foundation

/// The bytes of a parsed document, kept to give columns that libxml2 does not record.
///
/// libxml2 stores a line per element but no column; reporting `FILE:LINE:COLUMN` for
/// schema and content errors means finding the element's start tag on its line.
final class SourceText: @unchecked Sendable {
    let bytes: [UInt8]
    // Built on first use under the lock: most documents are valid and never need a column.
    private var computedLineStarts: [Int]?
    private let lock = NSLock()

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var lineStarts: [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let computedLineStarts { return computedLineStarts }
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for offset in buffer.indices where buffer[offset] == 0x0A {
                starts.append(offset + 1)
            }
        }
        computedLineStarts = starts
        return starts
    }

    /// Whether `needle` occurs anywhere in the text.
    func contains(_ needle: [UInt8]) -> Bool {
        position(of: needle) != nil
    }

    /// The 1-based column of the start tag of `node` on `line`, or 1 when it is not there.
    func column(ofTag node: UnsafeMutablePointer<xmlNode>, onLine line: Int) -> Int {
        var name = node.pointee.name.map { String(cString: $0) } ?? ""
        if let prefix = node.pointee.ns?.pointee.prefix {
            name = String(cString: prefix) + ":" + name
        }
        return column(of: Array(("<" + name).utf8), onLine: line, delimited: true)
    }

    /// The 1-based column where `needle` first starts on `line`, or 1 when it is not there.
    func column(of needle: [UInt8], onLine line: Int, delimited: Bool = false) -> Int {
        guard line >= 1, line <= lineStarts.count, !needle.isEmpty else { return 1 }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        var index = start
        while index + needle.count <= end {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) {
                let after = index + needle.count
                if !delimited || after >= bytes.count || Self.endsName(bytes[after]) {
                    return characterCount(from: start, to: index) + 1
                }
            }
            index += 1
        }
        return 1
    }

    /// The 1-based line and column of the first occurrence of `needle`, if any.
    func position(of needle: [UInt8]) -> (line: Int, column: Int)? {
        guard let index = offset(of: needle) else { return nil }
        let line = lineIndex(containing: index)
        return (line + 1, characterCount(from: lineStarts[line], to: index) + 1)
    }

    /// The 1-based line and column of the byte at `offset`.
    func position(atOffset offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(containing: clamped)
        return (line + 1, characterCount(from: lineStarts[line], to: clamped) + 1)
    }

    private func offset(of needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        return bytes.withUnsafeBufferPointer { haystack in
            let first = needle[0]
            var index = 0
            while index <= haystack.count - needle.count {
                if haystack[index] == first {
                    var matched = 1
                    while matched < needle.count && haystack[index + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return index }
                }
                index += 1
            }
            return nil
        }
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Columns count characters, not bytes: UTF-8 continuation bytes are skipped.
    private func characterCount(from start: Int, to end: Int) -> Int {
        var count = 0
        for byte in bytes[start..<end] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
