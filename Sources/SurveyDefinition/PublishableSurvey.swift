import Diagnostics
import TrainingModel

/// A survey that passed every publish check, with the exact definition text that was
/// checked: what a store keeps as a published version, which never changes afterwards.
public struct PublishableSurvey: Sendable {
    public let survey: Survey
    /// The definition file's text, kept so that every answer can be read against it later.
    public let definition: String
    /// The thesaurus the topic rows were checked against, if one was given.
    public let thesaurus: Thesaurus?

    private init(survey: Survey, definition: String, thesaurus: Thesaurus?) {
        self.survey = survey
        self.definition = definition
        self.thesaurus = thesaurus
    }

    /// Reads and checks a definition; throws every problem when it cannot be published.
    public static func check(bytes: [UInt8], name: String, thesaurus: Thesaurus? = nil) throws(InputProblems) -> Decoded<PublishableSurvey> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputProblems([Diagnostic(file: name, line: 1, column: 1, message: "the survey definition is not UTF-8 text")])
        }
        let read = try SurveyReader.read(bytes: bytes, name: name)
        let problems = PublishCheck(read.value, thesaurus: thesaurus).problems()
        if !problems.errors.isEmpty {
            throw InputProblems(problems)
        }
        let publishable = PublishableSurvey(survey: read.value.survey, definition: text, thesaurus: thesaurus)
        return Decoded(value: publishable, warnings: read.warnings + problems.warnings)
    }
}
