import Foundation

/// Case and diacritic folding, so that "Enquête", "enquete" and "ENQUÊTE" compare equal.
///
/// Folding happens after Unicode compatibility normalisation (NFKC), which turns ligatures,
/// full-width letters and decomposed accents into their plain composed forms first.
public enum Folding {
    /// The text in NFKC form; ASCII text is returned as it is.
    public static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.precomposedStringWithCompatibilityMapping
    }

    /// The word lower-cased, without diacritics; letters that are really two (ß, æ, œ) are
    /// written as two.
    public static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLowercased(word) }
        var result = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                if let replacement = letterReplacements[scalar] {
                    result.append(contentsOf: replacement.unicodeScalars)
                } else {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }

    /// Whether the character is a combining mark, which belongs to the letter before it.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func asciiLowercased(_ word: String) -> String {
        if !word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return word }
        return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }

    // Letters that canonical decomposition leaves whole.
    private static let letterReplacements: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ı": "i", "ĳ": "ij",
    ]
}
