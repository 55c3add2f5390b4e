import Diagnostics
import Foundation
import SafeXML
import Testing

@Suite("Schema validation")
struct XMLSchemaTests {
    let schemaSource = """
    <?xml version="1.0"?>
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns:t="urn:t" elementFormDefault="qualified">
      <xs:element name="list">
        <xs:complexType>
          <xs:choice minOccurs="0" maxOccurs="unbounded">
            <xs:element name="item" type="xs:positiveInteger"/>
          </xs:choice>
        </xs:complexType>
      </xs:element>
    </xs:schema>
    """

    @Test("every schema error is reported with its line and column")
    func collectsEveryError() throws {
        let schema = try XMLSchema(bytes: Array(schemaSource.utf8), name: "list.xsd")
        let xml = "<list xmlns=\"urn:t\">\n  <item>1</item>\n  <item>minus</item>\n  <item>-4</item>\n  <other/>\n</list>\n"
        let document = try XMLDocument.parse(bytes: Array(xml.utf8), name: "list.xml")
        let diagnostics = schema.validate(document)
        #expect(diagnostics.map(\.line) == [3, 4, 5])
        #expect(diagnostics.allSatisfy { $0.column == 3 && $0.file == "list.xml" })
        #expect(diagnostics[0].message.contains("'item'"))
        #expect(!diagnostics[0].message.contains("{urn:t}"))
        let valid = try XMLDocument.parse(bytes: Array("<list xmlns=\"urn:t\"><item>2</item></list>".utf8), name: "ok.xml")
        #expect(schema.validate(valid).isEmpty)
    }

    @Test("a schema importing a remote schema is refused without opening the network")
    func refusesRemoteImport() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("remote-import.xsd"))))
        let error = #expect(throws: InputProblems.self) {
            try XMLSchema(bytes: bytes, name: "remote-import.xsd")
        }
        let first = try #require(error?.diagnostics.first)
        #expect(first.line == 3)
        #expect(first.message.contains("http://schemas.example.org/remote.xsd"))
        #expect(first.message.contains("refused"))
    }

    @Test("a schema including a local file is refused too")
    func refusesLocalInclude() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("local-include.xsd"))))
        #expect(throws: InputProblems.self) {
            try XMLSchema(bytes: bytes, name: "local-include.xsd")
        }
    }
}
