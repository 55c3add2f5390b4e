import Foundation
import ParallelWork
import TrainingModel

/// The modules' vectors, and for each module how close in meaning a need must come before
/// that closeness says anything.
///
/// A raw cosine of a sentence-embedding model cannot tell a gap from a weak match: every
/// text about police work is "fairly close" to every other, and some modules are close to
/// every need. So a cosine is read against the catalogue's own distribution, on both sides:
/// - the module's *floor* is the mean cosine it gets from the title queries of the other
///   modules of the catalogue: how close a need about another topic of this catalogue comes;
/// - a need's cosines above the floors are standardised over the whole catalogue (mean 0,
///   standard deviation 1), so that a need close to everything is not close to anything.
/// The result `z` says how many standard deviations a module stands out for this need. Among
/// N modules, the largest of N unrelated values stands about `E = √(2 ln N)` deviations out
/// (the expected maximum of N normal values), so the closeness is
/// `z / (MatchWeights.fullMeaning × E)`, clipped to [0, 1]: the same reading in a catalogue of
/// 30 trafficking modules, a mixed one, or 10,000 modules, for any model.
struct SemanticIndex: Sendable {
    let dimension: Int
    /// The whole vector of every module (the mean of its passages), row-major; a zero row for
    /// a module without one.
    let whole: [Float]
    let floor: [Float]
    /// The title and outcomes of each module, with their vectors, for reasons.
    let parts: [[(passage: ModulePassage, vector: [Float])]]
    let modelID: String
    /// Taken out of every vector before comparing (`LanguageDirections`).
    let languageDirections: [[Float]]

    /// Title queries of at most this many other modules make a module's floor (spread over
    /// the catalogue), so that a catalogue of 10,000 modules costs no 10⁸ cosines here.
    static let floorSample = 256
    /// Below this many modules a standard deviation says nothing: meaning is left out.
    static let fewestModules = 3

    init(dimension: Int, whole: [Float], floor: [Float], parts: [[(passage: ModulePassage, vector: [Float])]], modelID: String) {
        self.languageDirections = []
        self.dimension = dimension
        self.whole = whole
        self.floor = floor
        self.parts = parts
        self.modelID = modelID
    }

    init?(modules: [TrainingModule], vectors: ModuleVectors?) {
        guard let vectors, let dimension = vectors.passages.values.first(where: { !$0.isEmpty })?.first?.count, dimension > 0 else { return nil }
        self.dimension = dimension
        modelID = vectors.modelID
        let directions = vectors.languageDirections.filter { $0.count == dimension }
        languageDirections = directions
        func neutral(_ vector: [Float]) -> [Float] { LanguageDirections.project(vector, out: directions) }
        var whole = [Float](repeating: 0, count: modules.count * dimension)
        var queries = [Float](repeating: 0, count: modules.count * dimension)
        var hasQuery = [Bool](repeating: false, count: modules.count)
        var parts: [[(passage: ModulePassage, vector: [Float])]] = []
        for (number, module) in modules.enumerated() {
            let passages = SemanticTexts.passages(of: module)
            let found = vectors.passages[module.id] ?? []
            if let mean = Self.mean(found, dimension: dimension) {
                whole.replaceSubrange(number * dimension..<(number + 1) * dimension, with: neutral(mean))
            }
            if let query = vectors.titleQueries[module.id], query.count == dimension {
                queries.replaceSubrange(number * dimension..<(number + 1) * dimension, with: neutral(query))
                hasQuery[number] = true
            }
            parts.append(zip(passages, found).filter { $0.0.part != .summary && $0.1.count == dimension }.map { ($0.0, neutral($0.1)) })
        }
        let askers = hasQuery.indices.filter { hasQuery[$0] }
        let stride = max(1, askers.count / Self.floorSample)
        let sample = Swift.stride(from: 0, to: askers.count, by: stride).map { askers[$0] }
        // Every module against the same sample of title queries: per module independent, so
        // the modules are shared out over the cores (10,000 × 256 products in a large catalogue).
        let rows = whole, asked = queries, size = dimension, count = modules.count
        let floor = ChunkedWork.map(count: count, chunks: ChunkedWork.chunks(for: count, minimumPerChunk: 256)) { range in
            rows.withUnsafeBufferPointer { w in
                asked.withUnsafeBufferPointer { q in
                    range.map { m -> Float in
                        let row = w.baseAddress! + m * size
                        var sum: Float = 0, taken = 0
                        for other in sample where other != m {
                            sum += Vectors.dot(row, q.baseAddress! + other * size, size)
                            taken += 1
                        }
                        return taken > 0 ? sum / Float(taken) : 0
                    }
                }
            }
        }.flatMap { $0 }
        self.whole = whole
        self.floor = floor
        self.parts = parts
    }

