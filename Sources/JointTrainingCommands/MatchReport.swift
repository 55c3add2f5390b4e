import Foundation
import Matching
import TrainingModel
import Wording

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

    /// For each need no module answers, the module that came closest, if any came near.
    var closest: [String: ModuleMatch] = [:]

    var text: String {
        let titles = Dictionary(index.modules.map { ($0.id, $0.title(for: language)) }, uniquingKeysWith: { first, _ in first })
        let words = Self.words(in: language)
        let reader = ReaderLanguage(language)
        var lines: [String] = []
        var gaps = 0
        func list(_ matches: [ModuleMatch], numbered: Bool) {
            let width = matches.map(\.moduleID.count).max() ?? 0
            for (rank, match) in matches.enumerated() {
                let id = match.moduleID.padding(toLength: width, withPad: " ", startingAt: 0)
                lines.append("  \(numbered ? "\(rank + 1)." : "  ")  \(id)  \(reader.fixed(match.score, decimals: 2))  \(titles[match.moduleID] ?? "")")
                for reason in match.reasonTexts(in: language) {
                    lines.append("       - \(reason)")
                }
            }
        }
        for (need, matches) in zip(needs, results) {
            let detected = index.language(of: need).map { " · \($0.name(in: language))" } ?? ""
            var what = need.text.map { "\"\(Self.shortened($0, to: 90))\"" } ?? ""
            if let topic = need.topic { what = "\(words.topic) \(topic)" + (what.isEmpty ? "" : " · " + what) }
            lines.append("\(need.id)  \(need.country) · \(need.serviceKind.name(in: language))\(detected)  \(what)")
            if matches.isEmpty {
                gaps += 1
                lines.append("     " + words.gap)
                if let nearest = closest[need.id] {
                    lines.append("     " + words.closest)
                    list([nearest], numbered: false)
                }
            }
            list(matches, numbered: true)
            lines.append("")
        }
        let threshold = reader.fixed(MatchIndex.threshold, decimals: 2)
        lines.append(words.summary(needs: needs.count, answered: needs.count - gaps, gaps: gaps, threshold: threshold))
        return lines.joined(separator: "\n")
    }

    static func shortened(_ text: String, to length: Int) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > length ? String(flat.prefix(length - 1)) + "…" : flat
    }
}
