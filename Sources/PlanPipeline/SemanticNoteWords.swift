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
        "For matching on meaning across wordings and languages, install it with: \(command)"
    }
    func installOnServer(_ command: String) -> String {
        "For matching on meaning across wordings and languages, whoever runs the server can install it with: \(command)"
    }
    func cacheUnusable(folder: String, detail: String) -> String {
        "the embedding cache folder \(folder) cannot be used (\(detail)); vectors are computed afresh."
    }
    let wordsOnly = "with neither a thesaurus nor the embedding model, needs are matched on their words alone, "
        + "as a search does: every module with a specific word in common is listed, best first, whatever its score, "
        + "and a need counts as a gap only when it shares no such word with a module its staff can attend."
}

struct DutchSemanticNoteWords: SemanticNoteWords {
    let note = "Opmerking"
    func withoutModel(_ problem: String) -> String { "\(problem); behoeften worden alleen op de thesaurus en op woorden gematcht." }
    func installYourself(_ command: String) -> String {
        "Installeer het om ook op betekenis te matchen, over andere bewoordingen en talen heen: \(command)"
    }
    func installOnServer(_ command: String) -> String {
        "Om ook op betekenis te matchen, over andere bewoordingen en talen heen, kan de beheerder van de server het installeren met: \(command)"
    }
    func cacheUnusable(folder: String, detail: String) -> String {
        "de cachemap voor zinsvectoren \(folder) is niet bruikbaar (\(detail)); de vectoren worden opnieuw berekend."
    }
    let wordsOnly = "zonder thesaurus en zonder model voor zinsvectoren worden behoeften alleen op hun woorden gematcht, "
        + "zoals een zoekmachine doet: elke module met een specifiek woord gemeen wordt getoond, de beste eerst, ongeacht de score, "
        + "en een behoefte geldt alleen als lacune wanneer ze zo'n woord met geen enkele module deelt die haar personeel kan volgen."
}

struct FrenchSemanticNoteWords: SemanticNoteWords {
    let note = "Remarque"
    func withoutModel(_ problem: String) -> String {
        "\(problem)\u{A0}; les besoins sont mis en correspondance par le thésaurus et par les mots seulement."
    }
    func installYourself(_ command: String) -> String {
        "Pour une correspondance par le sens, au-delà des formulations et des langues, installez-le avec\u{A0}: \(command)"
    }
    func installOnServer(_ command: String) -> String {
        "Pour une correspondance par le sens, au-delà des formulations et des langues, la personne qui gère le serveur peut l'installer avec\u{A0}: \(command)"
    }
    func cacheUnusable(folder: String, detail: String) -> String {
        "le dossier de cache des vecteurs \(folder) est inutilisable (\(detail))\u{A0}; les vecteurs sont recalculés."
    }
    let wordsOnly = "sans thésaurus ni modèle de vecteurs de phrases, les besoins sont mis en correspondance par leurs seuls mots, "
        + "comme le ferait une recherche\u{A0}: tout module ayant un mot spécifique en commun est listé, le meilleur d'abord, quel que soit son score, "
        + "et un besoin n'est une lacune que s'il ne partage aucun mot de ce genre avec un module que son personnel peut suivre."
}

struct GermanSemanticNoteWords: SemanticNoteWords {
    let note = "Hinweis"
    func withoutModel(_ problem: String) -> String { "\(problem); Bedarfe werden nur über den Thesaurus und über Wörter abgeglichen." }
    func installYourself(_ command: String) -> String {
        "Für einen Abgleich nach Bedeutung, über Formulierungen und Sprachen hinweg, installieren Sie es mit: \(command)"
    }
    func installOnServer(_ command: String) -> String {
        "Für einen Abgleich nach Bedeutung, über Formulierungen und Sprachen hinweg, kann der Betreiber des Servers es installieren mit: \(command)"
    }
    func cacheUnusable(folder: String, detail: String) -> String {
        "der Cache-Ordner für Satzvektoren \(folder) ist nicht nutzbar (\(detail)); die Vektoren werden neu berechnet."
    }
    let wordsOnly = "ohne Thesaurus und ohne Modell für Satzvektoren werden Bedarfe nur über ihre Wörter abgeglichen, "
        + "wie bei einer Suche: jedes Modul mit einem spezifischen gemeinsamen Wort wird aufgeführt, das beste zuerst, unabhängig von seiner Punktzahl, "
        + "und ein Bedarf gilt nur dann als Lücke, wenn er kein solches Wort mit einem Modul teilt, das sein Personal besuchen kann."
}
