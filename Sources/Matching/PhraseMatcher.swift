/// A trie of word sequences that finds, in a sequence of words, the longest phrases first.
struct PhraseMatcher<Value: Hashable & Sendable>: Sendable {
    /// A phrase found: where it lies in the keys, and what was stored under it.
    struct Match {
        var range: Range<Int>
        var values: [Value]
    }

    private var children: [[String: Int32]] = [[:]]
    private var values: [[Value]] = [[]]

    var isEmpty: Bool { children.count == 1 }

    mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let child = children[node][key] {
                node = Int(child)
            } else {
                children.append([:])
                values.append([])
                children[node][key] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        if !values[node].contains(value) { values[node].append(value) }
    }

    /// The phrases in `keys`, none overlapping, longer ones chosen before shorter ones
    /// (and earlier before later). A phrase never spans two keys whose positions are not
    /// consecutive. Returned in text order.
    ///
    /// `modifiers[i]` says that key `i` is a part of a compound before its last part (its
    /// head): inside a phrase, the modifiers may be passed over to the head, as the compound
    /// names a kind of what its head names ("Vernehmung von Menschenhandelsopfern" is a
    /// "Vernehmung von Opfern").
    func longestMatches(in keys: [String], positions: [Int], modifiers: [Bool] = []) -> [Match] {
        var candidates: [Match] = []
        for start in keys.indices {
            var node = 0
            var found: Match?
            var index = start
            while index < keys.count {
                if index > start && positions[index] != positions[index - 1] + 1 { break }
                var next = children[node][keys[index]]
                if next == nil, index > start, index < modifiers.count, modifiers[index] {
                    var head = index
                    while head < modifiers.count && modifiers[head] { head += 1 }
                    if head < keys.count, let child = children[node][keys[head]] {
                        next = child
                        index = head
                    }
                }
                guard let child = next else { break }
                node = Int(child)
                index += 1
                if !values[node].isEmpty { found = Match(range: start..<index, values: values[node]) }
            }
            if let found { candidates.append(found) }
        }
        if candidates.count <= 1 { return candidates }
        candidates.sort { ($0.range.count, -$0.range.lowerBound) > ($1.range.count, -$1.range.lowerBound) }
        // owner[i]: the chosen phrase that word i belongs to.
        var owner = [Int?](repeating: nil, count: keys.count)
        var chosen: [Match] = []
        for candidate in candidates {
            let owners = Set(candidate.range.compactMap { owner[$0] })
            if owners.isEmpty {
                for index in candidate.range { owner[index] = chosen.count }
                chosen.append(candidate)
            } else if let same = owners.sorted().first(where: { Set(chosen[$0].values).isSuperset(of: candidate.values) }) {
                // Another wording of a phrase already chosen ("téléphones saisis" beside
                // "exploitation des téléphones"): its words belong to that phrase, which
                // grows to cover them, and are not read again as a phrase of their own.
                for index in candidate.range where owner[index] == nil { owner[index] = same }
                let range = chosen[same].range
                chosen[same].range = Swift.min(range.lowerBound, candidate.range.lowerBound)..<Swift.max(range.upperBound, candidate.range.upperBound)
            }
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
