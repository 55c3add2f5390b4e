import CurriculumExport
import Foundation
import PlanPipeline
import Planning
import TrainingModel

/// The web app's use of the pipeline: what the dashboard's "Match and plan" stores, the
/// exports with matches.json, and the page's view of the plan.
struct PlanRun {
    var pipeline: PlanPipeline

    /// The files of the run by name, and the page's view of the plan.
    struct Output {
        var files: [String: [UInt8]]
        var view: PlanView
    }

    /// The same steps as `jointtraining plan`, with the model the app looked for at start-up.
    func run(model: SemanticModel) throws -> Output {
        let run = try pipeline.run(model: model)
        var files = Dictionary(uniqueKeysWithValues: try run.files().map { ($0.name, $0.bytes) })
        files["matches.json"] = Array(try run.matchesJSON(needs: pipeline.needs).utf8)
        return Output(files: files,
                      view: PlanView(plan: run.plan, needs: pipeline.needs.count, language: run.options.language,
                                     thesaurus: pipeline.thesaurus, dates: Self.dates(run.plan, options: run.options)))
    }

    /// Each session's first and last day, when the run has a first day.
    static func dates(_ plan: Plan, options: ExportOptions) -> [String: String] {
        guard let schedule = SessionSchedule.of(plan, options: options) else { return [:] }
        var dates: [String: String] = [:]
        for session in plan.sessions {
            guard let range = schedule[session: session.id] else { continue }
            dates[session.id] = range.first == range.last ? range.first.description : "\(range.first) – \(range.last)"
        }
        return dates
    }
}
