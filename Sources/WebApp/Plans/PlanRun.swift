import CurriculumExport
import Foundation
import Matching
import Planning
import TrainingModel

/// Runs the matcher and the planner on collected needs and produces every export: what the
/// dashboard's "Match and plan" does. Pure apart from its inputs: no store, no files.
struct PlanRun {
    var needs: [Need]
    var catalogues: [Catalogue]
    var thesaurus: Thesaurus?
    var legalBase: LegalBase?
    var budgetDays: Double
    var options: ExportOptions

    /// The files of the run by name, and the page's view of the plan.
    struct Output {
        var files: [String: [UInt8]]
        var view: PlanView
    }

    /// Module ids found in more than one chosen catalogue: the planner needs them unique.
    var duplicateModuleIDs: [String] {
        var seen = Set<String>()
        var duplicates = Set<String>()
        for module in catalogues.flatMap(\.modules) where !seen.insert(module.id).inserted {
            duplicates.insert(module.id)
        }
        return duplicates.sorted()
    }

    /// The same steps as `jointtraining plan`: the matcher gives modules without topic refs the
    /// topics found in their texts, and free-text needs their candidate modules.
    func run() throws -> Output {
        let matched = MatchedCandidates(needs: needs, modules: catalogues.flatMap(\.modules), thesaurus: thesaurus)
        let matches = matched.index.matches(for: needs)
        let plan = Planner.plan(PlanningInput(needs: needs, modules: matched.modules, legalBase: legalBase, thesaurus: thesaurus,
                                              budgetDays: budgetDays, freeTextCandidates: matched.freeText))
        var options = options
        options.providers = ExportOptions.providers(of: catalogues)
        let exports = try PlanExports.files(plan, options: options, curriculum: CurriculumXML.write(plan, options: options))
        var files = Dictionary(uniqueKeysWithValues: exports.map { ($0.name, $0.bytes) })
        files["matches.json"] = Array(try MatchesJSON.encode(needs: needs, matches: matches, language: options.language).utf8)
        return Output(files: files,
                      view: PlanView(plan: plan, needs: needs.count, language: options.language, thesaurus: thesaurus))
    }
}

/// The matches of every need in the `match --format json` shape of docs/formats.md section 5.
enum MatchesJSON {
    struct Document: Encodable {
        var needs: [MatchListing]
    }

    static func encode(needs: [Need], matches: [[ModuleMatch]], language: LanguageCode) throws -> String {
        let document = Document(needs: MatchListing.of(needs: needs, matches: matches, language: language, decimals: 3))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
