import CurriculumFormats
import Diagnostics
import Foundation
import PlanPipeline
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
    /// The shipped curricula, relative to the current folder so that messages name them so.
    static let sampleCurricula = "Curricula"
    static let sampleCatalogues = sampleCurricula + "/" + ShippedCurricula.catalogueFolder
    static let sampleThesaurus = sampleCurricula + "/" + ShippedCurricula.thesaurusName
    static let sampleLegal = sampleCurricula + "/" + ShippedCurricula.legalBaseName

    /// The shipped sample's files, or a message saying where they were looked for.
    static func sampleFiles(in folder: String) -> Result<Files, CommandFailure> {
        let shipped = ShippedCurricula(directory: sampleCurricula)
        guard FileManager.default.fileExists(atPath: folder + "/" + sampleNeeds), !shipped.catalogueFiles.isEmpty else {
            return .failure(CommandFailure(message: """
            The shipped sample was not found in \(folder): `jointtraining plan` without --catalogue and \
            --needs reads \(sampleNeeds) and \(sampleCatalogues)/*.xml from the current folder. Run it from \
            the JointTraining folder, or give --catalogue FILE and --needs FILE.
            """))
        }
        return .success(Files(catalogues: shipped.catalogueFiles, needs: sampleNeeds,
                              thesaurus: shipped.thesaurusFile, legal: shipped.legalBaseFile))
    }

    /// Reads every file; throws every problem found.
    static func read(_ files: Files) throws(InputProblems) -> PlanInputs {
        let read = CurriculumInputs(catalogues: files.catalogues, needs: files.needs, thesaurus: files.thesaurus, legal: files.legal)
        if !read.problems.isEmpty { throw InputProblems(read.problems) }
        return PlanInputs(catalogues: read.catalogues, needs: read.needs, thesaurus: read.thesaurus,
                          legalBase: read.legalBase, warnings: read.warnings)
    }

    var modules: [TrainingModule] { catalogues.flatMap(\.modules) }
}
