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

    public init(text: String, breakBefore: Bool, hyphenated: Bool = false) {
        self.text = text
        self.breakBefore = breakBefore
        self.hyphenated = hyphenated
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
        var words: [Word] = []
        var current = String.UnicodeScalarView()
        var pendingBreak = false
        // A hyphen came right after the last word: if a word follows at once, both are joined.
        var afterHyphen = false
        var joined = false
        func flush() {
            if current.count >= 2 {
                if joined, !words.isEmpty { words[words.count - 1].hyphenated = true }
                words.append(Word(text: String(current), breakBefore: pendingBreak, hyphenated: joined))
                pendingBreak = false
            }
            current.removeAll(keepingCapacity: true)
            joined = false
        }
        for scalar in Folding.normalize(text).unicodeScalars {
            if isWordCharacter(scalar) || (!current.isEmpty && Folding.isMark(scalar)) {
                if current.isEmpty { joined = afterHyphen }
                afterHyphen = false
                current.append(scalar)
                continue
            }
            let isHyphen = hyphens.contains(scalar)
            // "e-learning", "x-ray": a single letter before a hyphen belongs to the next word.
            if isHyphen && current.count == 1 && isWordCharacter(current.first!) { continue }
            let endedWord = current.count >= 2
            flush()
            afterHyphen = isHyphen && endedWord
            if endsPhrase(scalar) && !words.isEmpty { pendingBreak = true }
        }
        flush()
        return words
    }

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
