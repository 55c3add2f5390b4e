import Testing
import TrainingModel
@testable import Matching

/// The two decisions of a match: is the need answered at all (the strict reading), and which
/// modules in which order.
@Suite("answered or a gap")
struct AnsweredOrGapTests {
    typealias F = SemanticFixture

    /// Meaning that singles out no module.
    let flat = [Float](repeating: 1 / Float(SemanticFixture.dimension).squareRoot(), count: SemanticFixture.dimension)

    @Test("a need its concepts name only a sliver of, which meaning does not back, is a gap")
    func sliverIsAGap() {
        // "financial investigation" is a concept FIN teaches; the rest of the need, in the
        // catalogue's own language, is about something no module teaches.
        let sliver = SmallCatalogue.need("G1", "Asbestos removal, scaffolding safety, fall protection harnesses and dust masks on demolition sites, for our financial investigation unit.",
                                         language: "en")
        let whole = SmallCatalogue.need("G2", "Financial investigation in trafficking cases.", language: "en")
        #expect(F.index.matches(for: sliver, vector: flat).isEmpty)
        #expect(F.index.matches(for: whole, vector: flat).first?.moduleID == "FIN")
        // Without a model the concepts are the only witness, and they are heard in full.
        #expect(SmallCatalogue.index.matches(for: sliver).first?.moduleID == "FIN")
    }

    @Test("a gap still names the module that came closest; an answered need's closest is its first match; a need nothing comes near has none")
    func closestToAGap() {
        // No module is open to border guards: the topic is taught, but not for them.
        let borderGuards = SmallCatalogue.need("G7", "Financial investigation in trafficking cases.", kind: .borderGuard, language: "en")
        let police = SmallCatalogue.need("G2", "Financial investigation in trafficking cases.", language: "en")
        let nothing = SmallCatalogue.need("G6", "Zumba und Yoga für die Mittagspause.", language: "de")
        let needs = [borderGuards, police, nothing]
        let index = SmallCatalogue.index
        #expect(index.matches(for: needs).map(\.isEmpty) == [true, false, true])
        let closest = index.closest(for: needs)
        #expect(closest.map { $0?.moduleID } == ["FIN", "FIN", nil])
        #expect((closest[0]?.score ?? 1) < (closest[1]?.score ?? 0))
        #expect(closest[0]?.reasonTexts(in: "en").contains { $0.hasPrefix("audience border") && $0.hasSuffix(": no") } == true, "\(closest[0]?.reasonTexts(in: "en") ?? [])")
    }

    @Test("words in a language no module is written in do not count against the concepts")
    func foreignWordsAreSilent() {
        // No module has a Dutch text: the need's other words cannot meet any module's words,
        // so the concept they surround speaks for the need.
        let need = SmallCatalogue.need("G3", "Opleiding financieel onderzoek voor onze rechercheurs bij de fiscale inlichtingendienst, met aandacht voor boekhoudkundige analyse.",
                                       language: "nl")
        #expect(F.index.matches(for: need, vector: flat).first?.moduleID == "FIN")
    }

    @Test("strong evidence is compressed towards 1, never cut: two strong modules keep their order")
    func saturation() {
        #expect(Scorer.saturated(0.5) == 0.5)
        #expect(Scorer.saturated(MatchWeights.saturationKnee) == MatchWeights.saturationKnee)
        let strong = Scorer.saturated(1.2), stronger = Scorer.saturated(1.6)
        #expect(strong < stronger && stronger < 1)
        #expect(strong > MatchWeights.saturationKnee)
    }

    @Test("a misspelt concept word still finds its concept")
    func misspeltConcept() throws {
        let typed = SmallCatalogue.need("G4", "Verhoren van slachtofers", language: "nl")
        let first = try #require(SmallCatalogue.index.matches(for: typed).first)
        #expect(first.moduleID == "INT")
        #expect(first.reasonTexts(in: "en").contains { $0.hasPrefix("concept 'interviewing victims' found via 'Verhoren van slachtofers'") })
    }

    @Test("the words asking for training are no part of what the concepts must cover")
    func requestWords() {
        let asking = SmallCatalogue.need("G5", "Training course for our staff and colleagues: financial investigation, please.", language: "en")
        #expect(F.index.matches(for: asking, vector: flat).first?.moduleID == "FIN")
    }

    @Test("a survey topic is the concept the respondent chose: the text beside it does not make it a gap")
    func topicWithText() {
        let need = SmallCatalogue.need("G6", "Asbestos removal, scaffolding safety, fall protection harnesses and dust masks on demolition sites.",
                                       language: "en", topic: "financial-investigation")
        #expect(F.index.matches(for: need, vector: flat).first?.moduleID == "FIN")
    }

