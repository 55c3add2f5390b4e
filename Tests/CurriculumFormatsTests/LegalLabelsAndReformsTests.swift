import CurriculumFormats
import Diagnostics
import Foundation
import Testing
import TrainingModel

@Suite("Legal base: value labels and reforms")
struct LegalLabelsAndReformsTests {
    static let document = """
    <legalBase xmlns="urn:jointtraining:legal:1" id="lb" asOf="2026-02-28">
      <topic id="identification">
        <label xml:lang="en">Who identifies victims</label>
        <provision country="LU" cite="Law of 8 May 2009" value="police-only">
          <valueLabel xml:lang="en">police only</valueLabel>
          <valueLabel xml:lang="fr">uniquement la police</valueLabel>
          <reform asOf="2026-02-28" status="adopted" effective="2026-04-08" xml:lang="en">New code.</reform>
          <reform asOf="2026-02-28" status="adopted" effective="2026-04-08" xml:lang="fr">Nouveau code.</reform>
          <reform asOf="2025-11-18" xml:lang="en">Another bill.</reform>
        </provision>
      </topic>
    </legalBase>
    """

    @Test("valueLabel per language and reforms with their translations, status and effective date are read")
    func reads() throws {
        let decoded = try CurriculumReader.read(bytes: Array(Self.document.utf8), name: "lb.xml").value
        guard case .legalBase(let legal) = decoded else { Issue.record("not a legal base"); return }
        let provision = try #require(legal.topic("identification")?.provision(for: "LU"))
        #expect(provision.valueLabels["fr"] == "uniquement la police" && provision.valueLabels["en"] == "police only")
        #expect(provision.reforms.count == 2)
        #expect(provision.reforms[0].effective == "2026-04-08" && provision.reforms[0].status == "adopted")
        #expect(provision.reforms[0].text(for: "fr") == "Nouveau code." && provision.reforms[0].text(for: "en") == "New code.")
        #expect(provision.reforms[1].status == "pending" && provision.reforms[1].effective == nil)
    }

    @Test("a bad effective date, a bad status and two value labels in one language are reported with their lines")
    func rejects() {
        let bad = Self.document
            .replacingOccurrences(of: "effective=\"2026-04-08\" xml:lang=\"fr\"", with: "effective=\"8 April 2026\" xml:lang=\"fr\"")
            .replacingOccurrences(of: "<reform asOf=\"2025-11-18\"", with: "<reform asOf=\"2025-11-18\" status=\"voted\"")
        let error = #expect(throws: InputProblems.self) {
            try CurriculumReader.read(bytes: Array(bad.utf8), name: "lb.xml")
        }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.contains { $0.hasPrefix("lb.xml:8:") && $0.contains("effective") })
        #expect(messages.contains { $0.hasPrefix("lb.xml:9:") && $0.contains("voted") })
        let twice = Self.document.replacingOccurrences(of: "<valueLabel xml:lang=\"fr\">", with: "<valueLabel xml:lang=\"en\">")
        let second = #expect(throws: InputProblems.self) {
            try CurriculumReader.read(bytes: Array(twice.utf8), name: "lb.xml")
        }
        #expect(second?.diagnostics.contains { $0.description.hasPrefix("lb.xml:6:") && $0.description.contains("valueLabel") } == true)
    }

    @Test("every topic and provision of the shipped legal base has its summary, value label and reforms in nl, fr, de and en")
    func shippedLabels() throws {
        let legal = try CurriculumReader.legalBase(file: Fixtures.shipped("Curricula/legal/benelux-thb.xml")).value
        for topic in legal.topics {
            #expect(Set(topic.summaries.languages.map(\.tag)) == ["nl", "fr", "de", "en"], "\(topic.id)")
            for provision in topic.provisions where provision.value != nil {
                #expect(Set(provision.valueLabels.languages.map(\.tag)) == ["nl", "fr", "de", "en"], "\(topic.id) \(provision.country)")
                #expect(Set(provision.summaries.languages.map(\.tag)) == ["nl", "fr", "de", "en"], "\(topic.id) \(provision.country)")
            }
            for provision in topic.provisions {
                for reform in provision.reforms {
                    #expect(Set(reform.texts.languages.map(\.tag)) == ["nl", "fr", "de", "en"], "\(topic.id) \(provision.country)")
                }
            }
        }
        #expect(legal.topics.contains { $0.provisions.contains { $0.reforms.contains { $0.effective == "2026-04-08" } } })
    }
}
