import Testing
@testable import WebApp

/// Every sentence that carries values keeps every value, in every language: the compiler
/// checks that each language has each sentence, this test that none drops a value.
@Suite("coordinator sentences keep their values")
struct CoordinatorSentencesTests {
    /// Each sentence rendered with distinct values, and the values it must show.
    static func rendered(_ s: any CoordinatorSentences) -> [(String, [String])] {
        [
            (s.severalSurveys("S1, S2"), ["S1, S2"]),
            (s.unknownSurvey("Q9", known: "S1"), ["Q9", "S1"]),
            (s.downloadInventory(format: "CSVX"), ["CSVX"]),
            (s.legendStaff("11–19"), ["11–19"]),
            (s.cellTitle(services: 417, meanGap: "1.7", meanPriority: "2.9"), ["417", "1.7", "2.9"]),
            (s.reopenWhose("Svc A"), ["Svc A"]),
            (s.withdrawWhose("Svc B"), ["Svc B"]),
            (s.stateWithdrawn(on: "D-DAY"), ["D-DAY"]),
            (s.reopenWithdrawn(613, on: "D-DAY"), ["613", "D-DAY"]),
            (s.reopenExpired(614, on: "D-DAY"), ["614", "D-DAY"]),
            (s.reopenNotSubmitted(615), ["615"]),
            (s.problemEmail("a@b"), ["a@b"]),
            (s.planIntro(submitted: 321), ["321"]),
            (s.shipped("F1.xml"), ["F1.xml"]),
            (s.uploaded("F2.xml", provider: "PRV", year: 2031, by: "coord1"), ["F2.xml", "PRV", "2031", "coord1"]),
            (s.problemDuplicates("M1, M2"), ["M1, M2"]),
            (s.notCatalogueThesaurus("T.xml"), ["T.xml"]),
            (s.notCatalogueLegalBase("L.xml"), ["L.xml"]),
            (s.catalogueReady("F3.xml", catalogue: "CAT", provider: "PRV", modules: 37), ["F3.xml", "CAT", "PRV", "37"]),
            (s.catalogueWarnings(23), ["23"]),
            (s.runSummary(needs: 113, survey: "SURV", catalogues: "C1, C2", budget: "66"), ["113", "SURV", "C1, C2", "66"]),
            (s.planRunTitle(77), ["77"]),
            (s.madeOn("T-TIME", by: "coord2", from: "SUMMARY"), ["T-TIME", "coord2", "SUMMARY"]),
            (s.sessionsValue(41, multiCountry: 19), ["41", "19"]),
            (s.needsCoveredValue(covered: 94, of: 113, weightShare: "88 %", coveredWeight: 632, totalWeight: 718),
             ["94", "113", "88 %", "632", "718"]),
            (s.ofValue("PART", of: "WHOLE"), ["PART", "WHOLE"]),
            (s.sessionNumber(12), ["12"]),
            (s.languageModeValue(language: "LNG", mode: "MOD", days: 4), ["LNG", "MOD", "4"]),
            (s.participantsValue(57, countries: "BE, NL", kinds: "KINDS"), ["57", "BE, NL", "KINDS"]),
            (s.noProvision(for: "LU"), ["LU"]),
            (s.mailSummary(sent: 31, failed: 32, withoutAddress: 33), ["31", "32", "33"]),
            (s.mailFailed("REASON"), ["REASON"]),
            (s.keptFrom(plan: 88), ["88"]),
            (s.confirmedSaved(9), ["9"]),
            (s.replanKeeps(plan: 89, confirmed: "C-1, C-2"), ["89", "C-1, C-2"]),
            (s.replanNothingConfirmed(plan: 90), ["90"]),
            (s.keptUnreadable(plan: 91), ["91"]),
        ]
    }

    @Test("each sentence shows each of its values", arguments: [CoordinatorText.dutch, .french, .german, .english])
    func keepsValues(text: CoordinatorText) {
        for (sentence, values) in Self.rendered(text.sentences) {
            for value in values {
                #expect(sentence.contains(value), "\(text.language): «\(sentence)» lacks «\(value)»")
            }
        }
    }
}

@Suite("coordinator sentences agree their nouns with the count")
struct CoordinatorPluralTests {
    @Test("one or several, as each language counts")
    func plurals() {
        #expect(CoordinatorText.english.sentences.catalogueWarnings(1) == "1 warning:")
        #expect(CoordinatorText.english.sentences.catalogueWarnings(2) == "2 warnings:")
        #expect(CoordinatorText.dutch.sentences.catalogueWarnings(0) == "0 waarschuwingen:")
        #expect(CoordinatorText.german.sentences.cellTitle(services: 1, meanGap: "1", meanPriority: "2").hasPrefix("1 Dienst,"))
        // French takes the singular below 2.
        #expect(CoordinatorText.french.sentences.catalogueWarnings(0) == "0 avertissement :")
        #expect(CoordinatorText.french.sentences.languageModeValue(language: "en français", mode: "en ligne", days: 1.5)
            == "en français, en ligne, 1,5 jour")
        #expect(CoordinatorText.english.sentences.languageModeValue(language: "in English", mode: "online", days: 0.5)
            == "in English, online, 0.5 days")
    }
}
