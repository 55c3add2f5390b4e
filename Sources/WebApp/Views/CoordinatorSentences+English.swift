import Wording

/// The coordinator's sentences with values in English.
extension EnglishCoordinatorWords {
    func severalSurveys(_ ids: String) -> String { "The database holds several surveys (\(ids)): add ?survey= and the survey's id to the address to choose one." }
    func unknownSurvey(_ id: String, known: String) -> String { "There is no survey “\(id)”; the database holds \(known)." }
    func downloadInventory(format: String) -> String { "Inventory report (\(format))" }
    func legendStaff(_ staff: String) -> String { "\(staff) staff" }
    func cellTitle(services: Int, meanGap: String, meanPriority: String) -> String { "\(reader.count(services)) \(reader.plural(Double(services), one: "service", other: "services")), mean gap \(meanGap), mean priority \(meanPriority)" }
    func reopenWhose(_ service: String) -> String { "the response of \(service)" }
    func withdrawWhose(_ service: String) -> String { "the invitation of \(service)" }
    func stateWithdrawn(on day: String) -> String { "withdrawn on \(day)" }
    func reopenWithdrawn(_ invitation: Int64, on day: String) -> String { "Invitation \(invitation) was withdrawn on \(day); its response cannot be reopened." }
    func reopenExpired(_ invitation: Int64, on day: String) -> String { "Invitation \(invitation) expired on \(day); its response cannot be reopened. Invite the service again to collect new answers." }
    func reopenNotSubmitted(_ invitation: Int64) -> String { "Invitation \(invitation) has no submitted response yet; there is nothing to reopen." }
    func problemEmail(_ address: String) -> String { "E-mail: \"\(address)\" is not an e-mail address." }
    func planIntro(submitted: Int) -> String { "the needs of its \(reader.count(submitted)) submitted \(reader.plural(Double(submitted), one: "response", other: "responses")) are matched to the modules of the chosen catalogues; joint courses are then proposed within the budget of training days, with the legal differences between the countries of each session flagged." }
    func shipped(_ file: String) -> String { "\(file) (shipped)" }
    func uploaded(_ file: String, provider: String, year: Int, by coordinator: String) -> String { "\(file): \(provider) \(year) (uploaded by \(coordinator))" }
    func problemDuplicates(_ ids: String) -> String { "The chosen catalogues share module ids (\(ids)): choose one of the catalogues that define them." }
    func notCatalogueThesaurus(_ file: String) -> String { "\(file): this is a thesaurus file, not a catalogue." }
    func notCatalogueLegalBase(_ file: String) -> String { "\(file): this is a legal base file, not a catalogue." }
    func catalogueReady(_ file: String, catalogue: String, provider: String, modules: Int) -> String { "\(file): catalogue \"\(catalogue)\" of \(provider) with \(reader.count(modules)) modules is ready to plan with." }
    func catalogueWarnings(_ warnings: Int) -> String { "\(reader.count(warnings)) \(reader.plural(Double(warnings), one: "warning", other: "warnings")):" }
    func runSummary(needs: Int, survey: String, catalogues: String, budget: String) -> String { "\(reader.count(needs)) needs of survey \(survey); catalogues \(catalogues); budget \(budget) days" }
    func planRunTitle(_ plan: Int64) -> String { "Plan \(plan)" }
    func madeOn(_ time: String, by coordinator: String, from summary: String) -> String { "Made on \(time) by \(coordinator): \(summary)." }
    func sessionsValue(_ sessions: Int, multiCountry: Int) -> String { "\(reader.count(sessions)), of which \(reader.count(multiCountry)) join several countries" }
    func needsCoveredValue(covered: Int, of needs: Int, weightShare: String, coveredWeight: Int, totalWeight: Int) -> String { "\(reader.count(covered)) of \(reader.count(needs)) (\(weightShare) of the weight: \(reader.count(coveredWeight)) of \(reader.count(totalWeight)))" }
    func ofValue(_ part: String, of whole: String) -> String { "\(part) of \(whole)" }
    func sessionNumber(_ number: Int) -> String { "session \(reader.count(number))" }
    func languageModeValue(language: String, mode: String, days: Double) -> String { "\(language), \(mode), \(reader.number(days)) \(reader.plural(days, one: "day", other: "days"))" }
    func participantsValue(_ participants: Int, countries: String, kinds: String) -> String { "\(reader.count(participants)) from \(countries) (\(kinds))" }
    func noProvision(for countries: String) -> String { "No provision known for \(countries)" }
    func mailSummary(sent: Int, failed: Int, withoutAddress: Int) -> String { "\(reader.count(sent)) sent, \(reader.count(failed)) not delivered, \(reader.count(withoutAddress)) without an e-mail address." }
    func mailFailed(_ reason: String) -> String { "not delivered: \(reason)" }
    func keptFrom(plan: Int64) -> String { "Made from plan \(plan): the sessions confirmed there are kept exactly as they were." }
    func confirmedSaved(_ sessions: Int) -> String { "Confirmed sessions saved (\(reader.count(sessions)))." }
    func replanKeeps(plan: Int64, confirmed: String) -> String { "Replanning plan \(plan): its confirmed sessions \(confirmed) are kept exactly as they are." }
    func replanNothingConfirmed(plan: Int64) -> String { "Replanning plan \(plan): none of its sessions is confirmed, so the new plan starts afresh. Confirm sessions on the plan's page to keep them." }
    func keptUnreadable(plan: Int64) -> String { "The confirmed sessions of plan \(plan) could not be read, so nothing was replanned. Make a new plan instead, or ask the server's administrator to look at its log." }
}

private let reader = ReaderLanguage.english
