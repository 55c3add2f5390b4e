import Diagnostics
import ParallelWork
import SafeXML
import TrainingModel

/// The content of a curriculum file, whichever format its root element names.
public enum CurriculumFile: Sendable, Hashable {
    case catalogue(Catalogue)
    case thesaurus(Thesaurus)
    case legalBase(LegalBase)

    public var kind: DocumentKind {
        switch self {
        case .catalogue: .catalogue
        case .thesaurus: .thesaurus
        case .legalBase: .legalBase
        }
    }
}

/// Reads catalogues, thesauri and legal bases: safe parsing, schema validation, then the
/// checks XSD cannot express, every problem reported in `FILE:LINE:COLUMN` form.
///
/// A file with any error is refused as a whole (`InputProblems`); warnings come with the value.
public enum CurriculumReader {
    /// Reads a file of any of the three formats, the kind taken from its root element.
    public static func read(file path: String, references: KnownReferences = .none) throws(InputProblems) -> Decoded<CurriculumFile> {
        try decode(XMLDocument.parse(file: path), expecting: nil, references: references)
    }

    /// Reads a document of any of the three formats held in memory.
    public static func read(bytes: [UInt8], name: String, references: KnownReferences = .none) throws(InputProblems) -> Decoded<CurriculumFile> {
        try decode(XMLDocument.parse(bytes: bytes, name: name), expecting: nil, references: references)
    }

    /// Reads a catalogue file.
    public static func catalogue(file path: String, references: KnownReferences = .none) throws(InputProblems) -> Decoded<Catalogue> {
        let decoded = try decode(XMLDocument.parse(file: path), expecting: .catalogue, references: references)
        guard case .catalogue(let catalogue) = decoded.value else { fatalError("kind checked by decode") }
        return Decoded(value: catalogue, warnings: decoded.warnings)
    }

    /// Reads a thesaurus file.
    public static func thesaurus(file path: String, references: KnownReferences = .none) throws(InputProblems) -> Decoded<Thesaurus> {
        let decoded = try decode(XMLDocument.parse(file: path), expecting: .thesaurus, references: references)
        guard case .thesaurus(let thesaurus) = decoded.value else { fatalError("kind checked by decode") }
        return Decoded(value: thesaurus, warnings: decoded.warnings)
    }

    /// Reads a legal-base file.
    public static func legalBase(file path: String) throws(InputProblems) -> Decoded<LegalBase> {
        let decoded = try decode(XMLDocument.parse(file: path), expecting: .legalBase, references: .none)
        guard case .legalBase(let legalBase) = decoded.value else { fatalError("kind checked by decode") }
        return Decoded(value: legalBase, warnings: decoded.warnings)
    }

    /// Decodes an already parsed document of any of the three formats.
    static func read(document: XMLDocument, references: KnownReferences) throws(InputProblems) -> Decoded<CurriculumFile> {
        try decode(document, expecting: nil, references: references)
    }

    private static func decode(_ document: XMLDocument, expecting expected: DocumentKind?, references: KnownReferences) throws(InputProblems) -> Decoded<CurriculumFile> {
        let root = document.root
        let kind = try DocumentKind.of(root).get()
        if let expected, kind != expected {
            throw InputProblems([Diagnostic(
                file: document.name, line: root.line, column: root.column,
                message: "this is a \(kind.rawValue) file, but a \(expected.rawValue) was expected here"
            )])
        }
        // Schema validation and decoding only read the tree, so they run side by side: on a
        // large catalogue that is most of the time saved. Validation stays on the caller's
        // thread, where libxml2 reaches its thread-local state fastest. The decoder reads
        // every attribute and text defensively, so its checks also run on a tree the schema
        // refused: a file's problems are reported all together (FORMATS.md, common rules),
        // and the decoded value is used only when neither found an error.
        let decoding = BackgroundWork { () -> (CurriculumFile, Problems) in
            switch kind {
            case .catalogue:
                var decoder = CatalogueDecoder(references: references)
                return (.catalogue(decoder.decode(root)), decoder.problems)
            case .thesaurus:
                var decoder = ThesaurusDecoder(references: references)
                return (.thesaurus(decoder.decode(root)), decoder.problems)
            case .legalBase:
                var decoder = LegalBaseDecoder()
                return (.legalBase(decoder.decode(root)), decoder.problems)
            }
        }
        let schemaDiagnostics = kind.schema.validate(document)
        let (value, problems) = decoding.result()
        let diagnostics = schemaDiagnostics.merged(withChecks: problems.diagnostics)
        if !diagnostics.errors.isEmpty {
            throw InputProblems(diagnostics)
        }
        return Decoded(value: value, warnings: diagnostics.warnings)
    }
}