    /// The module's whole vector: the mean of its passages' vectors, of unit length (nil when
    /// none has the model's dimension). Each passage weighs the same, so a module is not
    /// pulled towards whatever its longest text dwells on.
    static func mean(_ vectors: [[Float]], dimension: Int) -> [Float]? {
        var sum = [Float](repeating: 0, count: dimension), count = 0
        for vector in vectors where vector.count == dimension {
            for i in 0..<dimension { sum[i] += vector[i] }
            count += 1
        }
        guard count > 0 else { return nil }
        let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? sum.map { $0 / norm } : nil
    }

    /// Queries embedded together: modules are read in blocks that stay in the cache while
    /// every query of the batch is compared with them, so that 10,000 needs do not stream
    /// the whole matrix from memory 10,000 times.
    static let batch = 32
    static let moduleBlock = 64

    /// The closeness in meaning of every module to each query, in [0, 1], read two ways; each
    /// buffer holds one row of `moduleCount` slots per query:
    /// - `out` against the modules' whole floors: whether a module stands out for the need at
    ///   all (the strict reading, and the modules that stand out most);
    /// - `ranking`, when given, against `MatchWeights.rankingFloor` of each floor: which of the
    ///   modules comes first.
    /// Returns, per query, the modules that stand out most on the whole floors (at most
    /// `MatchWeights.agreementRank`, best first; none when meaning says nothing).
    func closeness(_ queries: [[Float]], moduleCount count: Int, into out: UnsafeMutableBufferPointer<Float>,
                   ranking: UnsafeMutableBufferPointer<Float>? = nil) -> [[Int32]] {
        guard count >= Self.fewestModules else {
            for slot in out.indices { out[slot] = 0 }
            if let ranking { for slot in ranking.indices { ranking[slot] = 0 } }
            return queries.map { _ in [] }
        }
        whole.withUnsafeBufferPointer { w in
            // Queries side by side in one buffer, four at a time against each module row.
            var packed = [Float](repeating: 0, count: queries.count * dimension)
            for (q, query) in queries.enumerated() { packed.replaceSubrange(q * dimension..<(q + 1) * dimension, with: query) }
            packed.withUnsafeBufferPointer { p in
                for start in stride(from: 0, to: count, by: Self.moduleBlock) {
                    let end = Swift.min(start + Self.moduleBlock, count)
                    var q = 0
                    while q < queries.count {
                        let four = queries.count - q >= 4
                        for m in start..<end {
                            let row = w.baseAddress! + m * dimension
                            if four {
                                let d = Vectors.dot4(row, p.baseAddress! + q * dimension, dimension)
                                out[q * count + m] = d.0
                                out[(q + 1) * count + m] = d.1
                                out[(q + 2) * count + m] = d.2
                                out[(q + 3) * count + m] = d.3
                            } else {
                                out[q * count + m] = Vectors.dot(row, p.baseAddress! + q * dimension, dimension)
                            }
                        }
                        q += four ? 4 : 1
                    }
                }
            }
        }
        let share = Float(MatchWeights.rankingFloor)
        return floor.withUnsafeBufferPointer { f in
            (0..<queries.count).map { q in
                let base = q * count
                if let ranking {
                    for m in 0..<count { ranking[base + m] = out[base + m] - share * f[m] }
                    _ = Self.standardise(UnsafeMutableBufferPointer(rebasing: ranking[base..<base + count]))
                }
                for m in 0..<count { out[base + m] -= f[m] }
                return Self.standardise(UnsafeMutableBufferPointer(rebasing: out[base..<base + count]))
            }
        }
    }

    /// Turns a row of cosines above the floors into closeness in [0, 1], in place, and returns
    /// the modules that stand out most (at most `MatchWeights.agreementRank`, best first).
    static func standardise(_ row: UnsafeMutableBufferPointer<Float>) -> [Int32] {
        let count = row.count
        var sum: Double = 0, squares: Double = 0
        for value in row { sum += Double(value); squares += Double(value) * Double(value) }
        let mean = sum / Double(max(count, 1))
        let deviation = (Swift.max(0, squares / Double(max(count, 1)) - mean * mean)).squareRoot()
        guard count >= fewestModules, deviation > 1e-6 else {
            for m in row.indices { row[m] = 0 }
            return []
        }
        // The largest of N unrelated closenesses is about √(2 ln N) standard deviations
        // above their mean: standing out is measured against that, not against one number
        // that would list noise in a catalogue of 10,000 modules and nothing in one of 10.
        let expectedLargest = (2 * log(Double(count))).squareRoot()
        let scale = Float(1 / (deviation * MatchWeights.fullMeaning * expectedLargest)), shift = Float(mean)
        let k = MatchWeights.agreementRank
        var best: [(value: Float, module: Int32)] = []
        for m in row.indices {
            let value = (row[m] - shift) * scale
            if best.count < k || value > best[best.count - 1].value {
                if best.count == k { best.removeLast() }
                let position = best.firstIndex { value > $0.value } ?? best.count
                best.insert((value, Int32(m)), at: position)
            }
            row[m] = Swift.min(1, Swift.max(0, value))
        }
        return best.map(\.module)
    }

