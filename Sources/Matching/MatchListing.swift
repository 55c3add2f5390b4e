import Foundation
import TrainingModel

/// The matches of one need as FORMATS.md section 5 lists them (`match --format json`): its
/// modules, best first, with score and reasons. The command line and the web app's
/// `matches.json` both write it.
public struct MatchListing: Encodable, Sendable, Hashable {
    /// One module found for the need.
    public struct Entry: Encodable, Sendable, Hashable {
        public var module: String
        public var score: Double
        public var reasons: [String]
    }

    public var need: String
    public var matches: [Entry]

    /// One listing per need, in the needs' order; scores rounded to `decimals`, reasons
    /// worded in `language`.
    public static func of(needs: [Need], matches: [[ModuleMatch]], language: LanguageCode, decimals: Int) -> [MatchListing] {
        let scale = pow(10, Double(decimals))
        return zip(needs, matches).map { need, found in
            MatchListing(need: need.id, matches: found.map {
                Entry(module: $0.moduleID, score: ($0.score * scale).rounded() / scale, reasons: $0.reasonTexts(in: language))
            })
        }
    }
}
