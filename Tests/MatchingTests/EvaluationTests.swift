import Testing
import TrainingModel
@testable import Matching

@Suite("evaluation")
struct EvaluationTests {
    let gold = [
        GoldJudgement(needID: "A", moduleID: "M1", grade: 2),
        GoldJudgement(needID: "A", moduleID: "M2", grade: 1),
        GoldJudgement(needID: "B", moduleID: "M3", grade: 2),
        GoldJudgement(needID: "C", moduleID: nil, grade: 0),
        GoldJudgement(needID: "D", moduleID: nil, grade: 0),
    ]

    @Test("MRR over grade-2 modules, recall@3 over grade ≥ 1, empty lists for NONE needs")
    func figures() {
        let rankings = ["A": ["M2", "M1"], "B": ["M4", "M5", "M6", "M3"], "C": [], "D": ["M1"]]
        let figures = MatchEvaluation.evaluate(rankings: rankings, gold: gold, needs: ["A", "B", "C", "D", "E"])
        #expect(figures.answerable == 2)
        #expect(abs(figures.meanReciprocalRank - (0.5 + 0.25) / 2) < 1e-9)
        #expect(figures.recallAt3 == 0.5)
        #expect(figures.unanswerable == 2 && figures.unanswerableEmpty == 1)
        #expect(figures.emptyShare == 0.5)
    }

    @Test("a need whose best module is missing counts 0; only the needs asked for are counted")
    func missing() {
        let figures = MatchEvaluation.evaluate(rankings: [:], gold: gold, needs: ["A"])
        #expect(figures.answerable == 1 && figures.meanReciprocalRank == 0 && figures.recallAt3 == 0)
        #expect(figures.emptyShare == nil)
    }

    @Test("plain BM25 ranks by shared raw words and never lists withdrawn modules")
    func plainBM25() {
        let baseline = PlainBM25(modules: SmallCatalogue.modules)
        #expect(baseline.ranking(for: "interviewing victims interpreter").first == "INT")
        #expect(!baseline.ranking(for: "financial investigation beginners").contains("OLD"))
        // Raw words only: an inflected Dutch need shares nothing with the English module.
        #expect(baseline.ranking(for: "financiële onderzoeken").isEmpty)
    }
}
