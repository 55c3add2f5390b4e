import CurriculumFormats
import Diagnostics
import Matching
import NeedsCSV
import PlanPipeline
import TrainingModel

/// Everything `jointtraining match` reads, read together so that the problems of every
/// file are reported at once.
struct MatchInputs {
    var modules: [TrainingModule] = []
    var thesaurus: Thesaurus?
    /// The thesaurus file used: the one given, the shipped default, or nil.
    var thesaurusFile: String?
    var needs: [Need] = []
    var gold: [GoldFile.Row]?
    var warnings: [Diagnostic] = []

    /// `defaultThesaurus`: read when no thesaurus is given, for matching only (the catalogues'
    /// and needs' topic refs are not checked against it: they may name another thesaurus).
    static func read(catalogues: [String], needs needsFile: String, thesaurus thesaurusFile: String?,
                     defaultThesaurus: String? = nil, gold goldFile: String?) throws(InputProblems) -> MatchInputs {
        let files = CurriculumInputs(catalogues: catalogues, needs: needsFile, thesaurus: thesaurusFile, legal: nil)
        var inputs = MatchInputs(modules: files.modules, thesaurus: files.thesaurus, needs: files.needs, warnings: files.warnings)
        var problems = files.problems
        if thesaurusFile == nil, let defaultThesaurus {
            do {
                let read = try CurriculumReader.thesaurus(file: defaultThesaurus)
                inputs.thesaurus = read.value
                inputs.thesaurusFile = defaultThesaurus
            } catch {
                problems += error.diagnostics
            }
        } else {
            inputs.thesaurusFile = thesaurusFile
        }
        let moduleIDs = Set(inputs.modules.map(\.id))

        if let goldFile {
            do {
                let rows = try GoldFile.read(file: goldFile)
                inputs.gold = rows
                let needIDs = Set(inputs.needs.map(\.id))
                for row in rows where !needIDs.isEmpty && !needIDs.contains(row.judgement.needID) {
                    inputs.warnings.append(Diagnostic(file: goldFile, line: row.line, column: row.needColumn,
                        message: "need \"\(row.judgement.needID)\" is not in \(needsFile); the row is not counted", severity: .warning))
                }
                for row in rows where !moduleIDs.isEmpty {
                    if let module = row.judgement.moduleID, !moduleIDs.contains(module) {
                        inputs.warnings.append(Diagnostic(file: goldFile, line: row.line, column: row.moduleColumn,
                            message: "module \"\(module)\" is in none of the catalogues", severity: .warning))
                    }
                }
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw InputProblems(problems) }
        return inputs
    }
}
