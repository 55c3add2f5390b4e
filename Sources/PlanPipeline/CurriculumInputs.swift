import CurriculumFormats
import Diagnostics
import NeedsCSV
import TrainingModel

/// The catalogues, thesaurus, legal base and needs a command reads, read together so that
/// the problems of every file are reported at once, not one file per run.
public struct CurriculumInputs: Sendable {
    public var catalogues: [Catalogue] = []
    public var thesaurus: Thesaurus?
    public var legalBase: LegalBase?
    public var needs: [Need] = []
    public var warnings: [Diagnostic] = []
    /// Every problem found; the command refuses its input when there is any.
    public var problems: [Diagnostic] = []

    /// What catalogues and needs were checked against: the thesaurus's concepts, the legal topics.
    public private(set) var references = KnownReferences()

    /// The modules of every catalogue, in file order.
    public var modules: [TrainingModule] { catalogues.flatMap(\.modules) }

    /// Reads what is given; module ids must differ across the catalogues read together,
    /// since needs and plans name modules by id alone.
    public init(catalogues catalogueFiles: [String], needs needsFile: String?, thesaurus thesaurusFile: String?, legal legalFile: String?) {
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
        self.references = references
        var duplicates = ModuleDuplicates()
        for file in catalogueFiles {
            guard let catalogue = attempt({ () throws(InputProblems) in try CurriculumReader.catalogue(file: file, references: references) }) else { continue }
            problems += duplicates.add(catalogue, from: file).map(\.diagnostic)
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
}
