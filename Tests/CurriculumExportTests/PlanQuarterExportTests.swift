import CurriculumExport
import Foundation
import Planning
import Testing
import TrainingModel

@Suite("plan.csv: quarters and late seats")
struct PlanCSVQuarterTests {
    @Test("each placed row gives its session's quarter and whether the need sits later than it asked")
    func quarterAndLate() throws {
        func need(_ id: String, _ period: String) -> Need {
            Need(id: id, country: "BE", serviceKind: .police, topic: "t", headcount: 5, languages: ["en"], period: period)
        }
        let module = TrainingModule(id: "M", titles: LocalizedText([LocalizedString("en", "M")]), audiences: [.police],
                                    duration: .init(1, .day), modes: [.onsite], languages: ["en"], places: .init(min: 5, max: 10), topics: ["t"])
        let plan = Planner.plan(PlanningInput(needs: [need("A", "2027-Q1"), need("B", "2027-Q2")], modules: [module], budgetDays: 1))
        let rows = PlanCSV.write(plan).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
        let late = PlanCSV.columns.firstIndex(of: "late")!, quarter = PlanCSV.columns.firstIndex(of: "quarter")!
        let need = PlanCSV.columns.firstIndex(of: "need")!
        #expect(rows.map { [$0[need], $0[quarter], $0[late]] }.sorted { $0[0] < $1[0] } == [["A", "2027-Q2", "yes"], ["B", "2027-Q2", ""]])
        let curriculum = CurriculumXML.write(plan)
        #expect(CurriculumSchema.validate(curriculum).isEmpty)
        #expect(curriculum.contains("quarter=\"2027-Q2\"") && curriculum.contains("period=\"2027-Q1\"") && curriculum.contains("late=\"true\""))
    }
}

@Suite("Quarters and late seats on the pages")
struct PlanQuarterPageTests {
    @Test("Markdown, HTML and the text report give the quarter and list who sits later than asked, by service, in the reader's language")
    func lateListed() throws {
        func need(_ id: String, _ service: String, _ period: String) -> Need {
            Need(id: id, country: "BE", serviceKind: .police, service: service, topic: "t", headcount: 5, languages: ["en"], period: period)
        }
        let module = TrainingModule(id: "M", titles: LocalizedText([LocalizedString("en", "M")]), audiences: [.police],
                                    duration: .init(1, .day), modes: [.onsite], languages: ["en"], places: .init(min: 5, max: 10), topics: ["t"])
        let plan = Planner.plan(PlanningInput(needs: [need("A", "PJF Liège", "2027-Q1"), need("B", "FGP Antwerpen", "2027-Q2")],
                                              modules: [module], budgetDays: 1))
        let english = ExportOptions(language: "en")
        for text in [PlanMarkdown.write(plan, options: english), PlanHTML.write(plan, options: english), PlanText.write(plan, options: english)] {
            #expect(text.contains("Later than asked") && text.contains("PJF Liège (asked for Q1 2027)"))
            #expect(text.contains("Q2 2027"))
        }
        let french = PlanMarkdown.write(plan, options: ExportOptions(language: "fr"))
        #expect(french.contains("Plus tard que souhaité") && french.contains("PJF Liège (souhaité\u{A0}: 1er trimestre 2027)"))
        #expect(!french.contains("Later than asked"))
    }
}
