import Foundation
import TrainingModel
import Wording

/// How reasons are worded in one language.
struct ReasonWording: Sendable {
    var language: LanguageCode
    var foundVia: @Sendable (_ concept: String, _ via: String) -> String
    var askedAsTopic: @Sendable (_ concept: String) -> String
    var broader: @Sendable (_ moduleConcept: String) -> String
    var narrower: @Sendable (_ moduleConcept: String) -> String
    var related: @Sendable (_ moduleConcept: String) -> String
    var wordsInCommon: String
    /// "close in meaning to the outcome '…'": the part's name (title, outcome) and its text.
    var closeInMeaning: @Sendable (_ part: ModulePassage.Part, _ text: String) -> String
    var audience: String
    var offeredIn: String
    var offeredInAnyOf: String
    var yes: String
    var no: String
    var level: @Sendable (_ asked: String, _ eqf: Int, _ verdict: String) -> String
    var levelNames: [String]
    var fits: String
    var below: String
    var above: String
    var or: String

    static func `for`(_ language: LanguageCode) -> ReasonWording {
        ReaderLanguage(language).pick(dutch: .dutch, french: .french, german: .german, english: .english)
    }

    func sentence(_ reason: MatchReason) -> String {
        switch reason {
        case .concept(let evidence):
            let concept = evidence.labels.best(for: language) ?? evidence.conceptID
            var text = evidence.via.map { foundVia(concept, $0) } ?? askedAsTopic(concept)
            let moduleConcept = evidence.moduleLabels.best(for: language) ?? evidence.moduleConceptID
            switch evidence.relation {
            case .same: break
            case .broader: text += "; " + broader(moduleConcept)
            case .narrower: text += "; " + narrower(moduleConcept)
            case .related: text += "; " + related(moduleConcept)
            }
            return text
        case .meaning(let passage):
            return closeInMeaning(passage.part, Self.shortened(passage.text))
        case .words(let words):
            return wordsInCommon + ": " + words.map { "'\($0)'" }.joined(separator: ", ")
        case .audience(let kind, let fits):
            return "\(audience) \(kind.name(in: language)): \(fits ? yes : no)"
        case .language(let offered, let asked):
            if let offered { return "\(offeredIn) \(name(of: offered)): \(yes)" }
            if asked.isEmpty { return "\(offeredIn) ?: \(no)" }
            let names = asked.map(name(of:))
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " \(or) " + names.last!
            return "\(asked.count == 1 ? offeredIn : offeredInAnyOf) \(list): \(no)"
        case .level(let required, let eqf):
            let expected = Fit.expectedEQF(forLevel: required)
            let verdict = eqf == expected ? fits : (eqf < expected ? below : above)
            let asked = levelNames.indices.contains(required) ? levelNames[required] : String(required)
            return level(asked, eqf, verdict)
        }
    }

    /// A quoted part is cut at a word near `length` characters, so that a reason stays one line.
    static func shortened(_ text: String, length: Int = 90) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > length else { return flat }
        var cut = String(flat.prefix(length))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut.trimmingCharacters(in: .punctuationCharacters) + "…"
    }

    private func name(of code: LanguageCode) -> String {
        code.name(in: language)
    }

    static let english = ReasonWording(
        language: "en",
        foundVia: { "concept '\($0)' found via '\($1)'" },
        askedAsTopic: { "concept '\($0)' asked for in the survey" },
        broader: { "the module teaches the broader '\($0)'" },
        narrower: { "the module teaches the narrower '\($0)'" },
        related: { "the module teaches the related '\($0)'" },
        wordsInCommon: "words in common",
        closeInMeaning: { "close in meaning to the \($0 == .title ? "title" : "outcome") '\($1)'" },
        audience: "audience", offeredIn: "offered in", offeredInAnyOf: "offered in",
        yes: "yes", no: "no",
        level: { "level asked \($0), module at EQF \($1): \($2)" },
        levelNames: ["none", "basic", "intermediate", "advanced", "expert"],
        fits: "fits", below: "lower", above: "higher",
        or: "or"
    )

    static let dutch = ReasonWording(
        language: "nl",
        foundVia: { "thema '\($0)' herkend in '\($1)'" },
        askedAsTopic: { "thema '\($0)' gevraagd in de enquête" },
        broader: { "de module behandelt het ruimere '\($0)'" },
        narrower: { "de module behandelt het engere '\($0)'" },
        related: { "de module behandelt het verwante '\($0)'" },
        wordsInCommon: "gemeenschappelijke woorden",
        closeInMeaning: { "inhoudelijk dicht bij \($0 == .title ? "de titel" : "het leerresultaat") '\($1)'" },
        audience: "doelgroep", offeredIn: "aangeboden in het", offeredInAnyOf: "aangeboden in het",
        yes: "ja", no: "nee",
        level: { "gevraagd niveau \($0), module op EQF \($1): \($2)" },
        levelNames: ["geen", "basis", "gemiddeld", "gevorderd", "expert"],
        fits: "past", below: "lager", above: "hoger",
        or: "of"
    )

    static let french = ReasonWording(
        language: "fr",
        foundVia: { "thème « \($0) » reconnu dans « \($1) »" },
        askedAsTopic: { "thème « \($0) » demandé dans l'enquête" },
        broader: { "le module traite le thème plus large « \($0) »" },
        narrower: { "le module traite le thème plus précis « \($0) »" },
        related: { "le module traite le thème voisin « \($0) »" },
        wordsInCommon: "mots en commun",
        closeInMeaning: { "proche par le sens \($0 == .title ? "du titre" : "de l'acquis d'apprentissage") « \($1) »" },
        audience: "public", offeredIn: "proposé en", offeredInAnyOf: "proposé en",
        yes: "oui", no: "non",
        level: { "niveau demandé \($0), module au niveau CEC \($1) : \($2)" },
        levelNames: ["aucun", "de base", "intermédiaire", "avancé", "expert"],
        fits: "adapté", below: "inférieur", above: "supérieur",
        or: "ou"
    )

    static let german = ReasonWording(
        language: "de",
        foundVia: { "Thema „\($0)“ erkannt in „\($1)“" },
        askedAsTopic: { "Thema „\($0)“ in der Umfrage angefragt" },
        broader: { "das Modul behandelt das weitere Thema „\($0)“" },
        narrower: { "das Modul behandelt das engere Thema „\($0)“" },
        related: { "das Modul behandelt das verwandte Thema „\($0)“" },
        wordsInCommon: "gemeinsame Wörter",
        closeInMeaning: { "inhaltlich nah \($0 == .title ? "am Titel" : "am Lernergebnis") „\($1)“" },
        audience: "Zielgruppe", offeredIn: "angeboten auf", offeredInAnyOf: "angeboten auf",
        yes: "ja", no: "nein",
        level: { "verlangtes Niveau \($0), Modul auf EQR-Niveau \($1): \($2)" },
        levelNames: ["keines", "Grundkenntnisse", "mittel", "fortgeschritten", "Experte"],
        fits: "passt", below: "niedriger", above: "höher",
        or: "oder"
    )
}
