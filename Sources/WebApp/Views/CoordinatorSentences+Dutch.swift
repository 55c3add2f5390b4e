import Wording

/// The coordinator's sentences with values in Dutch.
extension DutchCoordinatorWords {
    func severalSurveys(_ ids: String) -> String { "De databank bevat meerdere vragenlijsten (\(ids)): voeg ?survey= en de id van de vragenlijst aan het adres toe om er een te kiezen." }
    func unknownSurvey(_ id: String, known: String) -> String { "Er is geen vragenlijst ‘\(id)’; de databank bevat \(known)." }
    func downloadInventory(format: String) -> String { "Inventarisrapport (\(format))" }
    func legendStaff(_ staff: String) -> String { "\(staff) medewerkers" }
    func cellTitle(services: Int, meanGap: String, meanPriority: String) -> String { "\(reader.count(services)) \(reader.plural(Double(services), one: "dienst", other: "diensten")), gemiddelde kloof \(meanGap), gemiddelde prioriteit \(meanPriority)" }
    func reopenWhose(_ service: String) -> String { "het antwoord van \(service)" }
    func withdrawWhose(_ service: String) -> String { "de uitnodiging van \(service)" }
    func stateWithdrawn(on day: String) -> String { "ingetrokken op \(day)" }
    func reopenWithdrawn(_ invitation: Int64, on day: String) -> String { "Uitnodiging \(invitation) is op \(day) ingetrokken; het antwoord kan niet worden heropend." }
    func reopenExpired(_ invitation: Int64, on day: String) -> String { "Uitnodiging \(invitation) is op \(day) verlopen; het antwoord kan niet worden heropend. Nodig de dienst opnieuw uit voor nieuwe antwoorden." }
    func reopenNotSubmitted(_ invitation: Int64) -> String { "Uitnodiging \(invitation) heeft nog geen verzonden antwoord; er is niets te heropenen." }
    func problemEmail(_ address: String) -> String { "E-mail: ‘\(address)’ is geen e-mailadres." }
    func planIntro(submitted: Int) -> String { "de behoeften uit de \(reader.count(submitted)) verzonden \(reader.plural(Double(submitted), one: "antwoord", other: "antwoorden")) worden gekoppeld aan de modules van de gekozen catalogi; daarna worden gezamenlijke opleidingen voorgesteld binnen het budget aan opleidingsdagen, waarbij juridische verschillen tussen de landen van een sessie als juridisch aandachtspunt worden gemeld." }
    func shipped(_ file: String) -> String { "\(file) (meegeleverd)" }
    func uploaded(_ file: String, provider: String, year: Int, by coordinator: String) -> String { "\(file): \(provider) \(year) (geüpload door \(coordinator))" }
    func problemDuplicates(_ ids: String) -> String { "De gekozen catalogi hebben module-id's gemeen (\(ids)): kies één van de catalogi die ze bevatten." }
    func notCatalogueThesaurus(_ file: String) -> String { "\(file): dit is een thesaurusbestand, geen catalogus." }
    func notCatalogueLegalBase(_ file: String) -> String { "\(file): dit is een bestand met de juridische basis, geen catalogus." }
    func catalogueReady(_ file: String, catalogue: String, provider: String, modules: Int) -> String { "\(file): catalogus ‘\(catalogue)’ van \(provider) met \(reader.count(modules)) modules is klaar om mee te plannen." }
    func catalogueWarnings(_ warnings: Int) -> String { "\(reader.count(warnings)) \(reader.plural(Double(warnings), one: "waarschuwing", other: "waarschuwingen")):" }
    func runSummary(needs: Int, survey: String, catalogues: String, budget: String) -> String { "\(reader.count(needs)) behoeften uit vragenlijst \(survey); catalogi \(catalogues); budget \(budget) dagen" }
    func planRunTitle(_ plan: Int64) -> String { "Plan \(plan)" }
    func madeOn(_ time: String, by coordinator: String, from summary: String) -> String { "Opgesteld op \(time) door \(coordinator): \(summary)." }
    func sessionsValue(_ sessions: Int, multiCountry: Int) -> String { "\(reader.count(sessions)), waarvan \(reader.count(multiCountry)) met meerdere landen" }
    func needsCoveredValue(covered: Int, of needs: Int, weightShare: String, coveredWeight: Int, totalWeight: Int) -> String { "\(reader.count(covered)) van \(reader.count(needs)) (\(weightShare) van het gewicht: \(reader.count(coveredWeight)) van \(reader.count(totalWeight)))" }
    func ofValue(_ part: String, of whole: String) -> String { "\(part) van \(whole)" }
    func sessionNumber(_ number: Int) -> String { "sessie \(reader.count(number))" }
    func languageModeValue(language: String, mode: String, days: Double) -> String { "\(language), \(mode), \(reader.number(days)) \(reader.plural(days, one: "dag", other: "dagen"))" }
    func participantsValue(_ participants: Int, countries: String, kinds: String) -> String { "\(reader.count(participants)) uit \(countries) (\(kinds))" }
    func noProvision(for countries: String) -> String { "Geen bepaling bekend voor \(countries)" }
    func mailSummary(sent: Int, failed: Int, withoutAddress: Int) -> String { "\(reader.count(sent)) verstuurd, \(reader.count(failed)) niet afgeleverd, \(reader.count(withoutAddress)) zonder e-mailadres." }
    func mailFailed(_ reason: String) -> String { "niet afgeleverd: \(reason)" }
    func keptFrom(plan: Int64) -> String { "Opgesteld op basis van plan \(plan): de sessies die daarin bevestigd waren, blijven ongewijzigd behouden." }
    func confirmedSaved(_ sessions: Int) -> String { "Bevestigde sessies opgeslagen (\(reader.count(sessions)))." }
    func replanKeeps(plan: Int64, confirmed: String) -> String { "Nieuwe planning van plan \(plan): de bevestigde sessies \(confirmed) blijven ongewijzigd behouden." }
    func replanNothingConfirmed(plan: Int64) -> String { "Nieuwe planning van plan \(plan): geen enkele sessie ervan is bevestigd, dus het nieuwe plan begint van voren af aan. Bevestig sessies op de pagina van het plan om ze te behouden." }
    func keptUnreadable(plan: Int64) -> String { "De bevestigde sessies van plan \(plan) konden niet worden gelezen; er is niets opnieuw gepland. Maak in plaats daarvan een nieuw plan, of vraag de beheerder van de server het logboek te bekijken." }
}

private let reader = ReaderLanguage.dutch
