import CurriculumFormats
import Diagnostics
import NeedsCSV
import SafeXML
import TrainingModel

/// Everything `jointtraining match` reads, read together so that the problems of every
/// file are reported at once.
struct MatchInputs {
    var modules: [TrainingModule] = []
    var thesaurus: Thesaurus?
    var needs: [Need] = []
    var gold: [GoldFile.Row]?
    var warnings: [Diagnostic] = []

    static func read(catalogues: [String], needs needsFile: String, thesaurus thesaurusFile: String?,
                     gold goldFile: String?) throws(InputProblems) -> MatchInputs {
        var inputs = MatchInputs()
        var problems: [Diagnostic] = []
        func attempt<Value>(_ read: () throws(InputProblems) -> Decoded<Value>) -> Value? {
            do {
                let decoded = try read()
                inputs.warnings += decoded.warnings
                return decoded.value
            } catch {
                problems += error.diagnostics
                return nil
            }
        }

        if let thesaurusFile {
            inputs.thesaurus = attempt { () throws(InputProblems) in try CurriculumReader.thesaurus(file: thesaurusFile) }
        }
        let references = inputs.thesaurus.map {
            KnownReferences(concepts: Set($0.concepts.map(\.id)), conceptSource: "the thesaurus \(thesaurusFile!)")
        } ?? .none
        var firstFile: [String: String] = [:]
        for file in catalogues {
            guard let catalogue = attempt({ () throws(InputProblems) in try CurriculumReader.catalogue(file: file, references: references) }) else { continue }
            for module in catalogue.modules {
                if let other = firstFile[module.id] {
                    let place = Self.place(ofModule: module.id, in: file)
                    problems.append(Diagnostic(file: file, line: place.line, column: place.column,
                        message: "module id \"\(module.id)\" is also used in \(other); module ids must differ across the catalogues matched together"))
                } else {
                    firstFile[module.id] = file
                    inputs.modules.append(module)
                }
            }
        }
        let reader = NeedsReader(knownTopics: inputs.thesaurus.map { Set($0.concepts.map(\.id)) },
                                 topicSource: thesaurusFile.map { "the thesaurus \($0)" } ?? "the thesaurus")
        inputs.needs = attempt { () throws(InputProblems) in try reader.read(file: needsFile) } ?? []

        if let goldFile {
            do {
                let rows = try GoldFile.read(file: goldFile)
                inputs.gold = rows
                let needIDs = Set(inputs.needs.map(\.id))
                for row in rows where !needIDs.isEmpty && !needIDs.contains(row.judgement.needID) {
                    inputs.warnings.append(Diagnostic(file: goldFile, line: row.line, column: row.needColumn,
                        message: "need \"\(row.judgement.needID)\" is not in \(needsFile); the row is not counted", severity: .warning))
                }
                for row in rows where !firstFile.isEmpty {
                    if let module = row.judgement.moduleID, firstFile[module] == nil {
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

    /// Where the module element with this id starts, for a message about it.
    private static func place(ofModule id: String, in file: String) -> (line: Int, column: Int) {
        guard let document = try? XMLDocument.parse(file: file) else { return (1, 1) }
        let element = document.root.children(named: "module").first { $0.attribute("id") == id }
        return element.map { ($0.line, $0.column) } ?? (1, 1)
    }
}
