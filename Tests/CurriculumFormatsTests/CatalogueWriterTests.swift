import CurriculumFormats
import Diagnostics
import Foundation
import Testing
import TrainingModel

@Suite("Writing catalogues")
struct CatalogueWriterTests {
    @Test("reading, writing and reading the shipped catalogues gives equal values")
    func roundTrips() throws {
        for name in ["cepol-thb-2027.xml", "igo-ifj-2027.xml"] {
            let original = try CurriculumReader.catalogue(file: Fixtures.shipped("Curricula/catalogues/\(name)")).value
            let written = CatalogueWriter.write(original)
            let reread = try CurriculumReader.read(bytes: Array(written.utf8), name: "written-\(name)")
            #expect(reread.value == .catalogue(original))
        }
    }

    @Test("a hand-built catalogue with hours, withdrawn modules and no places round-trips")
    func roundTripsEdgeCases() throws {
        let module = TrainingModule(
            id: "X-1", status: .withdrawn,
            titles: LocalizedText([LocalizedString("nl", "Signalen & \"indicatoren\" <herkennen>")]),
            audiences: [.police, .customs], duration: .init(2.5, .hour),
            modes: [.webinar], languages: ["nl", "de"],
            outcomes: [LocalizedString("nl", "Eén"), LocalizedString("nl", "Twee")]
        )
        let catalogue = Catalogue(id: "hand", provider: "Academy", year: 2028, modules: [module])
        let reread = try CurriculumReader.read(bytes: Array(CatalogueWriter.write(catalogue).utf8), name: "hand.xml")
        #expect(reread.value == .catalogue(catalogue))
    }
}
