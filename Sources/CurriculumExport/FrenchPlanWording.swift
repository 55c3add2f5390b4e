import Planning
import TrainingModel
import Wording

/// The plan in French as Belgian and Luxembourg services write it. A no-break space goes
/// before the colon, semicolon and percent sign, so that a wrapped line never starts with one.
struct FrenchPlanWording: PlanWording {
    var reader: ReaderLanguage { .french }

    func serviceKind(_ kind: ServiceKind) -> String { kind.name(in: .french) }
    func mode(_ mode: DeliveryMode) -> String { mode.name(in: .french) }
    func inLanguage(_ language: LanguageCode) -> String { "en \(language.name(in: .french))" }

    func status(_ status: LegalFlag.Status) -> String {
        switch status {
        case .differs: "divergent"
        case .unknown: "inconnu"
        case .reform: "réforme"
        }
    }

    let title = "Formations communes proposées"

    // French keeps the singular for 0 and 1.
    private func plural(_ count: Int, _ one: String, _ many: String) -> String { "\(count) " + (count < 2 ? one : many) }

    func coverage(sessions: Int, covered: Int, needs: Int, weight: Int, totalWeight: Int,
                  share: Double, daysUsed: Double, budgetDays: Double) -> String {
        plural(sessions, "session couvre", "sessions couvrent")
            + " \(covered) des \(needs) besoins\u{A0}: poids \(weight) sur \(totalWeight) (\(reader.percent(share))), "
            + "\(reader.number(daysUsed)) des \(reader.number(budgetDays)) jours de formation"
    }

    func jointness(score: Double, crossCountry: Double, crossService: Double) -> String {
        "indice de formation commune \(twoDecimals(score))\u{A0}: \(reader.percent(crossCountry)) des participants se forment "
            + "avec des collègues d'un autre pays, \(reader.percent(crossService)) avec des collègues d'un autre type de service"
    }

    let noLegalBase = "Aucun relevé de la législation n'a été fourni\u{A0}: les différences juridiques entre les pays n'ont pas été vérifiées."
    let noLegalDifferences = "Aucune différence juridique à traiter dans ces sessions."

    func legalDifferences(sessions: Int, differences: Int, unknown: Int) -> String {
        plural(sessions, "session traite", "sessions traitent")
            + " de thèmes juridiques sur lesquels les législations des pays divergent ou la législation de l'un d'eux est "
            + "inconnue\u{A0}: \(plural(differences, "divergence", "divergences")), "
            + plural(unknown, "disposition inconnue", "dispositions inconnues")
    }

    let courses = "Formations"
    let noSessionFits = "Aucune session ne tient dans les jours de formation disponibles."
    let courseColumns = ["Formation", "Module", "Intitulé", "Langue", "Modalité", "Jours", "Dates", "Participants", "Pays",
                         "Services", "Points juridiques"]

    func session(module: String, number: Int) -> String { "\(module) session \(number)" }

    func participants(_ count: Int, places: TrainingModule.Places) -> String {
        plural(count, "participant", "participants") + " (\(places.min) à \(places.max) places)"
    }

    func dates(from first: CivilDate, to last: CivilDate) -> String { "du \(first) au \(last)" }

    let placementColumns = ["Service", "Pays", "Type de service", "Thème", "Effectif"]

    let legalPoint = "Point juridique"
    func lawsDiffer(_ countries: [String]) -> String { "les législations divergent entre \(reader.list(countries))" }
    func noProvision(for countries: [String]) -> String { "aucune disposition pour \(reader.list(countries))" }
    let provisionColumns = ["Pays", "Disposition", "Référence", "Résumé"]
    let notVerified = "non vérifié"
    let noProvisionInLegalBase = "aucune disposition dans le relevé de la législation"
    let proposedHandling = "Approche proposée"

    let needsLeftOut = "Besoins non couverts"
    let everyNeedCovered = "Tous les besoins sont couverts."

    func reasonHeading(_ code: String) -> String {
        switch code {
        case "no-module": "Aucun module ne répond au besoin"
        case "audience": "Public non visé"
        case "language": "Langue non disponible"
        case "mode": "Modalité inadaptée"
        case "too-few": "Trop peu de participants pour le minimum du module"
        case "budget": "Budget épuisé"
        case "own-answer": "Réponse du service\u{A0}: pas de formation avec d'autres pays ou services"
        default: code
        }
    }

    let unmetColumns = ["Service", "Pays", "Type de service", "Thème", "Effectif", "Poids", "Motif"]

    let coveredLabel = "Couverture"
    let togetherLabel = "Ensemble"
    let legalLabel = "Droit"
    let fromLabel = "Provenance"
    let needsLabel = "Besoins"
    func staff(_ headcount: Int, weight: Int) -> String { "effectif \(headcount), poids \(weight)" }

    func participants(_ count: Int, from countries: String, kinds: String) -> String {
        plural(count, "participant", "participants") + " venant de \(countries) (\(kinds))"
    }

    let requestedPeriod = "Période souhaitée"

    func quarter(year: Int, quarter: Int) -> String { "\(quarter == 1 ? "1er" : "\(quarter)e") trimestre \(year)" }
    let lateLabel = "Plus tard que souhaité"
    func askedFor(_ quarter: String) -> String { "(souhaité\u{A0}: \(quarter))" }
    let confirmedMark = "confirmée"
    let notKeptHeading = "Sessions du plan précédent qui n'ont pas pu être maintenues"

    func notKept(_ session: NotKeptSession) -> String {
        let what = "\(session.session.id) (\(session.session.module))"
        switch session.reason {
        case .moduleMissing: return "\(what)\u{A0}: le module ne figure plus dans les catalogues\u{A0}; ses participants sont replanifiés"
        case .moduleWithdrawn: return "\(what)\u{A0}: le module a été retiré\u{A0}; ses participants sont replanifiés"
        case .needsWithdrawn(let ids): return "\(what)\u{A0}: \(ids.count == 1 ? "un besoin ne figure" : "\(ids.count) besoins ne figurent") plus dans l'inventaire (\(reader.list(ids)))\u{A0}; les autres sont replanifiés"
        case .variantGone: return "\(what)\u{A0}: le module n'est plus donné en \(session.session.language.name(in: .french)) (\(session.session.mode.name(in: .french)))\u{A0}; ses participants sont replanifiés"
        }
    }

    func reform(country: String, text: String, asOf: String, status: String, effective: String?, applied: Bool) -> String {
        if applied {
            return "la législation de \(country) a changé\(effective.map { " (en vigueur depuis le \($0))" } ?? "")\u{A0}: revérifier les dispositions avant la formation. \(text)"
        }
        let state = ["pending": "en cours", "adopted": "adoptée", "in-force": "en vigueur"][status] ?? status
        return "réforme en \(country) (\(state), faits au \(asOf)\(effective.map { ", applicable à partir du \($0)" } ?? ""))\u{A0}: \(text)"
    }

    func legalBaseOld(asOf: String) -> String {
        "Le relevé de la législation décrit le droit au \(asOf), plus d'un an avant cette session\u{A0}: le faire vérifier par les experts nationaux."
    }
}
