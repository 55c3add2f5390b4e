import Planning
import TrainingModel

/// The plan in English, also for readers of languages without a wording of their own.
/// Service kinds, modes and languages keep their codes (`labour-inspection`, `onsite`,
/// `en`): they read as English, and a reader can match the page against plan.csv and
/// plan.json, which carry the same codes.
struct EnglishPlanWording: PlanWording {
    var reader: ReaderLanguage { .english }

    func serviceKind(_ kind: ServiceKind) -> String { kind.rawValue }
    func mode(_ mode: DeliveryMode) -> String { mode.rawValue }
    func inLanguage(_ language: LanguageCode) -> String { "in \(language.tag)" }
    func factsLanguage(_ language: LanguageCode) -> String { language.tag }
    func status(_ status: LegalFlag.Status) -> String { status.rawValue }

    let title = "Proposed joint courses"

    func coverage(sessions: Int, covered: Int, needs: Int, weight: Int, totalWeight: Int,
                  share: Double, daysUsed: Double, budgetDays: Double) -> String {
        "\(sessions) sessions cover \(covered) of \(needs) needs: weight \(weight) of \(totalWeight) (\(reader.percent(share))), "
            + "\(reader.number(daysUsed)) of \(reader.number(budgetDays)) training days"
    }

    func jointness(score: Double, crossCountry: Double, crossService: Double) -> String {
        "jointness \(twoDecimals(score)): \(reader.percent(crossCountry)) of participants train with colleagues from another country, "
            + "\(reader.percent(crossService)) with another kind of service"
    }

    let noLegalBase = "No legal base was given: legal differences between the countries were not checked."
    let noLegalDifferences = "No legal differences to handle in these sessions."

    func legalDifferences(sessions: Int, differences: Int, unknown: Int) -> String {
        "\(sessions) session(s) teach legal topics on which the countries differ or the law of one is unknown: "
            + "\(differences) difference(s), \(unknown) unknown provision(s)"
    }

    let courses = "Courses"
    let noSessionFits = "No session fits the training days available."
    let courseColumns = ["Course", "Module", "Title", "Language", "Mode", "Days", "Dates", "Participants", "Countries",
                         "Services", "Legal flags"]

    func session(module: String, number: Int) -> String { "\(module) session \(number)" }

    func participants(_ count: Int, places: TrainingModule.Places) -> String {
        "\(count) participants (places \(places.min)–\(places.max))"
    }

    func dates(from first: CivilDate, to last: CivilDate) -> String { "\(first) to \(last)" }

    let placementColumns = ["Need", "Country", "Service kind", "Service", "Subject", "Staff"]

    let legalPoint = "Legal point"
    func lawsDiffer(_ countries: [String]) -> String { "laws differ between \(countries.joined(separator: ", "))" }
    func noProvision(for countries: [String]) -> String { "no provision for \(countries.joined(separator: ", "))" }
    let provisionColumns = ["Country", "Provision", "Citation", "Summary"]
    let notVerified = "not verified"
    let noProvisionInLegalBase = "no provision in the legal base"
    let proposedHandling = "Proposed handling"

    let needsLeftOut = "Needs left out"
    let everyNeedCovered = "Every need is covered."

    func reasonHeading(_ code: String) -> String {
        switch code {
        case "no-module": "No module answers it"
        case "audience": "Audience mismatch"
        case "language": "Language mismatch"
        case "mode": "Delivery mode mismatch"
        case "too-few": "Too few participants for the module's minimum"
        case "budget": "Budget exhausted"
        case "own-answer": "Own answer: would not train with other countries or services"
        default: code
        }
    }

    let unmetColumns = ["Need", "Country", "Service kind", "Service", "Subject", "Staff", "Weight", "Reason"]

    let coveredLabel = "Covered"
    let togetherLabel = "Together"
    let legalLabel = "Legal"
    let fromLabel = "From"
    let needsLabel = "Needs"
    func staff(_ headcount: Int, weight: Int) -> String { "\(headcount) staff, weight \(weight)" }

    func participants(_ count: Int, from countries: String, kinds: String) -> String {
        "\(count) participants from \(countries) (\(kinds))"
    }

    let requestedPeriod = "Requested period"
}
