import CurriculumExport
import Planning
import SafeXML
import Testing

@Suite("curriculum.xml")
struct CurriculumXMLTests {
    @Test("the export validates against Curricula/schema/curriculum.xsd")
    func validates() throws {
        let xml = CurriculumXML.write(Sample.plan, options: Sample.options)
        #expect(CurriculumSchema.validate(xml) == [])
        let document = try XMLDocument.parse(bytes: Array(xml.utf8), name: "curriculum.xml")
        #expect(document.root.name == "curriculum")
        #expect(document.root.namespaceURI == "urn:jointtraining:curriculum:1")
        let sessions = document.root.children(named: "module").flatMap { $0.children(named: "session") }
        #expect(sessions.map { $0.attribute("id") ?? "" } == Sample.plan.sessions.map(\.id))
        #expect(document.root.children(named: "unmet").count == Sample.plan.unmet.count)
    }

    @Test("sessions carry their placements, flags with every country's provision and a handling")
    func content() throws {
        let xml = CurriculumXML.write(Sample.plan, options: Sample.options)
        let document = try XMLDocument.parse(bytes: Array(xml.utf8), name: "curriculum.xml")
        let sessions = document.root.children(named: "module").flatMap { $0.children(named: "session") }
        let flagged = sessions.flatMap { $0.children(named: "legalFlag") }
        #expect(!flagged.isEmpty)
        for flag in flagged where flag.attribute("status") == "differs" {
            #expect(flag.children(named: "provision").count >= 2)
            #expect(flag.children(named: "handling").first?.text.contains("Comparative-law segment") == true)
        }
        let services = sessions.flatMap { $0.children(named: "placement") }.compactMap { $0.attribute("service") }
        #expect(services.contains(Sample.tricky))
        #expect(sessions.first?.attribute("start") == "2027-01-11")
    }

    @Test("the schema rejects a document that breaks it")
    func schemaCanFail() {
        let xml = CurriculumXML.write(Sample.plan, options: Sample.options)
        let broken = xml.replacingOccurrences(of: "participants=\"", with: "people=\"")
        #expect(!CurriculumSchema.validate(broken).isEmpty)
        #expect(!CurriculumSchema.validate("<curriculum xmlns=\"urn:jointtraining:curriculum:1\"/>").isEmpty)
    }
}

import Foundation
