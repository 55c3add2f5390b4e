import CStemmer
import Foundation

/// One language's Snowball stemmer from libstemmer, with a cache of the words it has seen.
///
/// An `sb_stemmer` keeps its working state inside the C object, so one instance must never
/// run on two threads at once: every call goes through the lock. The cache makes repeated
/// words (most of a catalogue) cost a dictionary look-up; it is emptied when it grows past
/// `cacheLimit`, so a long-running process does not grow without end.
public final class SnowballStemmer: @unchecked Sendable {
    public let language: AnalysisLanguage
    private let stemmer: OpaquePointer
    private let lock = NSLock()
    private var cache: [String: String] = [:]
    private let cacheLimit: Int

    public init(_ language: AnalysisLanguage, cacheLimit: Int = 200_000) {
        self.language = language
        self.cacheLimit = cacheLimit
        // The four algorithms are compiled into every libstemmer: a nil here is a broken install.
        guard let stemmer = sb_stemmer_new(language.snowballName, "UTF_8") else {
            fatalError("libstemmer has no \(language.snowballName) stemmer")
        }
        self.stemmer = stemmer
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of a lower-case word.
    public func stem(_ word: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = cache[word] { return known }
        let result = stemLocked(word)
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        return result
    }

    /// The stem of a word that is unlikely to come again (a piece of a compound being
    /// tried): not cached.
    public func stemOnce(_ word: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        return cache[word] ?? stemLocked(word)
    }

    private func stemLocked(_ word: String) -> String {
        var utf8 = Array(word.utf8)
        let count = Int32(utf8.count)
        return utf8.withUnsafeMutableBufferPointer { buffer -> String in
            guard let base = buffer.baseAddress, let stemmed = sb_stemmer_stem(stemmer, base, count) else {
                return word
            }
            let length = Int(sb_stemmer_length(stemmer))
            return Self.adjusted(String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self), language)
        }
    }

    /// Corrections to what Snowball leaves apart. Dutch undoubles "ee" only after a
    /// consonant, so adjectives in -ieel and -ueel keep it in the base form and lose it when
    /// inflected: "financieel"/"financiële", "seksueel"/"seksuele" would be two stems.
    static func adjusted(_ stem: String, _ language: AnalysisLanguage) -> String {
        guard language == .dutch, stem.hasSuffix("ieel") || stem.hasSuffix("ueel") else { return stem }
        return String(stem.dropLast(2)) + "l"
    }
}
