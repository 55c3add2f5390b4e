import ArgumentParser

/// `jointtraining catalogue`: work with catalogues, thesauri and legal bases.
struct CatalogueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "Validate and show catalogues, thesauri and legal bases.",
        subcommands: [ValidateCommand.self, ShowCatalogueCommand.self]
    )
}
