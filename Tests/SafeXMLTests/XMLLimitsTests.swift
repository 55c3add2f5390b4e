import Diagnostics
import Foundation
import SafeXML
import Testing

/// Documents beyond the limits are refused before libxml2 reads them, with their place.
@Suite("Limits on a document's shape")
struct XMLLimitsTests {
    private func refusal(_ xml: String, limits: XMLLimits = .standard) -> Diagnostic? {
        do {
            _ = try XMLDocument.parse(bytes: Array(xml.utf8), name: "upload.xml", limits: limits)
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    @Test("200,000 attributes on one element (2.3 MB) are refused at the element, naming it")
    func manyAttributes() throws {
        let attributes = (0..<200_000).map { "a\($0)=\"\($0 % 10)\"" }.joined(separator: " ")
        let xml = "<?xml version=\"1.0\"?>\n<catalogue xmlns=\"urn:jointtraining:catalogue:1\">\n  <module \(attributes)/>\n</catalogue>\n"
        #expect(xml.utf8.count > 2_200_000)
        let problem = try #require(refusal(xml))
        #expect(problem.description == "upload.xml:3:3: <module> has more than 64 attributes, more than any element of the format needs; the document is refused without being read")
    }

    @Test("64 attributes, namespace declarations included, are accepted; the 65th is refused")
    func attributeBoundary() throws {
        let declarations = (0..<4).map { "xmlns:n\($0)=\"urn:n\($0)\"" }.joined(separator: " ")
        let sixty = (0..<60).map { "a\($0)='\($0)'" }.joined(separator: " ")
        #expect(refusal("<r \(declarations) \(sixty)/>") == nil)
        #expect(refusal("<r \(declarations) \(sixty) extra=\"x\"/>")?.message.hasPrefix("<r> has more than 64 attributes") == true)
    }

    @Test("elements, depth and text size have their limits, each refused where it is exceeded")
    func otherLimits() throws {
        let small = XMLLimits(attributesPerElement: 4, elements: 10, depth: 3, textBytes: 20)
        #expect(refusal("<r><a/><b>short text</b></r>", limits: small) == nil)
        let elements = try #require(refusal("<r>\n" + String(repeating: "<e/>", count: 10) + "\n</r>", limits: small))
        #expect(elements.line == 2 && elements.column == 37)
        #expect(elements.message.hasPrefix("the document has more than 10 elements"))
        let deep = try #require(refusal("<a><b><c>\n  <d/></c></b></a>", limits: small))
        #expect(deep.line == 2 && deep.column == 3 && deep.message.hasPrefix("<d> is nested more than 3 elements deep"))
        #expect(refusal("<r>\(String(repeating: "x", count: 21))</r>", limits: small)?.message.hasPrefix("a text of 21 bytes") == true)
        #expect(refusal("<r><![CDATA[\(String(repeating: "x", count: 21))]]></r>", limits: small)?.message.hasPrefix("a CDATA section of 21 bytes") == true)
        #expect(refusal("<r a='\(String(repeating: "x", count: 21))'/>", limits: small)?.message.hasPrefix("an attribute value of 21 bytes") == true)
    }

    @Test("markup inside comments, CDATA, processing instructions and attribute values is not counted")
    func notMarkup() {
        let small = XMLLimits(attributesPerElement: 2, elements: 3, depth: 2, textBytes: 1_000)
        let xml = """
        <?xml version="1.0"?>
        <?style a="1" b="2" c="3"?>
        <r a="/> b='1' c='2' d='3'" b='>'><!-- <e/><e/><e/> --><c><![CDATA[<e/><e/><e/>]]></c><d/></r>
        """
        #expect(refusal(xml, limits: small) == nil)
    }

    @Test("a malformed or DOCTYPE document is left to the parser, which refuses it with its own message")
    func leftToTheParser() {
        #expect(refusal("<r a=1/>")?.message.contains("the document is refused without being read") == false)
        #expect(refusal("<!DOCTYPE r [<!ENTITY e \"x\">]><r/>")?.message.contains("DOCTYPE") == true)
    }

    @Test("the shipped files are far within the limits")
    func shippedFiles() throws {
        for file in ["Curricula/catalogues/cepol-thb-2027.xml", "Curricula/thesaurus/thb-topics.xml", "Curricula/legal/benelux-thb.xml", "Surveys/thb-needs-2027.survey.xml"] {
            _ = try XMLDocument.parse(file: Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(file).path)
        }
    }
}
