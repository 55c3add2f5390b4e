import CurriculumExport
import Planning
import Testing
import TrainingModel

@Suite("plan.md and the text report")
struct PlanDocumentTests {
    @Test("Markdown lists every session and unmet need, with table cells escaped")
    func markdown() {
        let markdown = PlanMarkdown.write(Sample.plan, options: Sample.options)
        #expect(markdown.hasPrefix("# Proposed joint courses\n"))
        for session in Sample.plan.sessions { #expect(markdown.contains("### \(session.id) ·")) }
        #expect(markdown.contains("Politie \\| Rotterdam"))
        #expect(!markdown.contains("Politie | Rotterdam"))
        #expect(markdown.contains("Proposed handling: Comparative-law segment"))
        #expect(markdown.contains("## Needs left out (\(Sample.plan.unmet.count))"))
    }

    @Test("the text report shows courses, flags with each country's provision, and reasons")
    func text() {
        let text = PlanText.write(Sample.plan, options: Sample.options)
        #expect(text.contains("Proposed joint courses"))
        #expect(text.contains("C1  THB-FIN session 1") || text.contains("C1 THB-FIN session 1"))
        #expect(text.contains("BE  45 day — Aliens Act art. 61/2") || text.contains("BE 45 day — Aliens Act art. 61/2"))
        #expect(text.contains("NL  separate-ontneming (not verified)") || text.contains("NL separate-ontneming (not verified)"))
        for unmet in Sample.plan.unmet { #expect(text.contains(unmet.need.id)) }
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 || !$0.contains(" ") })
    }
}

