import Diagnostics
import Foundation
import SafeXML
import Testing

@Suite("Safe parsing")
struct XMLDocumentTests {
    @Test("a well-formed document is read through the typed API")
    func readsElementsAttributesAndLanguages() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <root xmlns="urn:test" id="r1">
          <title xml:lang="fr">  Traite des
             êtres humains </title>
          <title xml:lang="nl">Mensenhandel</title>
          <other/>
        </root>
        """
        let document = try XMLDocument.parse(bytes: Array(xml.utf8), name: "memory.xml")
        let root = document.root
        #expect(root.name == "root")
        #expect(root.namespaceURI == "urn:test")
        #expect(root.attribute("id") == "r1")
        #expect(root.attribute("missing") == nil)
        let titles = root.children(named: "title")
        #expect(titles.map(\.language) == ["fr", "nl"])
        #expect(titles[0].normalizedText == "Traite des êtres humains")
        #expect(titles[1].line == 5)
        #expect(titles[1].column == 3)
        #expect(root.children.map(\.name) == ["title", "title", "other"])
        #expect(root.children(inNamespace: "urn:test").count == 3)
        #expect(root.children(inNamespace: "urn:other").isEmpty)
    }

    @Test("attributes and texts read the same whether stored as one text node or several")
    func readsReferencesCommentsAndNamespacedAttributes() throws {
        let xml = """
        <root xmlns="urn:test" xmlns:x="urn:x" a="A &amp; B &#233;t&#xE9;" x:a="other" empty="">
          <t xml:lang="fr" x:lang="no">caf&#233; <!-- a comment --> &amp;  <![CDATA[<crème>]]> brûlée</t>
          <u>   </u>
          <v/>
        </root>
        """
        let root = try XMLDocument.parse(bytes: Array(xml.utf8), name: "memory.xml").root
        #expect(root.attribute("a") == "A & B été")
        #expect(root.attribute("a", namespace: "urn:x") == "other")
        #expect(root.attribute("a", namespace: "urn:y") == nil)
        #expect(root.attribute("empty") == "")
        let texts = root.children
        #expect(texts[0].language == "fr")
        #expect(texts[0].attribute("lang", namespace: "urn:x") == "no")
        #expect(texts[0].normalizedText == "café & <crème> brûlée")
        #expect(texts[1].normalizedText == "")
        #expect(texts[2].normalizedText == "" && texts[2].text == "")
    }

    @Test("an external entity reading /etc/passwd is refused and nothing leaks")
    func refusesExternalEntities() throws {
        let error = #expect(throws: InputProblems.self) {
            try XMLDocument.parse(file: Fixtures.path("xxe.xml"))
        }
        let text = error?.description ?? ""
        #expect(text.contains("DOCTYPE"))
        #expect(text.contains("xxe.xml:2:1:"))
        #expect(!text.contains("root:"))
    }

    @Test("a billion-laughs document is refused before anything expands")
    func refusesBillionLaughs() throws {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: InputProblems.self) {
                try XMLDocument.parse(file: Fixtures.path("billion-laughs.xml"))
            }
        }
        #expect(elapsed < .seconds(1))
    }

    @Test("XInclude is refused rather than silently ignored")
    func refusesXInclude() throws {
        let error = #expect(throws: InputProblems.self) {
            try XMLDocument.parse(file: Fixtures.path("xinclude.xml"))
        }
        #expect(error?.diagnostics.first?.message.contains("XInclude") == true)
        #expect(error?.diagnostics.first?.line == 3)
    }

    @Test("a malformed file reports its line and column")
    func reportsLineAndColumnOfMalformedXML() throws {
        let error = #expect(throws: InputProblems.self) {
            try XMLDocument.parse(file: Fixtures.path("malformed.xml"))
        }
        let first = try #require(error?.diagnostics.first)
        #expect(first.file.hasSuffix("malformed.xml"))
        #expect(first.line == 4)
        #expect(first.column > 1)
        #expect(first.description.contains("malformed.xml:4:"))
    }

    @Test("a missing file is named in the message")
    func reportsMissingFile() {
        let error = #expect(throws: InputProblems.self) {
            try XMLDocument.parse(file: "/nonexistent/catalogue.xml")
        }
        #expect(error?.description == "/nonexistent/catalogue.xml:1:1: no such file")
    }

    @Test("XPath selects namespaced elements")
    func selectsWithXPath() throws {
        let xml = #"<c xmlns="urn:c"><m id="a"/><m id="b"><m id="c"/></m></c>"#
        let document = try XMLDocument.parse(bytes: Array(xml.utf8), name: "x.xml")
        let found = try document.select("//c:m[@id != 'a']", namespaces: ["c": "urn:c"])
        #expect(found.compactMap { $0.attribute("id") } == ["b", "c"])
        #expect(throws: InputProblems.self) { try document.select("//[") }
    }
}
