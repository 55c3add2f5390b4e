import Foundation
import Matching
import TrainingModel

/// The matches of every need in the `match --format json` shape of docs/formats.md section 5.
enum MatchesJSON {
    struct Document: Encodable {
        var needs: [MatchListing]
    }

    static func encode(needs: [Need], matches: [[ModuleMatch]], language: LanguageCode) throws -> String {
        let document = Document(needs: MatchListing.of(needs: needs, matches: matches, language: language, decimals: 3))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