    @Test("a need whose only module is closed to its service is a gap; for that service it is answered")
    func closedToTheService() throws {
        // Asset recovery (ARC) is for prosecutors and judges only.
        let inspectors = SmallCatalogue.need("G7", "Asset recovery: seizing what the employers earned.", kind: .labourInspection, language: "en")
        let prosecutors = SmallCatalogue.need("G8", "Asset recovery: seizing what the employers earned.", kind: .prosecution, language: "en")
        #expect(SmallCatalogue.index.matches(for: inspectors).isEmpty)
        #expect(F.index.matches(for: inspectors, vector: flat).isEmpty)
        #expect(try #require(SmallCatalogue.index.matches(for: prosecutors).first).moduleID == "ARC")
    }

    @Test("a need whose staff follow only languages its module is not given in is a gap, unless it named none")
    func otherLanguage() {
        // Interviewing victims (INT) is given in English and German.
        let dutchOnly = SmallCatalogue.need("G9", "Verhoren van slachtoffers", language: "nl", languages: ["nl"])
        let alsoEnglish = SmallCatalogue.need("G10", "Verhoren van slachtoffers", language: "nl", languages: ["nl", "en"])
        let unsaid = SmallCatalogue.need("G11", "Verhoren van slachtoffers", language: "nl")
        #expect(SmallCatalogue.index.matches(for: dutchOnly).isEmpty)
        #expect(SmallCatalogue.index.matches(for: alsoEnglish).first?.moduleID == "INT")
        // No languages named: its own is only presumed, and INT is listed with the language missed.
        let presumed = SmallCatalogue.index.matches(for: unsaid)
        #expect(presumed.first?.moduleID == "INT")
        #expect(presumed.first?.reasonTexts(in: "en").contains("offered in Dutch: no") == true)
    }

    @Test("the language a need wants its training in is no part of its topic")
    func instructionLanguage() {
        #expect(InstructionLanguage.removed(from: "Maintien de l'ordre : formation en français pour les pelotons.")
            .split(separator: " ").joined(separator: " ") == "Maintien de l'ordre : formation pour les pelotons.")
        #expect(!InstructionLanguage.removed(from: "Einsatztraining für Grossveranstaltungen, nur auf Deutsch").contains("Deutsch"))
        #expect(!InstructionLanguage.removed(from: "Training graag in het Nederlands.").contains("Nederlands"))
        #expect(!InstructionLanguage.removed(from: "Nederlandstalige opleiding crowd control").lowercased().contains("nederlands"))
        #expect(!InstructionLanguage.removed(from: "A course in English only, please").contains("English"))
        // A language said to be acceptable, or a choice between languages.
        for text in ["Organhandel? Kurze Fortbildung, Englisch geht.", "Planspiel zur Arbeitsausbeutung, Englisch ok",
                     "Engels is geen probleem voor ons", "Formation courte, anglais possible", "Dutch preferred, English is fine",
                     "Erkennen möglicher Opfer, Deutsch oder Französisch", "controle in de horeca, Nederlands of Frans is ok",
                     "formation en français ou en anglais", "Cours de base sur la traite pour la police locale, en français",
                     "Travail forcé (en néerlandais) pour nos contrôleurs",
                     "Comment intervenir au domicile ? En français.", "Police de proximité. Le néerlandais va aussi.",
                     "Engels kan ook", "English is also fine"] {
            let kept = InstructionLanguage.removed(from: text).lowercased()
            #expect(!["englisch", "engels", "anglais", "english", "dutch", "deutsch", "französisch", "nederlands", "frans", "français"]
                .contains { kept.contains($0) }, "\(text) → \(kept)")
        }
        // A language asked for as the topic stays, and so does a country's law.
        #expect(InstructionLanguage.removed(from: "Perfectionnement en allemand pour nos policiers") == "Perfectionnement en allemand pour nos policiers")
        #expect(InstructionLanguage.removed(from: "Cours de langue, en allemand juridique") == "Cours de langue, en allemand juridique")
        #expect(InstructionLanguage.removed(from: "Forced labour in Dutch law and in Belgian law") == "Forced labour in Dutch law and in Belgian law")
        #expect(InstructionLanguage.removed(from: "Englisch für Polizisten") == "Englisch für Polizisten")
        #expect(InstructionLanguage.removed(from: "Dutch and Luxembourg case law on forced labour") == "Dutch and Luxembourg case law on forced labour")
        #expect(InstructionLanguage.removed(from: "Anglais professionnel policier pour la coopération") == "Anglais professionnel policier pour la coopération")
    }
}
