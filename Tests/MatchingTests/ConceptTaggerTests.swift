import Testing
import TextAnalysis
@testable import Matching
import TrainingModel

@Suite("concept phrases")
struct ConceptTaggerTests {
    let storage = SmallCatalogue.index.storage

    func concepts(_ text: String, _ language: AnalysisLanguage) -> [String] {
        storage.tagger.tag(storage.analyzer.analyze(text, language: language)).map { storage.graph.concepts[$0.concept].id }
    }

    @Test("labels are found in every language, inflected", arguments: [
        ("Wij zoeken een cursus over financiële onderzoeken", AnalysisLanguage.dutch),
        ("une formation sur les enquêtes financières", .french),
        ("Schulung zu Finanzermittlungen", .german),
        ("training on financial investigations", .english),
    ])
    func findsAcrossLanguages(text: String, language: AnalysisLanguage) {
        #expect(concepts(text, language) == ["financial-investigation"])
    }

    @Test("an altLabel counts as its concept, and the quote gives the need's own words")
    func altLabels() {
        let hits = storage.tagger.tag(storage.analyzer.analyze("Het volgen van geldstromen lukt nog niet.", language: .dutch))
        #expect(hits.map { storage.graph.concepts[$0.concept].id } == ["financial-investigation"])
        #expect(hits.first?.quote == "geldstromen")
    }

    @Test("the longest phrase wins over the shorter one inside it")
    func longestFirst() {
        #expect(concepts("financial investigation", .english) == ["financial-investigation"])
        #expect(concepts("an investigation", .english) == ["investigation"])
    }

    @Test("phrases do not run across punctuation")
    func punctuation() {
        #expect(concepts("financial. Investigation", .english) == ["investigation"])
    }

    @Test("names are found word for word in a text of another language")
    func literalAcrossLanguages() {
        #expect(concepts("Samenwerken via Eurojust", .dutch) == ["judicial-cooperation"])
    }

    @Test("an acronym written in capitals is found in a text of any language; the same letters in lower case are not", arguments: [
        ("TEH opleiding voor wijkagenten", AnalysisLanguage.dutch),
        ("formation THB pour les nouveaux", .french),
        ("TEH-Grundlagen für neue Inspektoren", .german),
    ])
    func acronymsAcrossLanguages(text: String, language: AnalysisLanguage) {
        #expect(concepts(text, language) == ["thb"])
        #expect(concepts(text.lowercased(), language) == [])
    }

    @Test("compounds of known words reach the concept through their parts")
    func compounds() {
        // Both parts are labels of the small thesaurus, the compound is not.
        #expect(Set(concepts("Cursus mensenhandelopsporing", .dutch)) == ["thb", "investigation"])
    }

    @Test("inside a phrase, a compound is read by its head: its modifiers may be passed over")
    func compoundHeadInPhrase() {
        // "Vernehmung von Opfern" is a label; "Menschenhandelsopfern" are victims of a kind.
        #expect(concepts("Vernehmung von Menschenhandelsopfern", .german).contains("victim-interviewing"))
        // Not across a word that is no compound's modifier.
        #expect(!concepts("Vernehmung von Zeugen und Opfern", .german).contains("victim-interviewing"))
    }
}
