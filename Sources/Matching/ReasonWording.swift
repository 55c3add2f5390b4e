import Foundation
import TrainingModel
import Wording

/// How reasons are worded in one language: one type per language conforms, so that a
/// language missing a word does not compile.
protocol ReasonWording: Sendable {
    var language: LanguageCode { get }
    /// "concept '…' found via '…'".
    func foundVia(_ concept: String, via: String) -> String
    func askedAsTopic(_ concept: String) -> String
    func broader(_ moduleConcept: String) -> String
    func narrower(_ moduleConcept: String) -> String
    func related(_ moduleConcept: String) -> String
    var wordsInCommon: String { get }
    /// "close in meaning to the outcome '…'": the part's name (title, outcome) and its text.
    func closeInMeaning(_ part: ModulePassage.Part, _ text: String) -> String
    var audience: String { get }
    var offeredIn: String { get }
    var offeredInAnyOf: String { get }
    var yes: String { get }
    var no: String { get }
    func level(_ asked: String, _ eqf: Int, _ verdict: String) -> String
    var levelNames: [String] { get }
    var fits: String { get }
    var below: String { get }
    var above: String { get }
    var or: String { get }
}

/// The reasons' wording for a reader of `language`; English for other languages.
func reasonWording(_ language: LanguageCode) -> any ReasonWording {
    ReaderLanguage(language).pick(dutch: DutchReasonWording(), french: FrenchReasonWording(),
                                  german: GermanReasonWording(), english: EnglishReasonWording())
}

extension ReasonWording {
    /// ": ", or " : " with a space that does not break in French.
    var colon: String { ReaderLanguage(language).colon }

    func sentence(_ reason: MatchReason) -> String {
        switch reason {
        case .concept(let evidence):
            let concept = evidence.labels.best(for: language) ?? evidence.conceptID
            var text = evidence.via.map { foundVia(concept, via: $0) } ?? askedAsTopic(concept)
            let moduleConcept = evidence.moduleLabels.best(for: language) ?? evidence.moduleConceptID
            switch evidence.relation {
            case .same: break
            case .broader: text += "; " + broader(moduleConcept)
            case .narrower: text += "; " + narrower(moduleConcept)
            case .related: text += "; " + related(moduleConcept)
            }
            return text
        case .meaning(let passage):
            return closeInMeaning(passage.part, ReasonText.shortened(passage.text))
        case .words(let words):
            return wordsInCommon + colon + words.map { "'\($0)'" }.joined(separator: ", ")
        case .audience(let kind, let fits):
            return "\(audience) \(kind.name(in: language))\(colon)\(fits ? yes : no)"
        case .language(let offered, let asked):
            if let offered { return "\(offeredIn) \(name(of: offered))\(colon)\(yes)" }
            if asked.isEmpty { return "\(offeredIn) ?\(colon)\(no)" }
            let names = asked.map(name(of:))
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " \(or) " + names.last!
            return "\(asked.count == 1 ? offeredIn : offeredInAnyOf) \(list)\(colon)\(no)"
        case .level(let required, let eqf):
            let expected = Fit.expectedEQF(forLevel: required)
            let verdict = eqf == expected ? fits : (eqf < expected ? below : above)
            let asked = levelNames.indices.contains(required) ? levelNames[required] : String(required)
            return level(asked, eqf, verdict)
        }
    }


    func name(of code: LanguageCode) -> String {
        code.name(in: language)
    }
}

/// Reason texts shortened for one line.
enum ReasonText {
    /// A quoted part is cut at a word near `length` characters, so that a reason stays one line.
    static func shortened(_ text: String, length: Int = 90) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > length else { return flat }
        var cut = String(flat.prefix(length))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut.trimmingCharacters(in: .punctuationCharacters) + "…"
    }
}

struct EnglishReasonWording: ReasonWording {
    let language: LanguageCode = "en"
    func foundVia(_ concept: String, via: String) -> String { "concept '\(concept)' found via '\(via)'" }
    func askedAsTopic(_ concept: String) -> String { "concept '\(concept)' asked for in the survey" }
    func broader(_ moduleConcept: String) -> String { "the module teaches the broader '\(moduleConcept)'" }
    func narrower(_ moduleConcept: String) -> String { "the module teaches the narrower '\(moduleConcept)'" }
    func related(_ moduleConcept: String) -> String { "the module teaches the related '\(moduleConcept)'" }
    let wordsInCommon = "words in common"
    func closeInMeaning(_ part: ModulePassage.Part, _ text: String) -> String { "close in meaning to the \(part == .title ? "title" : "outcome") '\(text)'" }
    let audience = "audience"
    let offeredIn = "offered in"
    let offeredInAnyOf = "offered in"
    let yes = "yes"
    let no = "no"
    func level(_ asked: String, _ eqf: Int, _ verdict: String) -> String { "level asked \(asked), module at EQF \(eqf): \(verdict)" }
    let levelNames = ["none", "basic", "intermediate", "advanced", "expert"]
    let fits = "fits"
    let below = "lower"
    let above = "higher"
    let or = "or"
}

