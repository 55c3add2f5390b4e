import SafeXML
import Testing

@Suite("Writing XML")
struct XMLWriterTests {
    @Test("the writer escapes text and attributes, and its output parses back")
    func writesEscapedDocuments() throws {
        let writer = XMLWriter()
        writer.element("root", [("xmlns", "urn:w"), ("note", "a \"quoted\" <value> & more"), ("skipped", nil)]) {
            writer.element("title", [("xml:lang", "fr")], text: "L'enquête & <la> traite")
            writer.start("empty")
            writer.end()
        }
        let output = writer.finish()
        #expect(output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(!output.contains("skipped"))
        let document = try XMLDocument.parse(bytes: Array(output.utf8), name: "written.xml")
        #expect(document.root.attribute("note") == "a \"quoted\" <value> & more")
        let title = try #require(document.root.children(named: "title").first)
        #expect(title.text == "L'enquête & <la> traite")
        #expect(title.language == "fr")
    }

    @Test("characters XML cannot hold (ESC, BEL, NUL) are written as U+FFFD, and the output parses back")
    func writesOnlyCharactersXMLAllows() throws {
        let writer = XMLWriter()
        writer.element("root", [("need", "N\u{1B}[31m1\u{0}x")]) {
            writer.element("text", text: "red\u{1B}[31m bell\u{07} tab\tline\nend\u{FFFF}")
            writer.comment("a -- comment\u{1B}")
        }
        let output = writer.finish()
        let document = try XMLDocument.parse(bytes: Array(output.utf8), name: "written.xml")
        #expect(document.root.attribute("need") == "N\u{FFFD}[31m1\u{FFFD}x")
        #expect(document.root.children(named: "text").first?.text == "red\u{FFFD}[31m bell\u{FFFD} tab\tline\nend\u{FFFD}")
    }
}
