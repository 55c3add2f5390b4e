import TrainingModel
import Wording

/// The words of `jointtraining match`'s listing around the titles and reasons, in the
/// listing's language (`--lang`), so that the report reads as one; one type per language.
protocol MatchReportWords: Sendable {
    /// What a need asks for when it names a survey topic.
    var topic: String { get }
    /// The line under a need no module answers.
    var gap: String { get }
    /// Introduces the module that came closest to a gap (`MatchIndex.closest`).
    var closest: String { get }
    /// The last line: how many needs, how many answered, how many gaps, at which threshold.
    func summary(needs: Int, answered: Int, gaps: Int, threshold: String) -> String
}

extension MatchReport {
    /// The listing's words in `language` (English for others).
    static func words(in language: LanguageCode) -> any MatchReportWords {
        ReaderLanguage(language).pick(dutch: DutchMatchReportWords(), french: FrenchMatchReportWords(),
                                      german: GermanMatchReportWords(), english: EnglishMatchReportWords())
    }
}

struct DutchMatchReportWords: MatchReportWords {
    let topic = "thema"
    let gap = "geen enkele module beantwoordt aan deze behoefte: een leemte in de catalogi"
    let closest = "dichtstbijzijnde module, niet als antwoord aangemerkt:"
    func summary(needs: Int, answered: Int, gaps: Int, threshold: String) -> String {
        "\(needs) \(needs == 1 ? "behoefte" : "behoeften"): \(answered) met minstens één module, \(gaps) zonder (\(gaps == 1 ? "leemte" : "leemten")); drempel \(threshold)"
    }
}

struct FrenchMatchReportWords: MatchReportWords {
    let topic = "thème"
    let gap = "aucun module ne répond à ce besoin\u{A0}: une lacune des catalogues"
    let closest = "module le plus proche, non retenu comme réponse\u{A0}:"
    func summary(needs: Int, answered: Int, gaps: Int, threshold: String) -> String {
        "\(needs) \(needs < 2 ? "besoin" : "besoins")\u{A0}: \(answered) avec au moins un module, \(gaps) sans (\(gaps < 2 ? "lacune" : "lacunes"))\u{A0}; seuil \(threshold)"
    }
}

struct GermanMatchReportWords: MatchReportWords {
    let topic = "Thema"
    let gap = "kein Modul deckt diesen Bedarf: eine Lücke in den Katalogen"
    let closest = "nächstliegendes Modul, nicht als Antwort gewertet:"
    func summary(needs: Int, answered: Int, gaps: Int, threshold: String) -> String {
        "\(needs) \(needs == 1 ? "Bedarf" : "Bedarfe"): \(answered) mit mindestens einem Modul, \(gaps) ohne (\(gaps == 1 ? "Lücke" : "Lücken")); Schwelle \(threshold)"
    }
}

struct EnglishMatchReportWords: MatchReportWords {
    let topic = "topic"
    let gap = "no module answers this need: a gap in the catalogues"
    let closest = "closest module, not judged an answer:"
    func summary(needs: Int, answered: Int, gaps: Int, threshold: String) -> String {
        "\(needs) \(needs == 1 ? "need" : "needs"): \(answered) with at least one module, \(gaps) without (\(gaps == 1 ? "gap" : "gaps")); threshold \(threshold)"
    }
}
