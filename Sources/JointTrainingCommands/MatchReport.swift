import Foundation
import Matching
import TrainingModel

/// The matches of every need, as a listing for people or as JSON for scripts.
struct MatchReport {
    var needs: [Need]
    var results: [[ModuleMatch]]
    var index: MatchIndex
    var language: LanguageCode

    /// Scores are printed with two decimals: more would suggest a precision they lack.
    var json: [MatchListing] {
        MatchListing.of(needs: needs, matches: results, language: language, decimals: 2)
    }

    var text: String {
        let titles = Dictionary(index.modules.map { ($0.id, $0.title(for: language)) }, uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        var gaps = 0
        for (need, matches) in zip(needs, results) {
            let detected = index.language(of: need).map { " · \($0.tag)" } ?? ""
            var what = need.text.map { "\"\(Self.shortened($0, to: 90))\"" } ?? ""
            if let topic = need.topic { what = "topic \(topic)" + (what.isEmpty ? "" : " · " + what) }
            lines.append("\(need.id)  \(need.country) · \(need.serviceKind.rawValue)\(detected)  \(what)")
            if matches.isEmpty {
                gaps += 1
                lines.append("     no module reaches the threshold \(String(format: "%.2f", MatchIndex.threshold)): a gap in the catalogues")
            }
            let width = matches.map(\.moduleID.count).max() ?? 0
            for (rank, match) in matches.enumerated() {
                let id = match.moduleID.padding(toLength: width, withPad: " ", startingAt: 0)
                lines.append("  \(rank + 1).  \(id)  \(String(format: "%.2f", match.score))  \(titles[match.moduleID] ?? "")")
                for reason in match.reasonTexts(in: language) {
                    lines.append("       - \(reason)")
                }
            }
            lines.append("")
        }
        lines.append("\(needs.count) need(s): \(needs.count - gaps) with at least one module, \(gaps) without (gaps); threshold \(String(format: "%.2f", MatchIndex.threshold))")
        return lines.joined(separator: "\n")
    }

    static func shortened(_ text: String, to length: Int) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > length ? String(flat.prefix(length - 1)) + "…" : flat
    }
}
