import Diagnostics
import SafeXML
import TrainingModel

/// What validating one file found.
public struct FileReport: Sendable, Codable {
    public var file: String
    public var kind: DocumentKind?
    public var errors: [Diagnostic]
    public var warnings: [Diagnostic]
    /// A short description of the content, e.g. "34 modules", when the file is valid.
    public var summary: String?

    public var isValid: Bool { errors.isEmpty }
}

/// Validates several files together: legal bases first, then thesauri checked against
/// them, then catalogues checked against both, so that every cross-file reference is
/// verified whatever order the files were given in.
public enum CurriculumValidator {
    public static func validate(files: [String]) -> [FileReport] {
        var reports: [String: FileReport] = [:]
        var documents: [(path: String, document: XMLDocument, kind: DocumentKind)] = []
        for path in files {
            do {
                let document = try XMLDocument.parse(file: path)
                let kind = try DocumentKind.of(document.root).get()
                documents.append((path, document, kind))
            } catch {
                reports[path] = FileReport(file: path, kind: nil, errors: error.diagnostics.errors, warnings: error.diagnostics.warnings)
            }
        }

        var references = KnownReferences.none
        for kind in [DocumentKind.legalBase, .thesaurus, .catalogue] {
            for entry in documents where entry.kind == kind {
                let report: FileReport
                do {
                    let decoded = try CurriculumReader.read(document: entry.document, references: references)
                    report = FileReport(file: entry.path, kind: kind, errors: [], warnings: decoded.warnings, summary: summary(of: decoded.value))
                    remember(decoded.value, from: entry.path, in: &references)
                } catch {
                    report = FileReport(file: entry.path, kind: kind, errors: error.diagnostics.errors, warnings: error.diagnostics.warnings)
                }
                reports[entry.path] = report
            }
        }
        return files.compactMap { reports[$0] }
    }

    private static func remember(_ file: CurriculumFile, from path: String, in references: inout KnownReferences) {
        switch file {
        case .legalBase(let legalBase):
            references.legalTopics = (references.legalTopics ?? []).union(legalBase.topics.map(\.id))
            references.legalTopicSource = "the legal base \(path)"
        case .thesaurus(let thesaurus):
            references.concepts = (references.concepts ?? []).union(thesaurus.concepts.map(\.id))
            references.conceptSource = "the thesaurus \(path)"
        case .catalogue:
            break
        }
    }

    private static func summary(of file: CurriculumFile) -> String {
        switch file {
        case .catalogue(let catalogue):
            let withdrawn = catalogue.modules.count - catalogue.activeModules.count
            return "catalogue \"\(catalogue.id)\" of \(catalogue.provider): \(catalogue.modules.count) modules" + (withdrawn > 0 ? " (\(withdrawn) withdrawn)" : "")
        case .thesaurus(let thesaurus):
            return "thesaurus \"\(thesaurus.id)\": \(thesaurus.concepts.count) concepts"
        case .legalBase(let legalBase):
            let provisions = legalBase.topics.reduce(0) { $0 + $1.provisions.count }
            return "legal base \"\(legalBase.id)\": \(legalBase.topics.count) topics, \(provisions) provisions"
        }
    }
}
