import ArgumentParser

/// The `jointtraining` command: turns "we should train together" into joint courses.
public struct JointTrainingCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "jointtraining",
        abstract: "Plan joint Benelux training on trafficking in human beings.",
        discussion: """
        Validate catalogues, thesauri and legal bases; collect training needs through a \
        multilingual survey; match needs to modules; propose joint courses with the legal \
        differences between Belgium, the Netherlands and Luxembourg flagged.
        """,
        version: JointTrainingCommand.version,
        subcommands: [CatalogueCommand.self, SurveyCommand.self, MatchCommand.self, PlanCommand.self, ServeCommand.self, UserCommand.self, DatabaseCommand.self]
    )

    /// The release, printed by `jointtraining --version` and named in bug reports.
    public static let version = "0.8.0"

    public init() {}
}
