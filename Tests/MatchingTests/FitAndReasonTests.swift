import Testing
import TrainingModel
@testable import Matching

@Suite("fit and reasons")
struct FitAndReasonTests {
    let index = SmallCatalogue.index
    typealias C = SmallCatalogue

    func match(_ need: Need, _ module: String) -> ModuleMatch? {
        index.matches(for: need).first { $0.moduleID == module }
    }

    @Test("reasons name the concept, the need's words, the audience and the language")
    func reasonsInEnglish() throws {
        let need = C.need("R", "Onze rechercheurs moeten geldstromen leren volgen.", kind: .police, language: "nl", languages: ["nl", "fr"])
        let texts = try #require(match(need, "FIN")).reasonTexts(in: "en")
        #expect(texts.contains("concept 'financial investigation' found via 'geldstromen'"))
        #expect(texts.contains("audience police: yes"))
        #expect(texts.contains("offered in French: yes"))
    }

    @Test("reasons are worded in the chosen language")
    func reasonsInOtherLanguages() throws {
        let need = C.need("R", "enquête financière", kind: .police, language: "fr")
        let fin = try #require(match(need, "FIN"))
        #expect(fin.reasonTexts(in: "fr").contains("thème « enquête financière » reconnu dans « enquête financière »"))
        #expect(fin.reasonTexts(in: "nl").contains("doelgroep politie: ja"))
        #expect(fin.reasonTexts(in: "de").contains("angeboten auf Französisch: ja"))
    }

    @Test("a module for another audience, in no language the staff follow, scores lower and says so")
    func misfitsCostScore() throws {
        // Labour exploitation (LAB, for inspectors and police, in Dutch) answers the need, so
        // the interviewing module (INT, police only, English and German) is listed beside it
        // as a partial answer.
        let text = "interviewing victims of labour exploitation with trauma"
        let fitting = try #require(match(C.need("A", text, kind: .police, language: "en"), "INT"))
        let misfit = try #require(match(C.need("B", text, kind: .police, language: "en", languages: ["nl"]), "INT"))
        let other = try #require(match(C.need("C", text, kind: .labourInspection, language: "en"), "INT"))
        #expect(fitting.score > misfit.score)
        #expect(fitting.score > other.score)
        #expect(misfit.reasonTexts(in: "en").contains("offered in Dutch: no"))
        #expect(other.reasonTexts(in: "en").contains("audience labour inspection: no"))
    }

    @Test("the level asked is set against the module's EQF level")
    func levels() throws {
        let text = "financial investigation"
        let advanced = try #require(match(C.need("L", text, kind: .police, language: "en", required: 3), "FIN"))
        let basic = try #require(match(C.need("L", text, kind: .police, language: "en", required: 1), "FIN"))
        #expect(advanced.score > basic.score)
        #expect(advanced.reasonTexts(in: "en").contains("level asked advanced, module at EQF 6: fits"))
        #expect(basic.reasonTexts(in: "en").contains("level asked basic, module at EQF 6: higher"))
    }

    @Test("a survey topic is explained as asked for, and partial credit names the module's concept")
    func topicAndRelatedReasons() throws {
        let need = C.need("T", nil, kind: .prosecution, topic: "financial-investigation", languages: ["en"])
        let fin = try #require(match(need, "FIN"))
        #expect(fin.reasonTexts(in: "en").first == "concept 'financial investigation' asked for in the survey")
        let reason = MatchReason.concept(ConceptEvidence(
            conceptID: "financial-investigation", labels: SmallCatalogue.thesaurus.concept("financial-investigation")!.labels,
            via: "geldstromen", relation: .related, moduleConceptID: "asset-recovery",
            moduleLabels: SmallCatalogue.thesaurus.concept("asset-recovery")!.labels))
        #expect(reason.text(in: "en") == "concept 'financial investigation' found via 'geldstromen'; the module teaches the related 'asset recovery'")
        #expect(reason.text(in: "nl") == "thema 'financieel onderzoek' herkend in 'geldstromen'; de module behandelt het verwante 'ontneming'")
    }
}
