import Foundation
import Matching
import TrainingModel

/// The matcher's figures against a gold file, per language of the needs and overall, beside
/// those of plain BM25 over the raw words.
struct EvaluationReport {
    struct Group: Encodable {
        var language: String
        var matcher: Figures
        var plainBM25: Figures
        /// The semantic model alone (closeness in meaning, calibrated); nil without the model.
        var semantic: Figures?
    }

    struct Figures: Encodable {
        var needs: Int
        var mrr: Double
        var recallAt3: Double
        var noneNeeds: Int
        var noneEmpty: Int
        /// Answerable needs left empty; of those, the ones whose closest module is relevant
        /// (the matcher's only: nil for the others, which show none).
        var answerableEmpty: Int
        var closestRelevant: Int?
        /// NONE needs left empty that still show a closest module (the matcher's only).
        var noneWithClosest: Int?
    }

    struct Document: Encodable {
        var top: Int
        var threshold: Double
        /// The thesaurus file used, nil for none.
        var thesaurus: String?
        /// The sentence-embedding model, nil when it was not available.
        var semanticModel: String?
        var groups: [Group]
    }

    var groups: [Group] = []
    var top: Int
    var thesaurus: String?
    var semanticModel: String?

    init(needs: [Need], results: [[ModuleMatch]], index: MatchIndex, gold: [GoldJudgement], baseline: PlainBM25,
         vectors: [String: [Float]] = [:], top: Int, thesaurus: String? = nil) {
        self.top = top
        self.thesaurus = thesaurus
        semanticModel = index.semanticModel
        var ours: [String: [String]] = [:], theirs: [String: [String]] = [:], meaning: [String: [String]] = [:]
        var byLanguage: [String: [String]] = [:]
        let closest = index.closestToGaps(of: needs, matches: results, vectors: vectors).mapValues(\.moduleID)
        for (need, matches) in zip(needs, results) {
            ours[need.id] = matches.map(\.moduleID)
            theirs[need.id] = baseline.ranking(for: need.text ?? need.topic ?? "", top: top)
            meaning[need.id] = vectors[need.id].map { index.semanticRanking(vector: $0, top: top) } ?? []
            byLanguage[index.language(of: need)?.primary.tag ?? "?", default: []].append(need.id)
        }
        let semantic = semanticModel != nil
        func figures(_ rankings: [String: [String]], _ ids: [String], closest: [String: String]? = nil) -> Figures {
            let result = MatchEvaluation.evaluate(rankings: rankings, gold: gold, needs: ids, closest: closest ?? [:])
            return Figures(needs: result.answerable + result.unanswerable, mrr: result.meanReciprocalRank,
                           recallAt3: result.recallAt3, noneNeeds: result.unanswerable, noneEmpty: result.unanswerableEmpty,
                           answerableEmpty: result.answerableEmpty, closestRelevant: closest.map { _ in result.answerableEmptyClosestRelevant },
                           noneWithClosest: closest.map { _ in result.unanswerableWithClosest })
        }
        for language in byLanguage.keys.sorted() {
            let ids = byLanguage[language]!
            groups.append(Group(language: language, matcher: figures(ours, ids, closest: closest), plainBM25: figures(theirs, ids),
                                semantic: semantic ? figures(meaning, ids) : nil))
        }
        let all = needs.map(\.id)
        groups.append(Group(language: "all", matcher: figures(ours, all, closest: closest), plainBM25: figures(theirs, all),
                            semantic: semantic ? figures(meaning, all) : nil))
    }

    var json: Document {
        Document(top: top, threshold: MatchIndex.threshold, thesaurus: thesaurus, semanticModel: semanticModel, groups: groups)
    }

    func text(goldFile: String) -> String {
        func number(_ value: Double) -> String { String(format: "%.3f", value) }
        func empty(_ figures: Figures) -> String {
            figures.noneNeeds == 0 ? "–" : "\(figures.noneEmpty)/\(figures.noneNeeds) (\(Int((Double(figures.noneEmpty) / Double(figures.noneNeeds) * 100).rounded()))%)"
        }
        let rows = groups.map { group in
            var row = [group.language, String(group.matcher.needs),
                       number(group.matcher.mrr), number(group.matcher.recallAt3), empty(group.matcher),
                       number(group.plainBM25.mrr), number(group.plainBM25.recallAt3), empty(group.plainBM25)]
            if let semantic = group.semantic { row += [number(semantic.mrr), number(semantic.recallAt3), empty(semantic)] }
            return row
        }
        var headers = ["language", "needs", "MRR", "recall@3", "NONE empty", "BM25 MRR", "BM25 recall@3", "BM25 NONE empty"]
        if semanticModel != nil { headers += ["semantic MRR", "semantic recall@3", "semantic NONE empty"] }
        let table = TextTable(headers: headers, rows: rows)
        let all = groups[groups.count - 1].matcher
        let gaps = "Needs taken for gaps: \(all.answerableEmpty) answerable need(s) left empty, \(all.closestRelevant ?? 0) of them showing a relevant "
            + "module (grade ≥ 1) as the closest; \(all.noneWithClosest ?? 0) of the \(all.noneEmpty) NONE need(s) left empty show a closest module."

        let evidence = "thesaurus: \(thesaurus ?? "none"); semantic model: \(semanticModel ?? "not installed (words and thesaurus only)")"
        return """
        Matching measured against \(goldFile) (top \(top), threshold \(String(format: "%.2f", MatchIndex.threshold)); \(evidence)).
        BM25 columns: plain BM25 over the raw words, no threshold. Semantic columns: closeness in meaning alone, \
        listed from the same threshold.
        MRR: first grade-2 module; recall@3: a grade ≥ 1 module among the first three; \
        NONE empty: needs that no module answers, given an empty list.
        \(table.rendered())
        \(gaps)
        """
    }
}
