import Diagnostics
import Foundation
import SafeXML

/// Reads survey definition files: safe parsing, validation against the built-in schema,
/// then decoding with the checks a schema cannot express.
///
/// The publish checks (translations, thesaurus concepts, conditions) are separate, in
/// `PublishCheck`, so that a coordinator can read and preview a survey that is not finished.
public enum SurveyReader {
    /// Reads the survey definition at `path`.
    public static func read(file path: String) throws(InputProblems) -> Decoded<SurveyDocument> {
        try read(XMLDocument.parse(file: path))
    }

    /// Reads a survey definition held in memory; `name` is used in messages.
    public static func read(bytes: [UInt8], name: String) throws(InputProblems) -> Decoded<SurveyDocument> {
        try read(XMLDocument.parse(bytes: bytes, name: name))
    }

    private static func read(_ document: XMLDocument) throws(InputProblems) -> Decoded<SurveyDocument> {
        let root = document.root
        guard root.name == SurveySchema.rootName, root.namespaceURI == SurveySchema.namespace else {
            let found = root.namespaceURI.map { "<\(root.name) xmlns=\"\($0)\">" } ?? "<\(root.name)> without namespace"
            throw InputProblems([Diagnostic(
                file: document.name, line: root.line, column: root.column,
                message: "root element \(found) is not a JointTraining survey; expected <survey xmlns=\"\(SurveySchema.namespace)\">"
            )])
        }
        // The decoder reads the tree defensively, so its checks run even when the schema
        // refused it: every problem of the file is reported together.
        let schemaDiagnostics = SurveySchema.compiled.validate(document)
        var decoder = SurveyDecoder(file: document.name)
        let survey = decoder.decode(root)
        let diagnostics = schemaDiagnostics.merged(withChecks: decoder.problems)
        if !diagnostics.errors.isEmpty {
            throw InputProblems(diagnostics)
        }
        return Decoded(value: SurveyDocument(survey: survey, places: decoder.places), warnings: diagnostics.warnings)
    }
}