struct DutchReasonWording: ReasonWording {
    let language: LanguageCode = "nl"
    func foundVia(_ concept: String, via: String) -> String { "thema '\(concept)' herkend in '\(via)'" }
    func askedAsTopic(_ concept: String) -> String { "thema '\(concept)' gevraagd in de enquête" }
    func broader(_ moduleConcept: String) -> String { "de module behandelt het ruimere '\(moduleConcept)'" }
    func narrower(_ moduleConcept: String) -> String { "de module behandelt het engere '\(moduleConcept)'" }
    func related(_ moduleConcept: String) -> String { "de module behandelt het verwante '\(moduleConcept)'" }
    let wordsInCommon = "gemeenschappelijke woorden"
    func closeInMeaning(_ part: ModulePassage.Part, _ text: String) -> String { "inhoudelijk dicht bij \(part == .title ? "de titel" : "het leerresultaat") '\(text)'" }
    let audience = "doelgroep"
    let offeredIn = "aangeboden in het"
    let offeredInAnyOf = "aangeboden in het"
    let yes = "ja"
    let no = "nee"
    func level(_ asked: String, _ eqf: Int, _ verdict: String) -> String { "gevraagd niveau \(asked), module op EQF \(eqf): \(verdict)" }
    let levelNames = ["geen", "basis", "gemiddeld", "gevorderd", "expert"]
    let fits = "past"
    let below = "lager"
    let above = "hoger"
    let or = "of"
}

struct FrenchReasonWording: ReasonWording {
    let language: LanguageCode = "fr"
    func foundVia(_ concept: String, via: String) -> String { "thème « \(concept) » reconnu dans « \(via) »" }
    func askedAsTopic(_ concept: String) -> String { "thème « \(concept) » demandé dans l'enquête" }
    func broader(_ moduleConcept: String) -> String { "le module traite le thème plus large « \(moduleConcept) »" }
    func narrower(_ moduleConcept: String) -> String { "le module traite le thème plus précis « \(moduleConcept) »" }
    func related(_ moduleConcept: String) -> String { "le module traite le thème voisin « \(moduleConcept) »" }
    let wordsInCommon = "mots en commun"
    func closeInMeaning(_ part: ModulePassage.Part, _ text: String) -> String { "proche par le sens \(part == .title ? "du titre" : "de l'acquis d'apprentissage") « \(text) »" }
    let audience = "public"
    let offeredIn = "proposé en"
    let offeredInAnyOf = "proposé en"
    let yes = "oui"
    let no = "non"
    func level(_ asked: String, _ eqf: Int, _ verdict: String) -> String { "niveau demandé \(asked), module au niveau CEC \(eqf)\u{A0}: \(verdict)" }
    let levelNames = ["aucun", "de base", "intermédiaire", "avancé", "expert"]
    let fits = "adapté"
    let below = "inférieur"
    let above = "supérieur"
    let or = "ou"
}

struct GermanReasonWording: ReasonWording {
    let language: LanguageCode = "de"
    func foundVia(_ concept: String, via: String) -> String { "Thema „\(concept)“ erkannt in „\(via)“" }
    func askedAsTopic(_ concept: String) -> String { "Thema „\(concept)“ in der Umfrage angefragt" }
    func broader(_ moduleConcept: String) -> String { "das Modul behandelt das weitere Thema „\(moduleConcept)“" }
    func narrower(_ moduleConcept: String) -> String { "das Modul behandelt das engere Thema „\(moduleConcept)“" }
    func related(_ moduleConcept: String) -> String { "das Modul behandelt das verwandte Thema „\(moduleConcept)“" }
    let wordsInCommon = "gemeinsame Wörter"
    func closeInMeaning(_ part: ModulePassage.Part, _ text: String) -> String { "inhaltlich nah \(part == .title ? "am Titel" : "am Lernergebnis") „\(text)“" }
    let audience = "Zielgruppe"
    let offeredIn = "angeboten auf"
    let offeredInAnyOf = "angeboten auf"
    let yes = "ja"
    let no = "nein"
    func level(_ asked: String, _ eqf: Int, _ verdict: String) -> String { "verlangtes Niveau \(asked), Modul auf EQR-Niveau \(eqf): \(verdict)" }
    let levelNames = ["keines", "Grundkenntnisse", "mittel", "fortgeschritten", "Experte"]
    let fits = "passt"
    let below = "niedriger"
    let above = "höher"
    let or = "oder"
}
