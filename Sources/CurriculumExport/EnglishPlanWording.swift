import Planning
import TrainingModel
import Wording

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

    let placementColumns = ["Service", "Country", "Service kind", "Subject", "Staff"]

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

    let unmetColumns = ["Service", "Country", "Service kind", "Subject", "Staff", "Weight", "Reason"]

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

    func quarter(year: Int, quarter: Int) -> String { "Q\(quarter) \(year)" }
    let lateLabel = "Later than asked"
    func askedFor(_ quarter: String) -> String { "(asked for \(quarter))" }
    let confirmedMark = "confirmed"
    let notKeptHeading = "Sessions of the earlier plan that could not be kept"

    func notKept(_ session: NotKeptSession) -> String {
        let what = "\(session.session.id) (\(session.session.module))"
        switch session.reason {
        case .moduleMissing: return "\(what): the module is no longer in the catalogues; its participants are planned again"
        case .moduleWithdrawn: return "\(what): the module has been withdrawn; its participants are planned again"
        case .needsWithdrawn(let ids): return "\(what): \(ids.count == 1 ? "a need is" : "\(ids.count) needs are") no longer in the inventory (\(reader.list(ids))); the others are planned again"
        case .variantGone: return "\(what): the module is no longer given in \(session.session.language.tag) (\(session.session.mode.rawValue)); its participants are planned again"
        }
    }

    func reform(country: String, text: String, asOf: String, status: String, effective: String?, applied: Bool) -> String {
        if applied {
            return "the law of \(country) has changed\(effective.map { " (in force since \($0))" } ?? ""): recheck the provisions before the course. \(text)"
        }
        let state = ["pending": "pending", "adopted": "adopted", "in-force": "in force"][status] ?? status
        return "reform in \(country) (\(state), facts as of \(asOf)\(effective.map { ", applies from \($0)" } ?? "")): \(text)"
    }

    func legalBaseOld(asOf: String) -> String {
        "The legal base gives the law as of \(asOf), more than a year before this session: check it with the national experts."
    }
}
