import Diagnostics
import ArgumentParser
import CurriculumFormats
import Foundation
import SafeXML
import TrainingModel
import Wording

/// `jointtraining catalogue show FILE`: a readable table of a catalogue's modules.
struct ShowCatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a catalogue as a table: id, code, title, audiences, days, modes, languages."
    )

    @Argument(help: "The catalogue file.")
    var file: String

    @Option(help: "Language of the titles, headings, audiences and modes (nl, fr, de, en); English or the first title where missing.")
    var lang: String = "en"

    func run() throws {
        let catalogue = try readOrReport { () throws(InputProblems) in try CurriculumReader.catalogue(file: file) }
        let language = LanguageCode(lang)
        let reader = ReaderLanguage(language)
        let words = reader.pick(dutch: DutchCatalogueTableWords(), french: FrenchCatalogueTableWords(),
                                german: GermanCatalogueTableWords(), english: EnglishCatalogueTableWords()) as any CatalogueTableWords
        Output.text("\(catalogue.value.provider) — \(catalogue.value.titles.best(for: language) ?? catalogue.value.id) (\(catalogue.value.year))")
        let rows = catalogue.value.modules.map { module -> [String] in
            let value = reader.number(module.duration.value)
            let days = module.duration.unit == .day ? value : "\(value) h"
            return [
                module.id + (module.status == .withdrawn ? " (\(words.withdrawn))" : ""),
                module.code ?? "",
                module.title(for: language),
                module.audiences.map { reader == .english ? $0.rawValue : $0.name(in: language) }.joined(separator: ", "),
                days,
                module.modes.map { reader == .english ? $0.rawValue : $0.name(in: language) }.joined(separator: ", "),
                module.languages.map(\.tag).joined(separator: " "),
            ]
        }
        Output.text(TextTable(headers: words.headers, rows: rows).rendered(maxColumnWidth: 60))
        for warning in catalogue.warnings { Output.error(warning.description) }
    }

}

/// The table's headings and the word for a withdrawn module, in one language.
protocol CatalogueTableWords: Sendable {
    var headers: [String] { get }
    var withdrawn: String { get }
}

struct DutchCatalogueTableWords: CatalogueTableWords {
    let headers = ["id", "code", "titel", "doelgroepen", "dagen", "vormen", "talen"]
    let withdrawn = "ingetrokken"
}

struct FrenchCatalogueTableWords: CatalogueTableWords {
    let headers = ["id", "code", "intitulé", "publics", "jours", "modalités", "langues"]
    let withdrawn = "retiré"
}

struct GermanCatalogueTableWords: CatalogueTableWords {
    let headers = ["ID", "Code", "Titel", "Zielgruppen", "Tage", "Formen", "Sprachen"]
    let withdrawn = "zurückgezogen"
}

struct EnglishCatalogueTableWords: CatalogueTableWords {
    let headers = ["id", "code", "title", "audiences", "days", "modes", "languages"]
    let withdrawn = "withdrawn"
}
