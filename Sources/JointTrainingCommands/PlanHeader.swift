import TrainingModel

/// The lines `jointtraining plan` prints above the plan: which files were read and the
/// training days, in the plan's language (`--lang`), so that the report reads as one.
struct PlanHeader {
    var files: PlanInputs.Files
    var inputs: PlanInputs
    var budgetDays: Double
    /// Whether the shipped sample is planned because no inputs were given.
    var sample: Bool
    var language: LanguageCode

    var text: String {
        let reader = ReaderLanguage(language)
        let words = Words(reader)
        let withdrawn = inputs.modules.filter { $0.status == .withdrawn }.count
        let catalogues = zip(files.catalogues, inputs.catalogues).map { "\($0) (\(words.modules($1.modules.count)))" }
        var lines = [
            words.needs + reader.colon + "\(files.needs) (\(words.needCount(inputs.needs.count)))",
            words.catalogues + reader.colon + catalogues.joined(separator: ", ")
                + (withdrawn > 0 ? (reader == .french ? "\u{A0}; " : "; ") + words.withdrawn(withdrawn) : ""),
            words.thesaurus + reader.colon + (files.thesaurus ?? words.none),
            words.legalBase + reader.colon + (files.legal ?? words.noLegalBase),
            words.budget + reader.colon + words.trainingDays(reader.number(budgetDays)),
            "",
        ]
        if sample { lines.insert(words.sample, at: 0) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The header's words in one language.
    private struct Words {
        var sample, needs, catalogues, thesaurus, legalBase, budget, none, noLegalBase: String
        var needCount: (Int) -> String
        var modules: (Int) -> String
        var withdrawn: (Int) -> String
        var trainingDays: (String) -> String

        init(_ reader: ReaderLanguage) {
            switch reader {
            case .dutch:
                sample = "Het meegeleverde voorbeeld wordt gepland (geef --catalogue en --needs op om uw eigen gegevens te plannen)."
                (needs, catalogues, thesaurus, legalBase, budget) = ("Behoeften", "Catalogi", "Thesaurus", "Wetgevingsoverzicht", "Budget")
                none = "geen"
                noLegalBase = "geen (juridische verschillen worden niet nagegaan)"
                needCount = { "\($0) \($0 == 1 ? "behoefte" : "behoeften")" }
                modules = { "\($0) \($0 == 1 ? "module" : "modules")" }
                withdrawn = { "\($0) ingetrokken \($0 == 1 ? "module wordt" : "modules worden") niet ingepland" }
                trainingDays = { "\($0) opleidingsdagen" }
            case .french:
                sample = "Planification de l'exemple fourni (indiquez --catalogue et --needs pour planifier vos propres données)."
                (needs, catalogues, thesaurus, legalBase, budget) = ("Besoins", "Catalogues", "Thésaurus", "Relevé de la législation", "Budget")
                none = "aucun"
                noLegalBase = "aucun (les différences juridiques ne sont pas vérifiées)"
                needCount = { "\($0) \($0 < 2 ? "besoin" : "besoins")" }
                modules = { "\($0) \($0 < 2 ? "module" : "modules")" }
                withdrawn = { $0 < 2 ? "\($0) module retiré n'est pas planifié" : "\($0) modules retirés ne sont pas planifiés" }
                trainingDays = { "\($0) jours de formation" }
            case .german:
                sample = "Planung des mitgelieferten Beispiels (--catalogue und --needs angeben, um eigene Daten zu planen)."
                (needs, catalogues, thesaurus, legalBase, budget) = ("Bedarf", "Kataloge", "Thesaurus", "Rechtsübersicht", "Budget")
                none = "keiner"
                noLegalBase = "keine (rechtliche Unterschiede werden nicht geprüft)"
                needCount = { "\($0) \($0 == 1 ? "Bedarf" : "Bedarfe")" }
                modules = { "\($0) \($0 == 1 ? "Modul" : "Module")" }
                withdrawn = { $0 == 1 ? "1 zurückgezogenes Modul wird nicht eingeplant" : "\($0) zurückgezogene Module werden nicht eingeplant" }
                trainingDays = { "\($0) Schulungstage" }
            case .english:
                sample = "Planning the shipped sample (give --catalogue and --needs to plan your own)."
                (needs, catalogues, thesaurus, legalBase, budget) = ("Needs", "Catalogues", "Thesaurus", "Legal base", "Budget")
                none = "none"
                noLegalBase = "none (legal differences are not checked)"
                needCount = { "\($0) needs" }
                modules = { "\($0) modules" }
                withdrawn = { "\($0) withdrawn modules are not planned" }
                trainingDays = { "\($0) training days" }
            }
        }
    }
}
