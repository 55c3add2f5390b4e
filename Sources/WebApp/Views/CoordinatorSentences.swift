/// The coordinator's sentences that carry values, one method per sentence with its values typed
/// and named, so that a language that lacks a sentence does not compile and no translation can
/// swap two values (a test renders each sentence in the four languages with its values). Counts
/// are written by the language's locale (`ReaderLanguage.count`); other values come written.
/// Why an e-mail was not delivered has sentences of its own (`MailFailureSentences`).
protocol CoordinatorSentences: MailFailureSentences {
    /// Why a page has no survey: several are published.
    func severalSurveys(_ ids: String) -> String
    /// Why a page has no survey: the one asked for is not published.
    func unknownSurvey(_ id: String, known: String) -> String
    /// The inventory report's download link, by file format.
    func downloadInventory(format: String) -> String
    /// A shade of the heat map's legend: a number or range of staff, already written.
    func legendStaff(_ staff: String) -> String
    /// A heat map cell's tooltip.
    func cellTitle(services: Int, meanGap: String, meanPriority: String) -> String
    /// Whose response a Reopen button reopens (for screen readers).
    func reopenWhose(_ service: String) -> String
    /// Whose invitation a Withdraw button withdraws (for screen readers).
    func withdrawWhose(_ service: String) -> String
    /// An invitation's state once withdrawn, with the day.
    func stateWithdrawn(on day: String) -> String
    /// Why a withdrawn invitation's response cannot be reopened.
    func reopenWithdrawn(_ invitation: Int64, on day: String) -> String
    /// Why an expired invitation's response cannot be reopened.
    func reopenExpired(_ invitation: Int64, on day: String) -> String
    /// Why a response not yet submitted cannot be reopened.
    func reopenNotSubmitted(_ invitation: Int64) -> String
    /// An e-mail address that is not one.
    func problemEmail(_ address: String) -> String
    /// The match and plan page's introduction, after the survey's name.
    func planIntro(submitted: Int) -> String
    /// A catalogue shipped with the server, by file name.
    func shipped(_ file: String) -> String
    /// A catalogue a coordinator uploaded.
    func uploaded(_ file: String, provider: String, year: Int, by coordinator: String) -> String
    /// Catalogues chosen together that define the same modules.
    func problemDuplicates(_ ids: String) -> String
    /// An upload that is a thesaurus.
    func notCatalogueThesaurus(_ file: String) -> String
    /// An upload that is a legal base.
    func notCatalogueLegalBase(_ file: String) -> String
    /// An upload kept as a catalogue.
    func catalogueReady(_ file: String, catalogue: String, provider: String, modules: Int) -> String
    /// How many warnings an upload gave, before they are listed.
    func catalogueWarnings(_ warnings: Int) -> String
    /// What a plan was made from.
    func runSummary(needs: Int, survey: String, catalogues: String, budget: String) -> String
    /// A plan's title, by its number.
    func planRunTitle(_ plan: Int64) -> String
    /// When, by whom and from what a plan was made.
    func madeOn(_ time: String, by coordinator: String, from summary: String) -> String
    /// How many sessions a plan has, and how many join countries.
    func sessionsValue(_ sessions: Int, multiCountry: Int) -> String
    /// How many needs a plan covers, and their share of the weight.
    func needsCoveredValue(covered: Int, of needs: Int, weightShare: String, coveredWeight: Int, totalWeight: Int) -> String
    /// A part of a whole, both already written (training days of the budget).
    func ofValue(_ part: String, of whole: String) -> String
    /// A session by its number in the plan.
    func sessionNumber(_ number: Int) -> String
    /// A session's language, delivery mode and length, already written.
    func languageModeValue(language: String, mode: String, days: Double) -> String
    /// A session's participants, their countries and kinds of service.
    func participantsValue(_ participants: Int, countries: String, kinds: String) -> String
    /// A legal flag's countries whose law is not known.
    func noProvision(for countries: String) -> String
    /// What came of sending e-mails.
    func mailSummary(sent: Int, failed: Int, withoutAddress: Int) -> String
    /// Why one e-mail was not delivered; the reason is already worded (`mailFailure`).
    func mailFailed(_ reason: String) -> String
    /// The plan a replan kept the confirmed sessions of.
    func keptFrom(plan: Int64) -> String
    /// How many sessions are confirmed once saved.
    func confirmedSaved(_ sessions: Int) -> String
    /// What a replan keeps: the confirmed sessions by id.
    func replanKeeps(plan: Int64, confirmed: String) -> String
    /// A replan of a plan with no confirmed session.
    func replanNothingConfirmed(plan: Int64) -> String
    /// A replan whose earlier plan could not be read.
    func keptUnreadable(plan: Int64) -> String
}
