import Diagnostics
import ArgumentParser
import CurriculumFormats
import Foundation
import SafeXML
import TrainingModel

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
        let words = Self.words(in: language)
        Output.text("\(catalogue.value.provider) — \(catalogue.value.titles.best(for: language) ?? catalogue.value.id) (\(catalogue.value.year))")
        let rows = catalogue.value.modules.map { module -> [String] in
            var value = CatalogueWriter.number(module.duration.value)
            if language != .english { value = value.replacingOccurrences(of: ".", with: ",") }
            let days = module.duration.unit == .day ? value : "\(value) h"
            return [
                module.id + (module.status == .withdrawn ? " (\(words.withdrawn))" : ""),
                module.code ?? "",
                module.title(for: language),
                module.audiences.map { language == .english ? $0.rawValue : $0.name(in: language) }.joined(separator: ", "),
                days,
                module.modes.map { language == .english ? $0.rawValue : $0.name(in: language) }.joined(separator: ", "),
                module.languages.map(\.tag).joined(separator: " "),
            ]
        }
        Output.text(TextTable(headers: words.headers, rows: rows).rendered(maxColumnWidth: 60))
        for warning in catalogue.warnings { Output.error(warning.description) }
    }

    /// The table's headings and the word for a withdrawn module, in nl, fr, de or (any other) en.
    static func words(in language: LanguageCode) -> (headers: [String], withdrawn: String) {
        switch String(language.tag.prefix(2)) {
        case "nl": (["id", "code", "titel", "doelgroepen", "dagen", "vormen", "talen"], "ingetrokken")
        case "fr": (["id", "code", "intitulé", "publics", "jours", "modalités", "langues"], "retiré")
        case "de": (["ID", "Code", "Titel", "Zielgruppen", "Tage", "Formen", "Sprachen"], "zurückgezogen")
        default: (["id", "code", "title", "audiences", "days", "modes", "languages"], "withdrawn")
        }
    }
}
