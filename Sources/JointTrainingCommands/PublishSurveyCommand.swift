import ArgumentParser
import CurriculumFormats
import Diagnostics
import SurveyDefinition
import SurveyStore
import TrainingModel

/// `jointtraining survey publish FILE`: checks a survey definition and keeps it as a
/// published version.
struct PublishSurveyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Check a survey definition and publish it as a new version.",
        discussion: """
        Publishing refuses a survey with any missing translation, a topic row that is not a \
        concept of the thesaurus, or a broken condition, and lists every one of them. A \
        published version never changes: publish a change under a higher version number.
        """
    )

    @Argument(help: "The survey definition file (.survey.xml).")
    var file: String

    @Option(help: "The thesaurus the topic rows must come from; its labels name the topics in reports.")
    var thesaurus: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let concepts: Thesaurus? = try thesaurus.map { path in
            let read = try readOrReport { () throws(InputProblems) in try CurriculumReader.thesaurus(file: path) }
            for warning in read.warnings { Output.error(warning.description) }
            return read.value
        }
        let bytes = try readInput(file)
        let checked = try readOrReport { () throws(InputProblems) in try PublishableSurvey.check(bytes: bytes, name: file, thesaurus: concepts) }
        for warning in checked.warnings { Output.error(warning.description) }
        let store = try await database.open(creating: true)
        let receipt = try await storeCall { try await store.publish(checked.value, by: database.who) }
        let survey = checked.value.survey
        switch receipt {
        case .published(let id, let version):
            Output.text("published survey \(id) version \(version): \(survey.questions.count) questions in \(survey.sections.count) sections, languages \(survey.languages.map(\.tag).joined(separator: " "))")
        case .unchanged(let id, let version):
            Output.text("survey \(id) version \(version) is already published with this definition; nothing changed")
            let stored = try await storeCall { try await store.surveyVersions() }.first { $0.survey == id && $0.version == version }
            if concepts != nil, stored?.thesaurus == nil {
                Output.error("warning: version \(version) was published without a thesaurus and stays so (a published version never changes); publish a new version to add one")
            }
        }
    }
}
