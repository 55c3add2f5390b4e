import Foundation
import TrainingModel

/// What every export of a plan needs besides the plan: the reader's language, an optional
/// first day for a calendar, and the moment of export.
public struct ExportOptions: Sendable {
    /// Language of titles, labels and summaries where the sources offer it, and of the
    /// wording of the Markdown, HTML, text and calendar exports (nl, fr, de; English for
    /// any other). curriculum.xml, plan.csv and plan.json keep their English wording.
    public var language: LanguageCode
    /// First day of the proposed calendar; without it sessions get no dates and no `.ics`.
    public var start: CivilDate?
    /// When the export was made (iCalendar DTSTAMP, `generated` in curriculum.xml).
    public var generated: Date
    /// The provider of each module by module id (its catalogue's `provider`), for the ELM export.
    public var providers: [String: String]

    public init(language: LanguageCode = .english, start: CivilDate? = nil, generated: Date = Date(),
                providers: [String: String] = [:]) {
        self.language = language
        self.start = start
        self.generated = generated
        self.providers = providers
    }

    /// The provider of every module of `catalogues`, by module id; the first catalogue wins.
    public static func providers(of catalogues: [Catalogue]) -> [String: String] {
        Dictionary(catalogues.flatMap { catalogue in catalogue.modules.map { ($0.id, catalogue.provider) } },
                   uniquingKeysWith: { first, _ in first })
    }
}
