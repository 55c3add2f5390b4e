/// A language as a BCP 47 tag (`nl`, `fr`, `de`, `en`, `lb`, `nl-BE`), compared by its
/// lower-cased form.
public struct LanguageCode: Hashable, Sendable, Comparable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let tag: String

    public init(_ tag: String) {
        // Most tags are already lower case; skip the copy then.
        self.tag = tag.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? tag.lowercased() : tag
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tag)
    }

    /// The primary language subtag: `nl` for `nl-BE`.
    public var primary: LanguageCode {
        LanguageCode(String(tag.split(separator: "-").first ?? ""))
    }

    /// Whether the tag is well formed and its primary subtag is an ISO 639-1 language.
    public var isValid: Bool {
        if tag.utf8.count == 2 { return Self.iso639_1.contains(tag) }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, Self.iso639_1.contains(String(first)) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    public var description: String { tag }

    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool { lhs.tag < rhs.tag }

    public static let dutch: LanguageCode = "nl"
    public static let french: LanguageCode = "fr"
    public static let german: LanguageCode = "de"
    public static let english: LanguageCode = "en"

    /// The four languages every JointTraining survey and page is offered in.
    public static let surveyLanguages: [LanguageCode] = [.dutch, .french, .german, .english]

    static let iso639_1: Set<String> = Set("""
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy \
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu \
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb \
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om \
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw \
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split(separator: " ").map(String.init))
}
