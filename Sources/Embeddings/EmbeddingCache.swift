import Foundation
import Synchronization

/// Vectors already computed, kept on disk by model and text, so that a catalogue's modules are
/// embedded once per catalogue version and a need once per text.
///
/// One append-only file per model (`<model>.vectors` in the folder): records of a 128-bit key
/// (two FNV-1a hashes of role and text) and the vector. A record cut short by a crash is
/// ignored on reading; two processes appending at once each write whole records.
public final class EmbeddingCache: Sendable {
    public let file: String
    public let dimension: Int
    private let entries: Mutex<[Key: [Float]]>

    struct Key: Hashable {
        var high: UInt64
        var low: UInt64
    }

    /// The command line's cache folder: `$XDG_CACHE_HOME/jointtraining`, else
    /// `~/.cache/jointtraining`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/jointtraining" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/jointtraining"
    }

    /// Opens (or starts) the cache of `modelID` in `folder`; the folder is made when missing.
    public init(folder: String, modelID: String, dimension: Int) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = String(modelID.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" })
        file = folder + "/" + name + ".vectors"
        self.dimension = dimension
        var entries: [Key: [Float]] = [:]
        if let data = FileManager.default.contents(atPath: file) {
            let size = 16 + 4 * dimension
            data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var offset = 0
                while offset + size <= raw.count {
                    let key = Key(high: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self),
                                  low: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                    entries[key] = (0..<dimension).map { raw.loadUnaligned(fromByteOffset: offset + 16 + 4 * $0, as: Float.self) }
                    offset += size
                }
            }
        }
        self.entries = Mutex(entries)
    }

    public var count: Int { entries.withLock { $0.count } }

    static func key(_ text: String, role: EmbeddingRole) -> Key {
        var high: UInt64 = 0xcbf2_9ce4_8422_2325, low: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in Array(role.rawValue.utf8) + [0] + Array(text.utf8) {
            high = (high ^ UInt64(byte)) &* 0x100_0000_01b3
            low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 0x9E37_79B9
        }
        return Key(high: high, low: low)
    }

    /// The vector kept for the text, if any.
    public func vector(_ text: String, role: EmbeddingRole) -> [Float]? {
        let key = Self.key(text, role: role)
        return entries.withLock { $0[key] }
    }

    /// Keeps the vectors, in memory and at the end of the file.
    public func store(_ texts: [String], _ vectors: [[Float]], role: EmbeddingRole) {
        var data = Data()
        var fresh: [(Key, [Float])] = []
        for (text, vector) in zip(texts, vectors) where vector.count == dimension {
            let key = Self.key(text, role: role)
            fresh.append((key, vector))
            withUnsafeBytes(of: key.high) { data.append(contentsOf: $0) }
            withUnsafeBytes(of: key.low) { data.append(contentsOf: $0) }
            vector.withUnsafeBytes { data.append(contentsOf: $0) }
        }
        entries.withLock { table in for (key, vector) in fresh { table[key] = vector } }
        guard !data.isEmpty else { return }
        let descriptor = open(file, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}

/// An embedder that answers from the cache what it has seen and asks the model for the rest.
public struct CachedEmbedder: SentenceEmbedder {
    public let base: any SentenceEmbedder
    public let cache: EmbeddingCache
    public var modelID: String { base.modelID }
    public var dimension: Int { base.dimension }

    public init(_ base: any SentenceEmbedder, cache: EmbeddingCache) {
        self.base = base
        self.cache = cache
    }

    public func embed(_ texts: [String], role: EmbeddingRole) throws -> [[Float]] {
        var result = texts.map { cache.vector($0, role: role) }
        var missing: [String] = []
        var seen: Set<String> = []
        for (text, vector) in zip(texts, result) where vector == nil && seen.insert(text).inserted { missing.append(text) }
        if !missing.isEmpty {
            let computed = try base.embed(missing, role: role)
            cache.store(missing, computed, role: role)
            let byText = Dictionary(zip(missing, computed), uniquingKeysWith: { first, _ in first })
            for index in result.indices where result[index] == nil { result[index] = byText[texts[index]] }
        }
        return result.map { $0 ?? [] }
    }
}