    /// `standardise` on a copy, for tests and for reading one row.
    func standardised(_ values: [Float]) -> [Float] {
        var copy = values
        _ = copy.withUnsafeMutableBufferPointer { Self.standardise($0) }
        return copy
    }

    /// A need's vector as the modules' are compared: without its language directions.
    func neutral(_ query: [Float]) -> [Float] {
        LanguageDirections.project(query, out: languageDirections)
    }

    /// The closeness of every module to one query; see `closeness(_:moduleCount:into:)`.
    func closeness(_ query: [Float], into out: UnsafeMutableBufferPointer<Float>) -> [Int32] {
        closeness([query], moduleCount: out.count, into: out)[0]
    }

    /// The part of the module closest in meaning to the query (title or an outcome).
    func closestPart(module: Int, query: [Float]) -> ModulePassage? {
        var best: (Float, ModulePassage)?
        for (passage, vector) in parts[module] {
            let cosine = vector.withUnsafeBufferPointer { v in query.withUnsafeBufferPointer { Vectors.dot(v.baseAddress!, $0.baseAddress!, dimension) } }
            if cosine > (best?.0 ?? -2) { best = (cosine, passage) }
        }
        return best?.1
    }
}

/// Dot products of float vectors, four lanes at a time.
enum Vectors {
    /// One row against four consecutive vectors of length `n` starting at `b`: each load of
    /// the row serves four products.
    @inline(__always)
    static func dot4(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> (Float, Float, Float, Float) {
        var s0 = SIMD4<Float>(), s1 = SIMD4<Float>(), s2 = SIMD4<Float>(), s3 = SIMD4<Float>()
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var i = 0
        while i + 4 <= n {
            let x = ra.loadUnaligned(fromByteOffset: 4 * i, as: SIMD4<Float>.self)
            s0 += x * rb.loadUnaligned(fromByteOffset: 4 * i, as: SIMD4<Float>.self)
            s1 += x * rb.loadUnaligned(fromByteOffset: 4 * (n + i), as: SIMD4<Float>.self)
            s2 += x * rb.loadUnaligned(fromByteOffset: 4 * (2 * n + i), as: SIMD4<Float>.self)
            s3 += x * rb.loadUnaligned(fromByteOffset: 4 * (3 * n + i), as: SIMD4<Float>.self)
            i += 4
        }
        var r = (s0.sum(), s1.sum(), s2.sum(), s3.sum())
        while i < n {
            r.0 += a[i] * b[i]; r.1 += a[i] * b[n + i]; r.2 += a[i] * b[2 * n + i]; r.3 += a[i] * b[3 * n + i]
            i += 1
        }
        return r
    }

    @inline(__always)
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ n: Int) -> Float {
        var s0 = SIMD4<Float>(), s1 = SIMD4<Float>(), s2 = SIMD4<Float>(), s3 = SIMD4<Float>()
        var i = 0
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        while i + 16 <= n {
            s0 += ra.loadUnaligned(fromByteOffset: 4 * i, as: SIMD4<Float>.self) * rb.loadUnaligned(fromByteOffset: 4 * i, as: SIMD4<Float>.self)
            s1 += ra.loadUnaligned(fromByteOffset: 4 * (i + 4), as: SIMD4<Float>.self) * rb.loadUnaligned(fromByteOffset: 4 * (i + 4), as: SIMD4<Float>.self)
            s2 += ra.loadUnaligned(fromByteOffset: 4 * (i + 8), as: SIMD4<Float>.self) * rb.loadUnaligned(fromByteOffset: 4 * (i + 8), as: SIMD4<Float>.self)
            s3 += ra.loadUnaligned(fromByteOffset: 4 * (i + 12), as: SIMD4<Float>.self) * rb.loadUnaligned(fromByteOffset: 4 * (i + 12), as: SIMD4<Float>.self)
            i += 16
        }
        var sum = ((s0 + s1) + (s2 + s3)).sum()
        while i < n { sum += a[i] * b[i]; i += 1 }
        return sum
    }
}
