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

    public init(language: LanguageCode = .english, start: CivilDate? = nil, generated: Date = Date()) {
        self.language = language
        self.start = start
        self.generated = generated
    }
}
