import Diagnostics
import SafeXML

/// The schema of `curriculum.xml` (Curricula/schema/curriculum.xsd), compiled into the
/// binary so that exports can be checked from any working directory.
public enum CurriculumSchema {
    /// The namespace of the curriculum export.
    public static let namespace = "urn:jointtraining:curriculum:1"

    static let schema: XMLSchema = {
        do {
            return try XMLSchema(bytes: PackageResources.curriculum_xsd, name: "curriculum.xsd")
        } catch {
            // The schema ships with the binary and is compiled by its tests.
            fatalError("built-in schema curriculum.xsd does not compile:\n\(error)")
        }
    }()

    /// Every problem that parsing or schema validation finds in a curriculum document;
    /// empty when it is valid.
    public static func validate(_ xml: String, name: String = "curriculum.xml") -> [Diagnostic] {
        do {
            let document = try XMLDocument.parse(bytes: Array(xml.utf8), name: name)
            return schema.validate(document).errors
        } catch {
            return error.diagnostics
        }
    }
}
