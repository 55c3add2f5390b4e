import CurriculumFormats
import Diagnostics
import Foundation
import TrainingModel

/// The shipped curriculum files a plan can use: the catalogues of `Curricula/catalogues/`, the
/// thesaurus and the legal base, read from the folder `jointtraining serve --curricula` names.
struct CurriculaLibrary: Sendable {
    /// A catalogue a coordinator can tick: shipped (a file) or uploaded (a stored id).
    struct Choice: Sendable {
        var key: String
        var label: String
    }

    let directory: String?

    var catalogueFiles: [String] {
        guard let directory else { return [] }
        let folder = URL(fileURLWithPath: directory).appendingPathComponent("catalogues")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    var thesaurusFile: String? { existing("thesaurus/thb-topics.xml") }
    var legalBaseFile: String? { existing("legal/benelux-thb.xml") }

    private func existing(_ relative: String) -> String? {
        guard let directory else { return nil }
        let path = URL(fileURLWithPath: directory).appendingPathComponent(relative).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    func thesaurus() throws(InputProblems) -> Thesaurus? {
        try thesaurusFile.map { path throws(InputProblems) in try CurriculumReader.thesaurus(file: path).value }
    }

    func legalBase() throws(InputProblems) -> LegalBase? {
        try legalBaseFile.map { path throws(InputProblems) in try CurriculumReader.legalBase(file: path).value }
    }

    /// What the shipped and uploaded catalogues are called on the plan form.
    func choices(uploaded: [StoredCatalogue], text: CoordinatorText) -> [Choice] {
        catalogueFiles.map {
            let name = URL(fileURLWithPath: $0).lastPathComponent
            return Choice(key: "file:" + name, label: text.format(.shipped, name))
        } + uploaded.map {
            Choice(key: "upload:\($0.id ?? 0)", label: text.format(.uploaded, $0.filename, $0.provider, String($0.year), $0.uploadedBy))
        }
    }

    /// The shipped catalogue named by a `file:` key, if it exists (names only, no paths).
    func catalogueFile(forKey key: String) -> String? {
        guard key.hasPrefix("file:") else { return nil }
        let name = String(key.dropFirst(5))
        return catalogueFiles.first { URL(fileURLWithPath: $0).lastPathComponent == name }
    }
}
