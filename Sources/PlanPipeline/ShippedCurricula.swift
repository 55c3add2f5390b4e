import CurriculumFormats
import Diagnostics
import Foundation
import TrainingModel

/// The curriculum files shipped with the project, in one folder (`Curricula/`): the catalogues
/// of `catalogues/`, the thesaurus and the legal base. The one place their names are written,
/// for `jointtraining plan` on the sample and for the web app.
public struct ShippedCurricula: Sendable, Hashable {
    public static let catalogueFolder = "catalogues"
    public static let thesaurusName = "thesaurus/thb-topics.xml"
    public static let legalBaseName = "legal/benelux-thb.xml"

    /// The folder, as given (relative paths stay relative, so that messages name them so).
    public let directory: String?
    /// The catalogue files, sorted by name.
    public let catalogueFiles: [String]
    public let thesaurusFile: String?
    public let legalBaseFile: String?

    /// Finds the files in `directory`; nil or a missing folder: none.
    public init(directory: String?) {
        self.directory = directory
        guard let directory else {
            (catalogueFiles, thesaurusFile, legalBaseFile) = ([], nil, nil)
            return
        }
        let manager = FileManager.default
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let folder = prefix + Self.catalogueFolder
        catalogueFiles = ((try? manager.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".xml") }.sorted().map { folder + "/" + $0 }
        thesaurusFile = manager.fileExists(atPath: prefix + Self.thesaurusName) ? prefix + Self.thesaurusName : nil
        legalBaseFile = manager.fileExists(atPath: prefix + Self.legalBaseName) ? prefix + Self.legalBaseName : nil
    }

    /// The shipped catalogue of this file name (names only, never a path from elsewhere).
    public func catalogueFile(named name: String) -> String? {
        catalogueFiles.first { URL(fileURLWithPath: $0).lastPathComponent == name }
    }

    /// Reads and checks every file once, each on its own: the shipped catalogues are chosen
    /// from, so ids repeated across them are checked per run, not here.
    public func load() -> LoadedCurricula {
        let references = CurriculumInputs(catalogues: [], needs: nil, thesaurus: thesaurusFile, legal: legalBaseFile)
        var catalogues: [String: Catalogue] = [:]
        var problems: [String: [Diagnostic]] = [:]
        if !references.problems.isEmpty { problems[""] = references.problems }
        for file in catalogueFiles {
            do {
                catalogues[file] = try CurriculumReader.catalogue(file: file, references: references.references).value
            } catch {
                problems[file] = error.diagnostics
            }
        }
        return LoadedCurricula(files: self, thesaurus: references.thesaurus, legalBase: references.legalBase,
                               catalogues: catalogues, problems: problems)
    }

    /// What the thesaurus and legal base read give, for checking an uploaded catalogue.
    public static func references(thesaurus: Thesaurus?, legalBase: LegalBase?) -> KnownReferences {
        KnownReferences(concepts: thesaurus.map { Set($0.concepts.map(\.id)) }, legalTopics: legalBase.map { Set($0.topics.map(\.id)) })
    }
}

/// The shipped curricula read and checked: built once when the web app is built, so that no
/// request parses them again.
public struct LoadedCurricula: Sendable {
    public let files: ShippedCurricula
    public let thesaurus: Thesaurus?
    public let legalBase: LegalBase?
    /// Each catalogue read without problems, by its file.
    public let catalogues: [String: Catalogue]
    /// The problems of each file that could not be used, by file; "" for the thesaurus and legal base.
    public let problems: [String: [Diagnostic]]

    /// The problems of the thesaurus and the legal base, which every run uses.
    public var referenceProblems: [Diagnostic] { problems[""] ?? [] }
}
