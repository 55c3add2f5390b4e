import ArgumentParser
import CurriculumExport
import CurriculumFormats
import Diagnostics
import Foundation
import ParallelWork
import PlanPipeline
import Planning
import TrainingModel

/// `jointtraining plan`: the proposed joint courses, with legal differences flagged and
/// the needs left out explained. Without inputs it plans the shipped sample.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Propose joint courses within places and training days, with legal differences flagged.",
        discussion: """
        Chooses sessions of catalogue modules, one language and mode each, and seats the staff of \
        the needs in them so that the covered weight (priority × headcount × level gap) is as \
        high as the training days allow, preferring sessions that mix countries and services. \
        Each session is checked against the legal base: where the countries' laws differ on a \
        topic the module teaches, or one country's law is unknown, the session is flagged with a \
        proposed handling. Needs left out are listed with their reason.

        Without --catalogue and --needs it plans the shipped sample from the current folder: \
        \(PlanInputs.sampleNeeds), \(PlanInputs.sampleCatalogues)/*.xml, \(PlanInputs.sampleThesaurus) \
        and \(PlanInputs.sampleLegal).
        """
    )

    @Option(name: .customLong("catalogue"), help: ArgumentHelp("A catalogue of modules; repeat for several.", valueName: "file"))
    var catalogues: [String] = []

    @Option(help: ArgumentHelp("The needs CSV (docs/formats.md section 4).", valueName: "file"))
    var needs: String?

    @Option(help: ArgumentHelp("The thesaurus: checks topics and links modules to legal topics.", valueName: "file"))
    var thesaurus: String?

    @Option(help: ArgumentHelp("The legal base; without it no legal differences are flagged.", valueName: "file"))
    var legal: String?

    @Option(name: .customLong("budget-days"), help: ArgumentHelp("Training days available: the sum of all sessions' days.", valueName: "days"))
    var budgetDays: Double = 60

    @Option(help: "Output on standard output: text, json, xml, csv or md.")
    var format: PlanFormat = .text

    @Option(help: ArgumentHelp("Also write curriculum.xml, curriculum-elm.xml (Europass ELM 3), plan.csv, plan.xlsx, plan.md, plan.html, plan.json (and plan.ics with --start) to this folder.", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("First day of a proposed calendar, YYYY-MM-DD: sessions get dates on working days.", valueName: "date"))
    var start: String?

    @Option(help: ArgumentHelp("An earlier plan.json: its sessions marked \"confirmed\": true stay exactly as they were, and the rest is planned around them.", valueName: "file"))
    var keep: String?

    @Flag(name: .customLong("keep-all"), help: "With --keep: keep every session of the earlier plan, confirmed or not.")
    var keepAll = false

    @Option(help: "Language of titles, labels and summaries (English or the first available where missing), and of the wording of the text, Markdown, HTML and calendar output (nl, fr, de, en; English for others).")
    var lang: String = "en"

    func validate() throws {
        try NumberOptions.check(budgetDays, in: NumberOptions.budgetDays, option: "--budget-days", meaning: "a number of training days")
        if let start, CivilDate(start) == nil {
            throw ValidationError("--start \"\(start)\" is not a date in the form YYYY-MM-DD (e.g. 2027-01-11).")
        }
        if catalogues.isEmpty != (needs == nil) {
            throw ValidationError(catalogues.isEmpty
                ? "Give at least one --catalogue FILE with --needs (or neither, to plan the shipped sample)."
                : "Give --needs FILE with --catalogue (or neither, to plan the shipped sample).")
        }
        if keepAll && keep == nil {
            throw ValidationError("--keep-all needs --keep FILE: the earlier plan.json whose sessions to keep.")
        }
        if !LanguageCode(lang).isValid {
            throw ValidationError("--lang \"\(lang)\" is not a language code (nl, fr, de, en, ...).")
        }
    }

    func run() throws {
        let files = try inputFiles()
        // The model is looked for while the inputs are read (see `MatchCommand`).
        let model = BackgroundWork { SemanticModel.locate() }
        let inputs = try readOrReport { () throws(InputProblems) in try PlanInputs.read(files) }
        for warning in inputs.warnings { Output.error(warning.description) }

        let kept: [KeptSession] = try keep.map { path in
            try readOrReport { () throws(InputProblems) -> [KeptSession] in
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw InputProblems([Diagnostic(file: path, line: 1, column: 1,
                                                    message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")])
                }
                return try KeptPlanReader.read(bytes: [UInt8](data), name: path, all: keepAll)
            }
        } ?? []
        // The matcher gets the shipped thesaurus when none is given, and the semantic evidence.
        let pipeline = PlanPipeline(
            needs: inputs.needs, catalogues: inputs.catalogues, thesaurus: inputs.thesaurus,
            matchingThesaurus: inputs.thesaurus == nil ? MatchDefaults.thesaurus().flatMap { try? CurriculumReader.thesaurus(file: $0).value } : nil,
            legalBase: inputs.legalBase, budgetDays: budgetDays,
            options: ExportOptions(language: LanguageCode(lang), start: start.flatMap(CivilDate.init)), kept: kept)
        let run: PlanPipeline.Run
        do {
            run = try pipeline.run(model: model.result())
        } catch {
            throw CommandFailure(message: error.description)
        }
        for note in run.semantics.notes { Output.error(note.line(in: run.options.language)) }
        let (plan, options, curriculum) = (run.plan, run.options, run.curriculum)
        for session in plan.notKept {
            Output.error("\(keep ?? ""): " + session.sentence(in: run.options.language))
        }

        if let out { try write(run, to: out) }

        switch format {
        case .text:
            let header = PlanHeader(files: files, inputs: inputs, budgetDays: budgetDays, sample: catalogues.isEmpty,
                                    language: options.language)
            Output.text(header.text, terminator: "")
            Output.text(PlanText.write(plan, options: options), terminator: "")
        case .json: print(try PlanJSON.encode(plan, options: options))
        case .xml: Output.data(curriculum)
        case .csv: Output.data(PlanCSV.write(plan, options: options))
        case .md: Output.data(PlanMarkdown.write(plan, options: options) + "\n")
        }
    }

    private func inputFiles() throws -> PlanInputs.Files {
        guard catalogues.isEmpty else {
            return PlanInputs.Files(catalogues: catalogues, needs: needs!, thesaurus: thesaurus, legal: legal)
        }
        switch PlanInputs.sampleFiles(in: FileManager.default.currentDirectoryPath) {
        case .success(var files):
            files.thesaurus = thesaurus ?? files.thesaurus
            files.legal = legal ?? files.legal
            return files
        case .failure(let failure):
            Output.error(failure.message)
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }

    private func write(_ run: PlanPipeline.Run, to folder: String) throws {
        let files = try run.files()
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, bytes) in files {
                try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name), options: .atomic)
            }
        } catch {
            throw CommandFailure(message: "cannot write the plan to \(folder): \(error.localizedDescription)")
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        Output.error(PlanHeader.words(in: run.options.language).wrote(files.map { prefix + $0.name }.joined(separator: ", ")))
    }
}

/// The `--format` values of `plan`.
enum PlanFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    case text
    case json
    case xml
    case csv
    case md
}
