import Wording

/// The coordinator's sentences with values in French.
extension FrenchCoordinatorWords {
    func severalSurveys(_ ids: String) -> String { "La base de données contient plusieurs enquêtes (\(ids)) : ajoutez ?survey= et l'identifiant de l'enquête à l'adresse pour en choisir une." }
    func unknownSurvey(_ id: String, known: String) -> String { "Il n'y a pas d'enquête « \(id) » ; la base de données contient \(known)." }
    func downloadInventory(format: String) -> String { "Rapport d'inventaire (\(format))" }
    func legendStaff(_ staff: String) -> String { "\(staff) collaborateurs" }
    func cellTitle(services: Int, meanGap: String, meanPriority: String) -> String { "\(reader.count(services)) \(reader.plural(Double(services), one: "service", other: "services")), écart moyen \(meanGap), priorité moyenne \(meanPriority)" }
    func reopenWhose(_ service: String) -> String { "la réponse de \(service)" }
    func withdrawWhose(_ service: String) -> String { "l'invitation de \(service)" }
    func stateWithdrawn(on day: String) -> String { "retirée le \(day)" }
    func reopenWithdrawn(_ invitation: Int64, on day: String) -> String { "L'invitation \(invitation) a été retirée le \(day) ; sa réponse ne peut pas être rouverte." }
    func reopenExpired(_ invitation: Int64, on day: String) -> String { "L'invitation \(invitation) a expiré le \(day) ; sa réponse ne peut pas être rouverte. Invitez à nouveau le service pour recueillir de nouvelles réponses." }
    func reopenNotSubmitted(_ invitation: Int64) -> String { "L'invitation \(invitation) n'a pas encore de réponse envoyée ; il n'y a rien à rouvrir." }
    func problemEmail(_ address: String) -> String { "E-mail : « \(address) » n'est pas une adresse e-mail." }
    func planIntro(submitted: Int) -> String { "les besoins de ses \(reader.count(submitted)) \(reader.plural(Double(submitted), one: "réponse envoyée", other: "réponses envoyées")) sont rapprochés des modules des catalogues choisis ; des formations communes sont ensuite proposées dans la limite du budget de jours de formation, les différences juridiques entre les pays de chaque session étant signalées comme points juridiques." }
    func shipped(_ file: String) -> String { "\(file) (fourni)" }
    func uploaded(_ file: String, provider: String, year: Int, by coordinator: String) -> String { "\(file) : \(provider) \(year) (importé par \(coordinator))" }
    func problemDuplicates(_ ids: String) -> String { "Les catalogues choisis ont des identifiants de modules en commun (\(ids)) : choisissez un seul des catalogues qui les définissent." }
    func notCatalogueThesaurus(_ file: String) -> String { "\(file) : ce fichier est un thésaurus, pas un catalogue." }
    func notCatalogueLegalBase(_ file: String) -> String { "\(file) : ce fichier est une base juridique, pas un catalogue." }
    func catalogueReady(_ file: String, catalogue: String, provider: String, modules: Int) -> String { "\(file) : le catalogue « \(catalogue) » de \(provider), avec \(reader.count(modules)) modules, peut servir à la planification." }
    func catalogueWarnings(_ warnings: Int) -> String { "\(reader.count(warnings)) \(reader.plural(Double(warnings), one: "avertissement", other: "avertissements")) :" }
    func runSummary(needs: Int, survey: String, catalogues: String, budget: String) -> String { "\(reader.count(needs)) besoins de l'enquête \(survey) ; catalogues \(catalogues) ; budget de \(budget) jours" }
    func planRunTitle(_ plan: Int64) -> String { "Plan \(plan)" }
    func madeOn(_ time: String, by coordinator: String, from summary: String) -> String { "Établi le \(time) par \(coordinator) : \(summary)." }
    func sessionsValue(_ sessions: Int, multiCountry: Int) -> String { "\(reader.count(sessions)), dont \(reader.count(multiCountry)) réunissant plusieurs pays" }
    func needsCoveredValue(covered: Int, of needs: Int, weightShare: String, coveredWeight: Int, totalWeight: Int) -> String { "\(reader.count(covered)) sur \(reader.count(needs)) (\(weightShare) du poids : \(reader.count(coveredWeight)) sur \(reader.count(totalWeight)))" }
    func ofValue(_ part: String, of whole: String) -> String { "\(part) sur \(whole)" }
    func sessionNumber(_ number: Int) -> String { "session \(reader.count(number))" }
    func languageModeValue(language: String, mode: String, days: Double) -> String { "\(language), \(mode), \(reader.number(days)) \(reader.plural(days, one: "jour", other: "jours"))" }
    func participantsValue(_ participants: Int, countries: String, kinds: String) -> String { "\(reader.count(participants)) (pays : \(countries) ; services : \(kinds))" }
    func noProvision(for countries: String) -> String { "Aucune disposition connue pour \(countries)" }
    func mailSummary(sent: Int, failed: Int, withoutAddress: Int) -> String { "\(reader.count(sent)) \(reader.plural(Double(sent), one: "envoyé", other: "envoyés")), \(reader.count(failed)) \(reader.plural(Double(failed), one: "non distribué", other: "non distribués")), \(reader.count(withoutAddress)) sans adresse e-mail." }
    func mailFailed(_ reason: String) -> String { "non distribué : \(reason)" }
    func keptFrom(plan: Int64) -> String { "Établi à partir du plan \(plan) : les sessions qui y étaient confirmées sont maintenues telles quelles." }
    func confirmedSaved(_ sessions: Int) -> String { "Sessions confirmées enregistrées (\(reader.count(sessions)))." }
    func replanKeeps(plan: Int64, confirmed: String) -> String { "Nouvelle planification du plan \(plan) : ses sessions confirmées \(confirmed) sont maintenues telles quelles." }
    func replanNothingConfirmed(plan: Int64) -> String { "Nouvelle planification du plan \(plan) : aucune de ses sessions n'est confirmée, le nouveau plan repart donc de zéro. Confirmez des sessions sur la page du plan pour les maintenir." }
    func keptUnreadable(plan: Int64) -> String { "Les sessions confirmées du plan \(plan) n'ont pas pu être lues : rien n'a été replanifié. Établissez plutôt un nouveau plan, ou demandez à l'administrateur du serveur de consulter son journal." }
}

private let reader = ReaderLanguage.french
