/// One line of a gold file: how good a module is for a need (2 best, 1 also relevant), or,
/// with no module, that nothing in the catalogue answers the need.
public struct GoldJudgement: Sendable, Hashable {
    public var needID: String
    /// nil for `NONE`.
    public var moduleID: String?
    public var grade: Int

    public init(needID: String, moduleID: String?, grade: Int) {
        self.needID = needID
        self.moduleID = moduleID
        self.grade = grade
    }
}

/// The figures of a ranking against gold judgements, for one group of needs.
public struct EvaluationFigures: Sendable, Hashable {
    /// Needs with at least one graded module.
    public var answerable: Int
    /// Mean over the answerable needs of 1 / rank of the first grade-2 module (0 if absent).
    public var meanReciprocalRank: Double
    /// Share of the answerable needs with a module of grade ≥ 1 among the first three.
    public var recallAt3: Double
    /// Needs that nothing answers (`NONE`).
    public var unanswerable: Int
    /// How many of those got an empty list.
    public var unanswerableEmpty: Int
    /// Answerable needs that got an empty list (wrongly taken for gaps).
    public var answerableEmpty = 0
    /// Of those, how many have a module of grade ≥ 1 as their closest (`MatchIndex.closest`):
    /// the gaps whose answer the listing still names.
    public var answerableEmptyClosestRelevant = 0
    /// `NONE` needs left empty that still show a closest module.
    public var unanswerableWithClosest = 0

    /// Share of the `NONE` needs that got an empty list; nil when there are none.
    public var emptyShare: Double? {
        unanswerable == 0 ? nil : Double(unanswerableEmpty) / Double(unanswerable)
    }
}

/// Measures rankings against gold judgements: MRR over grade-2 modules, recall@3 over
/// grade ≥ 1, and the share of needs without a good module that get an empty list.
public enum MatchEvaluation {
    /// `rankings[need]` is the ranked list of module ids (missing: empty list); `closest[need]`
    /// the module shown under a need left empty. Needs without judgements are not counted.
    public static func evaluate(rankings: [String: [String]], gold: [GoldJudgement], needs: some Collection<String>,
                                closest: [String: String] = [:]) -> EvaluationFigures {
        var byNeed: [String: [GoldJudgement]] = [:]
        for judgement in gold { byNeed[judgement.needID, default: []].append(judgement) }
        var figures = EvaluationFigures(answerable: 0, meanReciprocalRank: 0, recallAt3: 0, unanswerable: 0, unanswerableEmpty: 0)
        var reciprocalSum = 0.0, recalled = 0
        for need in needs {
            guard let judgements = byNeed[need] else { continue }
            let ranking = rankings[need] ?? []
            let graded = judgements.filter { $0.moduleID != nil && $0.grade >= 1 }
            if graded.isEmpty {
                figures.unanswerable += 1
                if ranking.isEmpty { figures.unanswerableEmpty += 1 }
                if ranking.isEmpty && closest[need] != nil { figures.unanswerableWithClosest += 1 }
                continue
            }
            figures.answerable += 1
            let best = Set(graded.filter { $0.grade >= 2 }.compactMap(\.moduleID))
            let relevant = Set(graded.compactMap(\.moduleID))
            if ranking.isEmpty {
                figures.answerableEmpty += 1
                if let shown = closest[need], relevant.contains(shown) { figures.answerableEmptyClosestRelevant += 1 }
            }
            if let rank = ranking.firstIndex(where: best.contains) { reciprocalSum += 1 / Double(rank + 1) }
            if ranking.prefix(3).contains(where: relevant.contains) { recalled += 1 }
        }
        if figures.answerable > 0 {
            figures.meanReciprocalRank = reciprocalSum / Double(figures.answerable)
            figures.recallAt3 = Double(recalled) / Double(figures.answerable)
        }
        return figures
    }
}
