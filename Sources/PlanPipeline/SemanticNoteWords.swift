/// The notes about the semantic evidence (`SemanticNote`) in one language; one type per language.
protocol SemanticNoteWords: Sendable {
    var note: String { get }
    /// `problem`: why there is no model (`EmbedderUnavailable.phrase(in:)`).
    func withoutModel(_ problem: String) -> String
    func installYourself(_ command: String) -> String
    func installOnServer(_ command: String) -> String
    func cacheUnusable(folder: String, detail: String) -> String
    var wordsOnly: String { get }
}

struct EnglishSemanticNoteWords: SemanticNoteWords {
    let note = "Note"
    func withoutModel(_ problem: String) -> String { "\(problem); needs are matched on the thesaurus and on words alone." }
    func installYourself(_ command: String) -> String {
        "For matching on meaning across wordings and languages, install the model with: \(command)"
    }
    func installOnServer(_ command: String) -> String {
        "For matching on meaning across wordings and languages, whoever runs the server can install the model with: \(command)"
    }
    func cacheUnusable(folder: String, detail: String) -> String {
        "the embedding cache folder \(folder) cannot be used (\(detail)); vectors are computed afresh."
    }
    let wordsOnly = "with neither a thesaurus nor the embedding model, needs are matched on their words alone, "
        + "as a search does: every module with a specific word in common is listed, best first, whatever its score, "
        + "and a need counts as not covered only when it shares no such word with a module the staff of that service can attend."
}

struct DutchSemanticNoteWords: SemanticNoteWords {
    let note = "Opmerking"
    func withoutModel(_ problem: String) -> String { "\(problem); behoeften worden alleen via de thesaurus en op woorden aan modules gekoppeld." }
    func installYourself(_ command: String) -> String {
        "Installeer het model om ook op betekenis te koppelen, over andere bewoordingen en talen heen: \(command)"
    }
    func installOnServer(_ command: String) -> String {
        "Om ook op betekenis te koppelen, over andere bewoordingen en talen heen, kan de beheerder van de server het model installeren met: \(command)"
    }
    func cacheUnusable(folder: String, detail: String) -> String {
        "de cachemap voor zinsvectoren \(folder) is niet bruikbaar (\(detail)); de vectoren worden opnieuw berekend."
    }
    let wordsOnly = "zonder thesaurus en zonder model voor zinsvectoren worden behoeften alleen op hun woorden aan modules gekoppeld, "
        + "zoals een zoekmachine doet: elke module met een specifiek woord gemeen wordt getoond, de beste eerst, ongeacht de score, "
        + "en een behoefte geldt alleen als niet gedekt wanneer ze zo'n woord met geen enkele module deelt die het personeel van die dienst kan volgen."
}

struct FrenchSemanticNoteWords: SemanticNoteWords {
    let note = "Remarque"
    func withoutModel(_ problem: String) -> String {
        "\(problem)\u{A0}; les besoins sont rapprochés des modules par le thésaurus et par les mots seulement."
    }
    func installYourself(_ command: String) -> String {
        "Pour rapprocher aussi par le sens, au-delà des formulations et des langues, installez le modèle avec\u{A0}: \(command)"
    }
    func installOnServer(_ command: String) -> String {
        "Pour rapprocher aussi par le sens, au-delà des formulations et des langues, la personne qui gère le serveur peut installer le modèle avec\u{A0}: \(command)"
    }
    func cacheUnusable(folder: String, detail: String) -> String {
        "le dossier de cache des vecteurs \(folder) est inutilisable (\(detail))\u{A0}; les vecteurs sont recalculés."
    }
    let wordsOnly = "sans thésaurus ni modèle de vecteurs de phrases, les besoins sont rapprochés des modules par leurs seuls mots, "
        + "comme le ferait un moteur de recherche\u{A0}: tout module ayant un mot spécifique en commun est listé, les meilleurs en premier, quel que soit son score, "
        + "et un besoin n'est considéré comme non couvert que s'il ne partage aucun mot de ce genre avec un module que le personnel du service concerné peut suivre."
}

struct GermanSemanticNoteWords: SemanticNoteWords {
    let note = "Hinweis"
    func withoutModel(_ problem: String) -> String { "\(problem); Bedarfe werden Modulen nur über den Thesaurus und über Wörter zugeordnet." }
    func installYourself(_ command: String) -> String {
        "Für eine Zuordnung auch nach Bedeutung, über Formulierungen und Sprachen hinweg, installieren Sie das Modell mit: \(command)"
    }
    func installOnServer(_ command: String) -> String {
        "Für eine Zuordnung auch nach Bedeutung, über Formulierungen und Sprachen hinweg, kann der Betreiber des Servers das Modell installieren mit: \(command)"
    }
    func cacheUnusable(folder: String, detail: String) -> String {
        "der Cache-Ordner für Satzvektoren \(folder) ist nicht nutzbar (\(detail)); die Vektoren werden neu berechnet."
    }
    let wordsOnly = "ohne Thesaurus und ohne Modell für Satzvektoren werden Bedarfe Modulen nur über ihre Wörter zugeordnet, "
        + "wie bei einer Suche: jedes Modul mit einem spezifischen gemeinsamen Wort wird aufgeführt, das beste zuerst, unabhängig von seiner Punktzahl, "
        + "und ein Bedarf gilt nur dann als nicht gedeckt, wenn er kein solches Wort mit einem Modul teilt, das das Personal des Dienstes besuchen kann."
}
