import CurriculumFormats
import Planning
import TrainingModel
import Wording

/// What every export of a plan shares, so that the CSV, the page and the calendar show the
/// same figures and groups; the wording people read is `PlanWording`.
enum PlanFacts {
    /// Days as plan.csv and curriculum.xml write them, with a decimal point in every
    /// language: 3, 0.5, 0.375.
    static func days(_ value: Double) -> String {
        CatalogueWriter.number((value * 1000).rounded() / 1000)
    }

    /// A number with three decimals at most, for machine-readable fields.
    static func decimal(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }

    /// One line per flag for the CSV: "Confiscation [confiscation]: laws differ between BE, NL".
    /// Always in English, as plan.csv's other wording, whatever the language of the labels.
    static func flagSummary(_ flag: LegalFlag, language: LanguageCode) -> String {
        EnglishPlanWording().flagSummary(flag, language: language)
    }

    /// A provision's summary in the reader's language, if the legal base has one: a page in
    /// French shows no English summary. Readers of other languages get the English one.
    static func summary(_ provision: Provision, language: LanguageCode) -> String? {
        let reader = ReaderLanguage(language)
        guard reader != .english else { return provision.summaries.best(for: language) }
        return provision.summaries[language] ?? provision.summaries.versions.first { $0.language.primary == reader.code.primary }?.text
    }

    /// Whether facts as of `asOf` are more than a year old on `day` (both `YYYY-MM-DD`).
    static func isOld(asOf: String, on day: String) -> Bool {
        guard let facts = CivilDate(asOf), let day = CivilDate(day) else { return false }
        return facts.adding(days: 365) < day
    }

    /// The day a session is checked against the law: its first day, or its quarter's.
    static func day(of session: PlannedSession, dates: SessionSchedule.Dates?) -> String? {
        dates?.first.description ?? session.quarter.flatMap(SessionSchedule.firstDay(ofQuarter:))?.description
    }

    /// What a need asks for: its topic or the start of its text. With a plan and a
    /// language, the topic's thesaurus label in that language instead of its id.
    static func subject(_ need: Need, limit: Int = 80, plan: Plan? = nil, language: LanguageCode? = nil) -> String {
        if let topic = need.topic {
            guard let language, let label = plan?.topicLabels[topic]?.best(for: language) else { return topic }
            return label
        }
        let text = need.text?.split(whereSeparator: \.isWhitespace).joined(separator: " ") ?? ""
        return text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
    }

    /// The reasons in the order coordinators act on them: gaps in the offer first.
    static let reasonOrder = ["no-module", "audience", "language", "mode", "too-few", "own-answer", "budget"]

    /// Unmet needs grouped by reason, in `reasonOrder`.
    static func groupedUnmet(_ unmet: [UnmetNeed]) -> [(code: String, needs: [UnmetNeed])] {
        reasonOrder.compactMap { code in
            let needs = unmet.filter { $0.reason.code == code }
            return needs.isEmpty ? nil : (code, needs)
        }
    }
}
