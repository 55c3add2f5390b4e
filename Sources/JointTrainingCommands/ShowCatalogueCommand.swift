import Diagnostics
import ArgumentParser
import CurriculumFormats
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

    @Option(help: "Language of the titles (nl, fr, de, en); English or the first title where missing.")
    var lang: String = "en"

    func run() throws {
        let catalogue = try readOrReport { () throws(InputProblems) in try CurriculumReader.catalogue(file: file) }
        let language = LanguageCode(lang)
        Output.text("\(catalogue.value.provider) — \(catalogue.value.titles.best(for: language) ?? catalogue.value.id) (\(catalogue.value.year))")
        let rows = catalogue.value.modules.map { module -> [String] in
            let value = CatalogueWriter.number(module.duration.value)
            let days = module.duration.unit == .day ? value : "\(value) h"
            return [
                module.id + (module.status == .withdrawn ? " (withdrawn)" : ""),
                module.code ?? "",
                module.title(for: language),
                module.audiences.map(\.rawValue).joined(separator: ", "),
                days,
                module.modes.map(\.rawValue).joined(separator: ", "),
                module.languages.map(\.tag).joined(separator: " "),
            ]
        }
        Output.text(TextTable(headers: ["id", "code", "title", "audiences", "days", "modes", "languages"], rows: rows).rendered(maxColumnWidth: 60))
        for warning in catalogue.warnings { Output.error(warning.description) }
    }
}
