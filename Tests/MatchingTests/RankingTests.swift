import Testing
import TrainingModel
@testable import Matching

@Suite("ranking")
struct RankingTests {
    let index = SmallCatalogue.index
    typealias C = SmallCatalogue

    @Test("the right module comes first for needs written in any of the four languages", arguments: [
        ("N1", "Onze inspecteurs herkennen signalen van arbeidsuitbuiting in de schoonmaaksector onvoldoende.", ServiceKind.labourInspection, "LAB"),
        ("N2", "Nos enquêteurs doivent mieux suivre l'argent des réseaux : enquête financière, comptes bancaires.", .police, "FIN"),
        ("N3", "Die Vernehmung von Opfern, die traumatisiert sind, fällt unseren Beamten schwer.", .police, "INT"),
        ("N4", "Prosecutors want to learn how to confiscate criminal assets: asset recovery across borders.", .prosecution, "ARC"),
        ("N5", "Onze rechercheurs moeten geldstromen van netwerken leren volgen.", .police, "FIN"),
    ])
    func rightModuleFirst(id: String, text: String, kind: ServiceKind, expected: String) {
        let matches = index.matches(for: C.need(id, text, kind: kind))
        #expect(matches.first?.moduleID == expected, "\(matches.map { ($0.moduleID, $0.score) })")
    }

    @Test("a module without topic refs gains its concepts from its title and outcomes")
    func conceptsFromText() throws {
        let match = try #require(index.matches(for: C.need("N", "economische uitbuiting herkennen", kind: .labourInspection, language: "nl")).first)
        #expect(match.moduleID == "LAB")
        #expect(match.reasons.contains { if case .concept(let evidence) = $0 { evidence.conceptID == "labour-exploitation" && evidence.relation == .same } else { false } })
    }

    @Test("a survey topic counts as a concept found; a related concept alone does not make a match")
    func topicNeeds() {
        let matches = index.matches(for: C.need("T", nil, kind: .prosecution, topic: "financial-investigation", languages: ["fr"]))
        #expect(matches.first?.moduleID == "FIN")
        // Asset recovery is only related to financial investigation in the thesaurus: for a
        // prosecutor's French topic need it fits on audience and language, yet is no answer.
        #expect(!matches.contains { $0.moduleID == "ARC" })
    }

    @Test("withdrawn modules are never listed, even for their own words")
    func withdrawn() {
        let matches = index.matches(for: C.need("W", "Financial investigation for beginners: tracing payments and bank accounts", kind: .police))
        #expect(!matches.isEmpty)
        #expect(!matches.contains { $0.moduleID == "OLD" })
        #expect(!index.modules.contains { $0.id == "OLD" })
    }

    @Test("scores lie in [0, 1], best first, at or above the threshold, at most top")
    func scoresOrdered() {
        let need = C.need("S", "financial investigation and asset recovery in trafficking cases", kind: .prosecution)
        let all = index.matches(for: need)
        #expect(all.count >= 2)
        #expect(all.allSatisfy { $0.score >= MatchIndex.threshold && $0.score <= 1 })
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(index.matches(for: need, top: 1).map(\.moduleID) == [all[0].moduleID])
    }

    @Test("many needs at once give the same answers as one by one")
    func batchEqualsSingle() {
        let needs = (0..<40).map { number in
            C.need("B\(number)", ["geldstromen volgen", "labour exploitation at work", "Opfervernehmung", "confiscation des avoirs", "nothing to do with it"][number % 5],
                   kind: ServiceKind.allCases[number % ServiceKind.allCases.count])
        }
        #expect(index.matches(for: needs, top: 3) == needs.map { index.matches(for: $0, top: 3) })
    }

    @Test("without a thesaurus, shared words still match")
    func withoutThesaurus() {
        let plain = MatchIndex(modules: C.modules, thesaurus: nil)
        let matches = plain.matches(for: C.need("P", "interviewing victims without harming them, with an interpreter"))
        #expect(matches.first?.moduleID == "INT")
    }

    @Test("with words as the only witness, the matcher lists as a search does, and a gap is a need sharing no word")
    func wordsOnlyIsASearch() throws {
        let plain = MatchIndex(modules: C.modules, thesaurus: nil)
        // One specific word in common out of many the catalogue's language has: below the
        // threshold, listed all the same, because words alone cannot tell another wording from
        // a gap.
        let worded = C.need("W1", "How do our detectives plan an interview with a child witness found on a fishing boat at dawn?", language: "en")
        let first = try #require(plain.matches(for: worded).first)
        #expect(first.moduleID == "INT")
        #expect(first.score < MatchIndex.threshold)
        #expect(plain.matches(for: C.need("W2", "Drohnen über dem Hafen", language: "de")).isEmpty)
        // With a thesaurus, the threshold holds again.
        #expect(index.matches(for: worded).allSatisfy { $0.score >= MatchIndex.threshold })
    }

    @Test("words no module has count against the modules only in a language they are written in")
    func unknownWordsByLanguage() throws {
        let plain = MatchIndex(modules: C.modules, thesaurus: nil)
        func score(_ text: String, _ language: LanguageCode) throws -> Double {
            try #require(plain.matches(for: C.need("U", text, language: language)).first { $0.moduleID == "INT" }).score
        }
        // No module is written in Dutch: Dutch words no module has say nothing about them.
        #expect(try score("interview met kwetsbare getuigen op vissersboten", "nl") == score("interview", "nl"))
        // The modules are written in English: what an English need says and they do not counts.
        #expect(try score("interview with vulnerable witnesses on fishing boats", "en") < score("interview", "en"))
    }

    @Test("a stop word a hyphen joins to a word is no term of the need")
    func hyphenatedStopWords() {
        let profile = NeedProfile(need: C.need("H", "Des cuisiniers logés au-dessus du restaurant : est-ce de la traite ?", language: "fr"),
                                  index: index.storage)
        #expect(!profile.terms.contains { ["au", "est", "ce"].contains($0.word) })
        #expect(profile.terms.contains { $0.word == "cuisiniers" })
    }

    @Test("an empty catalogue or an empty need gives empty lists, not a crash")
    func emptyInputs() {
        let empty = MatchIndex(modules: [], thesaurus: C.thesaurus)
        #expect(empty.matches(for: C.need("E", "financial investigation")).isEmpty)
        #expect(index.matches(for: C.need("E", "")).isEmpty)
        #expect(index.matches(for: C.need("E", nil, topic: "no-such-concept")).isEmpty)
    }

    @Test("the language of a need without one is detected")
    func detectsLanguage() {
        #expect(index.language(of: C.need("L", "Wir brauchen eine Schulung über die Vernehmung von Opfern.")) == "de")
        #expect(index.language(of: C.need("L", "x", language: "nl")) == "nl")
    }
}
