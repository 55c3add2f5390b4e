import SafeXML
import Testing

@Suite("Escaping markup text")
struct MarkupTextTests {
    @Test("what a respondent typed cannot open a tag or close an attribute, and parses back as typed")
    func escapesMarkup() throws {
        let typed = "<script>alert('x')</script> & \"quotes\"\u{0007}"
        let escaped = MarkupText.escape(typed)
        #expect(escaped == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
        let document = try XMLDocument.parse(bytes: Array("<p title=\"\(escaped)\">\(escaped)</p>".utf8), name: "p.xml")
        #expect(document.root.text == "<script>alert('x')</script> & \"quotes\"")
        #expect(document.root.attribute("title") == document.root.text)
    }
}
