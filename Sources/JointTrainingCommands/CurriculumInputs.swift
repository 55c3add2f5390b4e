import CurriculumFormats
import Diagnostics
import NeedsCSV
import SafeXML
import TrainingModel

/// The catalogues, thesaurus, legal base and needs a command reads, read together so that
/// the problems of every file are reported at once, not one file per run.
struct CurriculumInputs {
    var catalogues: [Catalogue] = []
    var thesaurus: Thesaurus?
    var legalBase: LegalBase?
    var needs: [Need] = []
    var warnings: [Diagnostic] = []
    /// Every problem found; the command refuses its input when there is any.
    var problems: [Diagnostic] = []

    /// The modules of every catalogue, in file order.
    var modules: [TrainingModule] { catalogues.flatMap(\.modules) }

    /// Reads what is given; module ids must differ across the catalogues read together,
    /// since needs and plans name modules by id alone.
    init(catalogues catalogueFiles: [String], needs needsFile: String?, thesaurus thesaurusFile: String?, legal legalFile: String?) {
        if let thesaurusFile {
            thesaurus = attempt { () throws(InputProblems) in try CurriculumReader.thesaurus(file: thesaurusFile) }
        }
        if let legalFile {
            legalBase = attempt { () throws(InputProblems) in try CurriculumReader.legalBase(file: legalFile) }
        }
        let conceptSource = thesaurusFile.map { "the thesaurus \($0)" } ?? "the thesaurus"
        let references = KnownReferences(
            concepts: thesaurus.map { Set($0.concepts.map(\.id)) }, conceptSource: conceptSource,
            legalTopics: legalBase.map { Set($0.topics.map(\.id)) },
            legalTopicSource: legalFile.map { "the legal base \($0)" } ?? "the legal base")
        var firstFile: [String: String] = [:]
        for file in catalogueFiles {
            guard let catalogue = attempt({ () throws(InputProblems) in try CurriculumReader.catalogue(file: file, references: references) }) else { continue }
            for module in catalogue.modules {
                if let other = firstFile[module.id] {
                    let place = Self.place(ofModule: module.id, in: file)
                    problems.append(Diagnostic(file: file, line: place.line, column: place.column,
                        message: "module id \"\(module.id)\" is also used in \(other); module ids must differ across the catalogues read together"))
                } else {
                    firstFile[module.id] = file
                }
            }
            catalogues.append(catalogue)
        }
        if let needsFile {
            let reader = NeedsReader(knownTopics: references.concepts, topicSource: conceptSource)
            needs = attempt { () throws(InputProblems) in try reader.read(file: needsFile) } ?? []
        }
    }

    /// Runs one read, keeping its warnings, or its problems when it fails.
    private mutating func attempt<Value>(_ read: () throws(InputProblems) -> Decoded<Value>) -> Value? {
        do {
            let decoded = try read()
            warnings += decoded.warnings
            return decoded.value
        } catch {
            problems += error.diagnostics
            return nil
        }
    }

    /// Where the module element with this id starts, for a message about it.
    private static func place(ofModule id: String, in file: String) -> (line: Int, column: Int) {
        guard let document = try? XMLDocument.parse(file: file) else { return (1, 1) }
        let element = document.root.children(named: "module").last { $0.attribute("id") == id }
        return element.map { ($0.line, $0.column) } ?? (1, 1)
    }
}
