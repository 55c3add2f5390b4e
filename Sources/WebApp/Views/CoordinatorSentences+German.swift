import Wording

/// The coordinator's sentences with values in German.
extension GermanCoordinatorWords {
    func severalSurveys(_ ids: String) -> String { "Die Datenbank enthält mehrere Umfragen (\(ids)): Hängen Sie ?survey= und die Kennung der Umfrage an die Adresse an, um eine auszuwählen." }
    func unknownSurvey(_ id: String, known: String) -> String { "Es gibt keine Umfrage „\(id)“; die Datenbank enthält \(known)." }
    func downloadInventory(format: String) -> String { "Bericht zur Bestandsaufnahme (\(format))" }
    func legendStaff(_ staff: String) -> String { "\(staff) Mitarbeitende" }
    func cellTitle(services: Int, meanGap: String, meanPriority: String) -> String { "\(reader.count(services)) \(reader.plural(Double(services), one: "Dienst", other: "Dienste")), mittlere Lücke \(meanGap), mittlere Priorität \(meanPriority)" }
    func reopenWhose(_ service: String) -> String { "die Antwort von \(service)" }
    func withdrawWhose(_ service: String) -> String { "die Einladung von \(service)" }
    func stateWithdrawn(on day: String) -> String { "zurückgezogen am \(day)" }
    func reopenWithdrawn(_ invitation: Int64, on day: String) -> String { "Die Einladung \(invitation) wurde am \(day) zurückgezogen; ihre Antwort kann nicht wieder geöffnet werden." }
    func reopenExpired(_ invitation: Int64, on day: String) -> String { "Die Einladung \(invitation) ist am \(day) abgelaufen; ihre Antwort kann nicht wieder geöffnet werden. Laden Sie den Dienst erneut ein, um neue Antworten zu erhalten." }
    func reopenNotSubmitted(_ invitation: Int64) -> String { "Die Einladung \(invitation) hat noch keine übermittelte Antwort; es gibt nichts wieder zu öffnen." }
    func problemEmail(_ address: String) -> String { "E-Mail: „\(address)“ ist keine E-Mail-Adresse." }
    func planIntro(submitted: Int) -> String { "Die Bedarfe aus ihren \(reader.count(submitted)) übermittelten \(reader.plural(Double(submitted), one: "Antwort", other: "Antworten")) werden den Modulen der gewählten Kataloge zugeordnet; danach werden gemeinsame Schulungen im Rahmen des Budgets an Schulungstagen vorgeschlagen, wobei rechtliche Unterschiede zwischen den Ländern einer Sitzung als rechtliche Hinweise gemeldet werden." }
    func shipped(_ file: String) -> String { "\(file) (mitgeliefert)" }
    func uploaded(_ file: String, provider: String, year: Int, by coordinator: String) -> String { "\(file): \(provider) \(year) (hochgeladen von \(coordinator))" }
    func problemDuplicates(_ ids: String) -> String { "Die gewählten Kataloge haben gemeinsame Modulkennungen (\(ids)): Wählen Sie nur einen der Kataloge, die sie definieren." }
    func notCatalogueThesaurus(_ file: String) -> String { "\(file): Dies ist eine Thesaurus-Datei, kein Katalog." }
    func notCatalogueLegalBase(_ file: String) -> String { "\(file): Dies ist eine Datei mit Rechtsgrundlagen, kein Katalog." }
    func catalogueReady(_ file: String, catalogue: String, provider: String, modules: Int) -> String { "\(file): Der Katalog „\(catalogue)“ von \(provider) mit \(reader.count(modules)) Modulen steht für die Planung bereit." }
    func catalogueWarnings(_ warnings: Int) -> String { "\(reader.count(warnings)) \(reader.plural(Double(warnings), one: "Warnung", other: "Warnungen")):" }
    func runSummary(needs: Int, survey: String, catalogues: String, budget: String) -> String { "\(reader.count(needs)) Bedarfe aus Umfrage \(survey); Kataloge \(catalogues); Budget \(budget) Tage" }
    func planRunTitle(_ plan: Int64) -> String { "Plan \(plan)" }
    func madeOn(_ time: String, by coordinator: String, from summary: String) -> String { "Erstellt am \(time) von \(coordinator): \(summary)." }
    func sessionsValue(_ sessions: Int, multiCountry: Int) -> String { "\(reader.count(sessions)), davon \(reader.count(multiCountry)) mit mehreren Ländern" }
    func needsCoveredValue(covered: Int, of needs: Int, weightShare: String, coveredWeight: Int, totalWeight: Int) -> String { "\(reader.count(covered)) von \(reader.count(needs)) (\(weightShare) des Gewichts: \(reader.count(coveredWeight)) von \(reader.count(totalWeight)))" }
    func ofValue(_ part: String, of whole: String) -> String { "\(part) von \(whole)" }
    func sessionNumber(_ number: Int) -> String { "Sitzung \(reader.count(number))" }
    func languageModeValue(language: String, mode: String, days: Double) -> String { "\(language), \(mode), \(reader.number(days)) \(reader.plural(days, one: "Tag", other: "Tage"))" }
    func participantsValue(_ participants: Int, countries: String, kinds: String) -> String { "\(reader.count(participants)) (Länder: \(countries); Dienste: \(kinds))" }
    func noProvision(for countries: String) -> String { "Für \(countries) ist keine Bestimmung bekannt" }
    func mailSummary(sent: Int, failed: Int, withoutAddress: Int) -> String { "\(reader.count(sent)) gesendet, \(reader.count(failed)) nicht zugestellt, \(reader.count(withoutAddress)) ohne E-Mail-Adresse." }
    func mailFailed(_ reason: String) -> String { "nicht zugestellt: \(reason)" }
    func keptFrom(plan: Int64) -> String { "Erstellt auf Grundlage von Plan \(plan): die dort bestätigten Sitzungen bleiben unverändert erhalten." }
    func confirmedSaved(_ sessions: Int) -> String { "Bestätigte Sitzungen gespeichert (\(reader.count(sessions)))." }
    func replanKeeps(plan: Int64, confirmed: String) -> String { "Neue Planung von Plan \(plan): seine bestätigten Sitzungen \(confirmed) bleiben unverändert erhalten." }
    func replanNothingConfirmed(plan: Int64) -> String { "Neue Planung von Plan \(plan): keine seiner Sitzungen ist bestätigt, der neue Plan beginnt also von vorn. Bestätigen Sie Sitzungen auf der Seite des Plans, um sie beizubehalten." }
    func keptUnreadable(plan: Int64) -> String { "Die bestätigten Sitzungen von Plan \(plan) konnten nicht gelesen werden; es wurde nichts neu geplant. Erstellen Sie stattdessen einen neuen Plan oder bitten Sie die Administration des Servers, das Protokoll zu prüfen." }
}

private let reader = ReaderLanguage.german
