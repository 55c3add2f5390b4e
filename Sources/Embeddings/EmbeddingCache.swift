import Foundation
import Synchronization

/// Vectors already computed, kept by model and text, so that a catalogue's modules are
/// embedded once per catalogue version and a need once per text.
///
/// The command line keeps them in one append-only file per model (`<model>.vectors` in the
/// folder): records of a 128-bit key (two FNV-1a hashes of role and text) and the vector. A
/// record cut short by a crash is ignored on reading; two processes appending at once each
/// write whole records. The web app keeps the same records in its store: it opens a cache on
/// the records read from there (`init(modelID:dimension:records:)`) and stores what was
/// added (`added()`).
public final class EmbeddingCache: Sendable {
    /// The file the records are appended to; nil when the caller keeps them.
    public let file: String?
    public let dimension: Int
    private let entries: Mutex<[Key: [Float]]>
    private let fresh = Mutex<[VectorRecord]>([])

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
        let file = folder + "/" + name + ".vectors"
        self.file = file
        self.dimension = dimension
        var entries: [Key: [Float]] = [:]
        if let data = FileManager.default.contents(atPath: file) {
            let size = 16 + 4 * dimension
            data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var offset = 0
                while offset + size <= raw.count {
                    entries[VectorRecord.key(in: raw, at: offset)] = VectorRecord.floats(in: raw, at: offset + 16, dimension: dimension)
                    offset += size
                }
            }
        }
        self.entries = Mutex(entries)
    }

    /// A cache on records the caller keeps (the web app's store), read before and written after
    /// with `added()`; records of another dimension are left out.
    public init(modelID: String, dimension: Int, records: [VectorRecord]) {
        file = nil
        self.dimension = dimension
        var entries: [Key: [Float]] = [:]
        for record in records {
            guard let key = record.cacheKey, let vector = record.floats(dimension: dimension) else { continue }
            entries[key] = vector
        }
        self.entries = Mutex(entries)
    }

    /// The records stored since a cache on the caller's records was opened (none for a file).
    public func added() -> [VectorRecord] {
        fresh.withLock { $0 }
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

    /// Keeps the vectors, in memory and at the end of the file (or in `added()`).
    public func store(_ texts: [String], _ vectors: [[Float]], role: EmbeddingRole) {
        var kept: [(Key, [Float])] = []
        for (text, vector) in zip(texts, vectors) where vector.count == dimension { kept.append((Self.key(text, role: role), vector)) }
        entries.withLock { table in for (key, vector) in kept { table[key] = vector } }
        let records = kept.map { VectorRecord(key: $0.0, vector: $0.1) }
        guard let file else {
            fresh.withLock { $0 += records }
            return
        }
        var data = Data()
        for record in records { data.append(contentsOf: record.key + record.vector) }
        guard !data.isEmpty else { return }
        let descriptor = open(file, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        _ = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}

/// One cached vector as a store keeps it: the 16 bytes of its key (`EmbeddingCache`'s two
/// hashes of role and text) and the vector's 32-bit floats, little-endian.
public struct VectorRecord: Sendable, Hashable {
    public var key: [UInt8]
    public var vector: [UInt8]

    public init(key: [UInt8], vector: [UInt8]) {
        self.key = key
        self.vector = vector
    }

    init(key: EmbeddingCache.Key, vector: [Float]) {
        self.key = [key.high.littleEndian, key.low.littleEndian].withUnsafeBytes { Array($0) }
        self.vector = vector.map(\.bitPattern.littleEndian).withUnsafeBytes { Array($0) }
    }

    var cacheKey: EmbeddingCache.Key? {
        guard key.count == 16 else { return nil }
        return key.withUnsafeBytes { Self.key(in: $0, at: 0) }
    }

    func floats(dimension: Int) -> [Float]? {
        guard vector.count == 4 * dimension else { return nil }
        return vector.withUnsafeBytes { Self.floats(in: $0, at: 0, dimension: dimension) }
    }

    /// The key whose 16 bytes start at `offset`: one reading for the store's records and the file's.
    static func key(in raw: UnsafeRawBufferPointer, at offset: Int) -> EmbeddingCache.Key {
        EmbeddingCache.Key(high: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
                           low: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
    }

    static func floats(in raw: UnsafeRawBufferPointer, at offset: Int, dimension: Int) -> [Float] {
        (0..<dimension).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4 * $0, as: UInt32.self))) }
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
