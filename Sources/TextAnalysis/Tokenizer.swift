/// A word as written in a text, and whether a sentence or clause ends before it.
public struct Word: Hashable, Sendable {
    /// The word as written (NFKC), case and accents kept.
    public var text: String
    /// Whether punctuation that ends a phrase (. , ; : ! ? brackets, a line break) comes
    /// between this word and the one before: phrases are never matched across it.
    public var breakBefore: Bool
    /// Whether a hyphen joins the word to the one before or after ("sous-traitance"): such
    /// a word is part of a compound and never dropped as a stop word.
    public var hyphenated: Bool
    /// Where the word stands in the NFKC form of the text (`Folding.normalize`), so that a
    /// quote can give the text exactly as written, hyphens and apostrophes included.
    public var range: Range<String.Index>?

    public init(text: String, breakBefore: Bool, hyphenated: Bool = false, range: Range<String.Index>? = nil) {
        self.text = text
        self.breakBefore = breakBefore
        self.hyphenated = hyphenated
        self.range = range
    }
}

/// Splits text into words: runs of letters and digits.
///
/// Hyphens, slashes and apostrophes split words ("anti-trafficking", "l'enquête",
/// "collega's"): the pieces are then ordinary words, and single letters such as the French
/// elided article are dropped. Words joined by a hyphen are marked, so that "sous" in
/// "sous-traitance" is not taken for a stop word; a single letter before a hyphen is kept with the word after
/// it ("e-evidence" is one word, not "evidence").
public enum Tokenizer {
    public static func words(in text: String) -> [Word] {
        words(inNormalized: Folding.normalize(text))
    }

    /// The words of a text already in NFKC form; their ranges refer to it.
    public static func words(inNormalized normalized: String) -> [Word] {
        let scalars = normalized.unicodeScalars
        var words: [Word] = []
        var pendingBreak = false
        // A hyphen came right after the last word: if a word follows at once, both are joined.
        var afterHyphen = false
        var joined = false
        // The current word: where it starts, how many scalars it has so far, and a single
        // letter carried over from before a hyphen ("e-" of "e-learning").
        var start = scalars.startIndex
        var length = 0
        var carried = ""
        var carriedStart = scalars.startIndex
        func flush(at end: String.UnicodeScalarView.Index) {
            if length > 0 || !carried.isEmpty {
                let text = length > 0 ? carried + String(scalars[start..<end]) : carried
                if length + carried.unicodeScalars.count >= 2 {
                    if joined, !words.isEmpty { words[words.count - 1].hyphenated = true }
                    let first = carried.isEmpty ? start : carriedStart
                    words.append(Word(text: text, breakBefore: pendingBreak, hyphenated: joined, range: first..<end))
                    pendingBreak = false
                }
            }
            length = 0
            carried = ""
            joined = false
        }
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if isWordCharacter(scalar) || (length > 0 && Folding.isMark(scalar)) {
                if length == 0 {
                    start = index
                    if carried.isEmpty { joined = afterHyphen }
                }
                afterHyphen = false
                length += 1
                index = scalars.index(after: index)
                continue
            }
            let isHyphen = hyphens.contains(scalar)
            // "e-learning", "x-ray": a single letter before a hyphen belongs to the next word.
            if isHyphen && length == 1 && carried.isEmpty && isWordCharacter(scalars[start]) {
                carried = String(scalars[start])
                carriedStart = start
                length = 0
                index = scalars.index(after: index)
                continue
            }
            let endedWord = length + carried.unicodeScalars.count >= 2
            flush(at: index)
            afterHyphen = isHyphen && endedWord
            if endsPhrase(scalar) && !words.isEmpty { pendingBreak = true }
            index = scalars.index(after: index)
        }
        flush(at: scalars.endIndex)
        return words
    }

    @inline(__always)
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }

    static func endsPhrase(_ scalar: Unicode.Scalar) -> Bool {
        phraseEnders.contains(scalar)
    }

    private static let hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}"]

    private static let phraseEnders: Set<Unicode.Scalar> = [
        ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "\n", "\r", "\t", "|",
        "\"", "\u{201C}", "\u{201D}", "\u{201E}", "«", "»", "•", "·", "¿", "¡", "…",
    ]
}
