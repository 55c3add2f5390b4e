import TrainingModel
import Wording

/// The lines `jointtraining plan` prints above the plan: which files were read and the
/// training days, in the plan's language (`--lang`), so that the report reads as one.
struct PlanHeader {
    var files: PlanInputs.Files
    var inputs: PlanInputs
    var budgetDays: Double
    /// Whether the shipped sample is planned because no inputs were given.
    var sample: Bool
    var language: LanguageCode

    /// The header's words in `language` (English for others).
    static func words(in language: LanguageCode) -> any PlanHeaderWords {
        ReaderLanguage(language).pick(dutch: DutchPlanHeaderWords(), french: FrenchPlanHeaderWords(),
                                      german: GermanPlanHeaderWords(), english: EnglishPlanHeaderWords())
    }

    var text: String {
        let reader = ReaderLanguage(language)
        let words = Self.words(in: language)
        let withdrawn = inputs.modules.filter { $0.status == .withdrawn }.count
        let catalogues = zip(files.catalogues, inputs.catalogues).map { "\($0) (\(words.modules($1.modules.count)))" }
        var lines = [
            words.needs + reader.colon + "\(files.needs) (\(words.needCount(inputs.needs.count)))",
            words.catalogues + reader.colon + catalogues.joined(separator: ", ")
                + (withdrawn > 0 ? reader.semicolon + words.withdrawn(withdrawn) : ""),
            words.thesaurus + reader.colon + (files.thesaurus ?? words.none),
            words.legalBase + reader.colon + (files.legal ?? words.noLegalBase),
            words.budget + reader.colon + words.trainingDays(reader.number(budgetDays)),
            "",
        ]
        if sample { lines.insert(words.sample, at: 0) }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The header's words in one language; one type per language.
protocol PlanHeaderWords: Sendable {
    var sample: String { get }
    var needs: String { get }
    var catalogues: String { get }
    var thesaurus: String { get }
    var legalBase: String { get }
    var budget: String { get }
    var none: String { get }
    var noLegalBase: String { get }
    func needCount(_ count: Int) -> String
    func modules(_ count: Int) -> String
    func withdrawn(_ count: Int) -> String
    func trainingDays(_ days: String) -> String
    /// The line `--out` ends with: the files written, joined.
    func wrote(_ files: String) -> String
}

struct DutchPlanHeaderWords: PlanHeaderWords {
    let sample = "Het meegeleverde voorbeeld wordt gepland (geef --catalogue en --needs op om uw eigen gegevens te plannen)."
    let needs = "Behoeften", catalogues = "Catalogi", thesaurus = "Thesaurus", legalBase = "Wetgevingsoverzicht", budget = "Budget"
    let none = "geen"
    let noLegalBase = "geen (juridische verschillen worden niet nagegaan)"
    func needCount(_ count: Int) -> String { "\(count) \(count == 1 ? "behoefte" : "behoeften")" }
    func modules(_ count: Int) -> String { "\(count) \(count == 1 ? "module" : "modules")" }
    func withdrawn(_ count: Int) -> String { "\(count) ingetrokken \(count == 1 ? "module wordt" : "modules worden") niet ingepland" }
    func trainingDays(_ days: String) -> String { "\(days) opleidingsdagen" }
    func wrote(_ files: String) -> String { "Geschreven bestanden: \(files)" }
}

struct FrenchPlanHeaderWords: PlanHeaderWords {
    let sample = "Planification de l'exemple fourni (indiquez --catalogue et --needs pour planifier vos propres données)."
    let needs = "Besoins", catalogues = "Catalogues", thesaurus = "Thésaurus", legalBase = "Relevé de la législation", budget = "Budget"
    let none = "aucun"
    let noLegalBase = "aucun (les différences juridiques ne sont pas vérifiées)"
    func needCount(_ count: Int) -> String { "\(count) \(count < 2 ? "besoin" : "besoins")" }
    func modules(_ count: Int) -> String { "\(count) \(count < 2 ? "module" : "modules")" }
    func withdrawn(_ count: Int) -> String {
        count < 2 ? "\(count) module retiré n'est pas planifié" : "\(count) modules retirés ne sont pas planifiés"
    }
    func trainingDays(_ days: String) -> String { "\(days) jours de formation" }
    func wrote(_ files: String) -> String { "Fichiers écrits\u{A0}: \(files)" }
}

struct GermanPlanHeaderWords: PlanHeaderWords {
    let sample = "Planung des mitgelieferten Beispiels (--catalogue und --needs angeben, um eigene Daten zu planen)."
    let needs = "Bedarf", catalogues = "Kataloge", thesaurus = "Thesaurus", legalBase = "Rechtsübersicht", budget = "Budget"
    let none = "keiner"
    let noLegalBase = "keine (rechtliche Unterschiede werden nicht geprüft)"
    func needCount(_ count: Int) -> String { "\(count) \(count == 1 ? "Bedarf" : "Bedarfe")" }
    func modules(_ count: Int) -> String { "\(count) \(count == 1 ? "Modul" : "Module")" }
    func withdrawn(_ count: Int) -> String {
        count == 1 ? "1 zurückgezogenes Modul wird nicht eingeplant" : "\(count) zurückgezogene Module werden nicht eingeplant"
    }
    func trainingDays(_ days: String) -> String { "\(days) Schulungstage" }
    func wrote(_ files: String) -> String { "Geschriebene Dateien: \(files)" }
}

struct EnglishPlanHeaderWords: PlanHeaderWords {
    let sample = "Planning the shipped sample (give --catalogue and --needs to plan your own)."
    let needs = "Needs", catalogues = "Catalogues", thesaurus = "Thesaurus", legalBase = "Legal base", budget = "Budget"
    let none = "none"
    let noLegalBase = "none (legal differences are not checked)"
    func needCount(_ count: Int) -> String { "\(count) needs" }
    func modules(_ count: Int) -> String { "\(count) modules" }
    func withdrawn(_ count: Int) -> String { "\(count) withdrawn modules are not planned" }
    func trainingDays(_ days: String) -> String { "\(days) training days" }
    func wrote(_ files: String) -> String { "Wrote \(files)" }
}
