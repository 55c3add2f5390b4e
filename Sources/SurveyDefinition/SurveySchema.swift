import SafeXML

/// The survey format's schema, compiled into the binary so that validation works from any
/// working directory (the file is `Surveys/schema/survey.xsd`, linked into `Schemas/`).
enum SurveySchema {
    static let namespace = "urn:jointtraining:survey:1"
    static let rootName = "survey"

    static let compiled: XMLSchema = {
        do {
            return try XMLSchema(bytes: PackageResources.survey_xsd, name: "survey.xsd")
        } catch {
            // The schema ships with the binary and is compiled by its tests.
            fatalError("built-in schema survey.xsd does not compile:\n\(error)")
        }
    }()
}
