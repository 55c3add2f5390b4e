import CurriculumFormats
import Diagnostics
import Foundation
import Testing
import TrainingModel

@Suite("Shipped curricula")
struct ShippedDataTests {
    @Test("every shipped catalogue, thesaurus and legal base validates, references included")
    func everyShippedFileValidates() {
        let files = Fixtures.shippedCurriculumFiles
        #expect(files.count >= 4)
        let reports = CurriculumValidator.validate(files: files)
        for report in reports {
            #expect(report.errors.isEmpty, "\(report.file): \(report.errors.map(\.description).joined(separator: "\n"))")
        }
        #expect(Set(reports.compactMap(\.kind)) == Set(DocumentKind.allCases))
    }

    @Test("the CEPOL-style catalogue is rich enough for planning")
    func cepolCatalogueCoversWhatPlannersNeed() throws {
        let catalogue = try CurriculumReader.catalogue(file: Fixtures.shipped("Curricula/catalogues/cepol-thb-2027.xml")).value
        #expect(catalogue.modules.count >= 30)
        let audiences = Set(catalogue.modules.flatMap(\.audiences))
        #expect(audiences.isSuperset(of: [.police, .prosecution, .labourInspection]))
        #expect(Set(catalogue.modules.flatMap(\.modes)) == Set(DeliveryMode.allCases))
        #expect(Set(catalogue.modules.compactMap(\.level?.eqf)).isSuperset(of: [3, 4, 5, 6, 7]))
        #expect(catalogue.modules.allSatisfy { !$0.outcomes.isEmpty })
        #expect(catalogue.modules.contains { $0.status == .withdrawn })
    }

    @Test("the thesaurus labels every concept in the four survey languages")
    func thesaurusIsMultilingual() throws {
        let thesaurus = try CurriculumReader.thesaurus(file: Fixtures.shipped("Curricula/thesaurus/thb-topics.xml")).value
        #expect(thesaurus.concepts.count >= 40)
        for concept in thesaurus.concepts {
            #expect(Set(concept.labels.languages).isSuperset(of: LanguageCode.surveyLanguages), "\(concept.id)")
        }
        #expect(thesaurus.concepts.contains { !$0.legalTopics.isEmpty })
    }

    @Test("the legal base cites and sources every provision of BE, NL and LU")
    func legalBaseIsSourced() throws {
        let legalBase = try CurriculumReader.legalBase(file: Fixtures.shipped("Curricula/legal/benelux-thb.xml")).value
        #expect(legalBase.topics.count >= 10)
        let reflection = try #require(legalBase.topic("reflection-period"))
        #expect(reflection.provision(for: .belgium)?.value == "45")
        #expect(reflection.provision(for: .netherlands)?.unit == "month")
        for topic in legalBase.topics {
            for provision in topic.provisions {
                #expect(!provision.cite.isEmpty && !provision.sources.isEmpty, "\(topic.id) \(provision.country)")
            }
        }
        #expect(legalBase.topics.contains { $0.provisions.contains { !$0.reforms.isEmpty } })
    }
}
