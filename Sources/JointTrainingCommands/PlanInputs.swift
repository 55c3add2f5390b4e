import CurriculumFormats
import Diagnostics
import Foundation
import NeedsCSV
import TrainingModel

/// The files `plan` reads, read and checked together: every problem in every file is
/// reported before the command gives up.
struct PlanInputs {
    var catalogues: [Catalogue] = []
    var needs: [Need] = []
    var thesaurus: Thesaurus?
    var legalBase: LegalBase?
    var warnings: [Diagnostic] = []

    /// Where the shipped sample lives, relative to the current folder.
    struct Files {
        var catalogues: [String]
        var needs: String
        var thesaurus: String?
        var legal: String?
    }

    static let sampleNeeds = "Surveys/sample/needs.csv"
    static let sampleCatalogues = "Curricula/catalogues"
    static let sampleThesaurus = "Curricula/thesaurus/thb-topics.xml"
    static let sampleLegal = "Curricula/legal/benelux-thb.xml"

    /// The shipped sample's files, or a message saying where they were looked for.
    static func sampleFiles(in folder: String) -> Result<Files, CommandFailure> {
        let manager = FileManager.default
        let catalogueFolder = folder + "/" + sampleCatalogues
        let catalogues = ((try? manager.contentsOfDirectory(atPath: catalogueFolder)) ?? [])
            .filter { $0.hasSuffix(".xml") }.sorted().map { sampleCatalogues + "/" + $0 }
        guard manager.fileExists(atPath: folder + "/" + sampleNeeds), !catalogues.isEmpty else {
            return .failure(CommandFailure(message: """
            The shipped sample was not found in \(folder): `jointtraining plan` without --catalogue and \
            --needs reads \(sampleNeeds) and \(sampleCatalogues)/*.xml from the current folder. Run it from \
            the JointTraining folder, or give --catalogue FILE and --needs FILE.
            """))
        }
        return .success(Files(
            catalogues: catalogues, needs: sampleNeeds,
            thesaurus: manager.fileExists(atPath: folder + "/" + sampleThesaurus) ? sampleThesaurus : nil,
            legal: manager.fileExists(atPath: folder + "/" + sampleLegal) ? sampleLegal : nil))
    }

    /// Reads every file; throws every problem found.
    static func read(_ files: Files) throws(InputProblems) -> PlanInputs {
        var inputs = PlanInputs()
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
        if let path = files.thesaurus {
            inputs.thesaurus = attempt { () throws(InputProblems) in try CurriculumReader.thesaurus(file: path) }
        }
        if let path = files.legal {
            inputs.legalBase = attempt { () throws(InputProblems) in try CurriculumReader.legalBase(file: path) }
        }
        let references = KnownReferences(
            concepts: inputs.thesaurus.map { Set($0.concepts.map(\.id)) },
            conceptSource: files.thesaurus.map { "the thesaurus \($0)" } ?? "the thesaurus",
            legalTopics: inputs.legalBase.map { Set($0.topics.map(\.id)) },
            legalTopicSource: files.legal.map { "the legal base \($0)" } ?? "the legal base")
        var firstFile: [String: String] = [:]
        for path in files.catalogues {
            guard let catalogue = attempt({ () throws(InputProblems) in try CurriculumReader.catalogue(file: path, references: references) }) else { continue }
            for module in catalogue.modules {
                if let other = firstFile[module.id] {
                    let place = line(of: "id=\"\(module.id)\"", in: path)
                    problems.append(Diagnostic(file: path, line: place, column: 1,
                        message: "module id \"\(module.id)\" is also used in \(other); module ids must be unique across the catalogues planned together"))
                } else {
                    firstFile[module.id] = path
                }
            }
            inputs.catalogues.append(catalogue)
        }
        let reader = NeedsReader(knownTopics: inputs.thesaurus.map { Set($0.concepts.map(\.id)) },
                                 topicSource: files.thesaurus.map { "the thesaurus \($0)" } ?? "the thesaurus")
        inputs.needs = attempt { () throws(InputProblems) in try reader.read(file: files.needs) } ?? []
        if !problems.isEmpty { throw InputProblems(problems) }
        return inputs
    }

    var modules: [TrainingModule] { catalogues.flatMap(\.modules) }

    /// The 1-based line where `text` first occurs in the file, or 1.
    private static func line(of text: String, in path: String) -> Int {
        guard let data = FileManager.default.contents(atPath: path) else { return 1 }
        let content = String(decoding: data, as: UTF8.self)
        guard let range = content.range(of: text) else { return 1 }
        return content[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}
