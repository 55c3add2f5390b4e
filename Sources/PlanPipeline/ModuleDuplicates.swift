import Diagnostics
import SafeXML
import TrainingModel

/// A module id found again in a later catalogue of one run: needs and plans name modules by
/// id alone, so the ids must differ across the catalogues read together.
public struct ModuleDuplicate: Sendable, Hashable {
    public var id: String
    /// The catalogue where the id is found again, and where its module element starts.
    public var file: String
    public var line: Int
    public var column: Int
    /// The catalogue that used the id first.
    public var firstFile: String

    public init(id: String, file: String, line: Int, column: Int, firstFile: String) {
        (self.id, self.file, self.line, self.column, self.firstFile) = (id, file, line, column, firstFile)
    }

    /// The problem as `jointtraining plan` and `match` report it.
    public var diagnostic: Diagnostic {
        Diagnostic(file: file, line: line, column: column,
                   message: "module id \"\(id)\" is also used in \(firstFile); module ids must differ across the catalogues read together")
    }
}

/// The duplicate check of the pipeline: catalogues are added in the order they are read, and
/// each module id used before is reported with the position of its module element.
public struct ModuleDuplicates: Sendable {
    private var firstFile: [String: String] = [:]

    public init() {}

    /// The ids of `catalogue` already used by a catalogue added before. `bytes`: the file's
    /// content when it was not read from the file `name` (an upload); positions come from it.
    public mutating func add(_ catalogue: Catalogue, from name: String, bytes: [UInt8]? = nil) -> [ModuleDuplicate] {
        var found: [ModuleDuplicate] = []
        for module in catalogue.modules {
            if let other = firstFile[module.id] {
                let place = Self.place(ofModule: module.id, in: name, bytes: bytes)
                found.append(ModuleDuplicate(id: module.id, file: name, line: place.line, column: place.column, firstFile: other))
            } else {
                firstFile[module.id] = name
            }
        }
        return found
    }

    /// Every duplicate across these catalogues, in order.
    public static func find(in catalogues: [(name: String, catalogue: Catalogue, bytes: [UInt8]?)]) -> [ModuleDuplicate] {
        var check = ModuleDuplicates()
        return catalogues.flatMap { check.add($0.catalogue, from: $0.name, bytes: $0.bytes) }
    }

    /// Where the module element with this id starts, for a message about it.
    private static func place(ofModule id: String, in file: String, bytes: [UInt8]?) -> (line: Int, column: Int) {
        let document = bytes.map { try? XMLDocument.parse(bytes: $0, name: file) } ?? (try? XMLDocument.parse(file: file))
        guard let document else { return (1, 1) }
        let element = document.root.children(named: "module").last { $0.attribute("id") == id }
        return element.map { ($0.line, $0.column) } ?? (1, 1)
    }
}
