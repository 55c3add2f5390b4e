import Foundation
import PlanPipeline

/// The shipped curricula a plan can use (the folder `jointtraining serve --curricula` names),
/// read and checked once when the app is built, with the embedding model looked for then too:
/// no request parses the thesaurus, the legal base or a shipped catalogue again.
struct CurriculaLibrary: Sendable {
    /// A catalogue a coordinator can tick: shipped (a file) or uploaded (a stored id).
    struct Choice: Sendable {
        var key: String
        var label: String
    }

    let curricula: LoadedCurricula
    let model: SemanticModel

    /// Reads the folder's files; no folder, no curricula and no model to look for.
    init(directory: String?, model: SemanticModel? = nil) {
        curricula = ShippedCurricula(directory: directory).load()
        self.model = model ?? .locate(forCurricula: directory)
    }

    var files: ShippedCurricula { curricula.files }

    /// What the shipped and uploaded catalogues are called on the plan form.
    func choices(uploaded: [StoredCatalogue], text: CoordinatorText) -> [Choice] {
        files.catalogueFiles.map {
            let name = URL(fileURLWithPath: $0).lastPathComponent
            return Choice(key: "file:" + name, label: text.sentences.shipped(name))
        } + uploaded.map {
            Choice(key: "upload:\($0.id ?? 0)", label: text.sentences.uploaded($0.filename, provider: $0.provider, year: $0.year, by: $0.uploadedBy))
        }
    }

    /// The shipped catalogue file named by a `file:` key, if it exists (names only, no paths).
    func catalogueFile(forKey key: String) -> String? {
        guard key.hasPrefix("file:") else { return nil }
        return files.catalogueFile(named: String(key.dropFirst(5)))
    }
}
