import CurriculumExport
import Foundation
import PlanPipeline
import Planning
import TrainingModel

/// The web app's use of the pipeline: what the dashboard's "Match and plan" stores, the
/// exports with matches.json, and the page's view of the plan.
struct PlanRun {
    var pipeline: PlanPipeline

    /// The files of the run by name, and the page's view of the plan in each language of the pages.
    struct Output {
        var files: [String: [UInt8]]
        /// By language tag (`nl`, `fr`, `de`, `en`).
        var views: [String: PlanView]
        /// The run's plan: which sessions it kept from an earlier one.
        var plan: Plan
    }

    /// The languages the plan page is read in.
    static let pageLanguages = ["en", "fr", "nl", "de"]

    /// The same steps as `jointtraining plan`, with the model the app looked for at start-up.
    func run(model: SemanticModel) throws -> Output {
        let run = try pipeline.run(model: model)
        var files = Dictionary(uniqueKeysWithValues: try run.files().map { ($0.name, $0.bytes) })
        files["matches.json"] = Array(try run.matchesJSON(needs: pipeline.needs).utf8)
        let views = Dictionary(uniqueKeysWithValues: Self.pageLanguages.map { tag in
            (tag, PlanView(plan: run.plan, needs: pipeline.needs.count, language: LanguageCode(tag),
                           thesaurus: pipeline.thesaurus, options: run.options, matchingNotes: run.semantics.notes))
        })
        return Output(files: files, views: views, plan: run.plan)
    }
}
