import CurriculumExport
import Planning
import SafeXML
import Testing
import TrainingModel

@Suite("plan.html")
struct PlanHTMLTests {
    @Test("one well-formed page (read as XHTML) with every session and unmet need")
    func wellFormed() throws {
        let html = PlanHTML.write(Sample.plan, options: Sample.options)
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        // SafeXML refuses any DOCTYPE; the rest must be well-formed XML on its own.
        let body = String(html.dropFirst("<!DOCTYPE html>\n".count))
        let document = try XMLDocument.parse(bytes: Array(body.utf8), name: "plan.html")
        #expect(document.root.name == "html")
        #expect(document.root.namespaceURI == "http://www.w3.org/1999/xhtml")
        for session in Sample.plan.sessions { #expect(html.contains("id=\"\(session.id)\"")) }
        for unmet in Sample.plan.unmet { #expect(html.contains(">\(unmet.need.id)</td>")) }
    }

    @Test("self-contained: no scripts, external styles, images or links to fetch")
    func selfContained() {
        let html = PlanHTML.write(Sample.plan, options: Sample.options).lowercased()
        for forbidden in ["<script", "<link", "<img", "src=", "href=", "@import", "url("] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("<style>"))
        #expect(html.contains("@media print"))
    }

    @Test("every text is escaped")
    func escaped() {
        let html = PlanHTML.write(Sample.plan, options: Sample.options)
        #expect(html.contains("Parquet &quot;A&quot; &amp; &lt;Co&gt;, Liège; section \\ traite"))
        #expect(!html.contains("<Co>"))
        #expect(html.contains("cases &amp; &lt;tricks&gt;"))
    }
}
