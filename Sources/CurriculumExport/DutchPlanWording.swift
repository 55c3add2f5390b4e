import Planning
import TrainingModel
import Wording

/// The plan in Dutch, in the administrative register of Belgian and Dutch services.
struct DutchPlanWording: PlanWording {
    var reader: ReaderLanguage { .dutch }

    func serviceKind(_ kind: ServiceKind) -> String { kind.name(in: .dutch) }
    func mode(_ mode: DeliveryMode) -> String { mode.name(in: .dutch) }

    func inLanguage(_ language: LanguageCode) -> String {
        let name = language.name(in: .dutch)
        // "in het Frans", but a bare tag takes no article: "in pt".
        return name == language.tag ? "in \(name)" : "in het \(name)"
    }

    func status(_ status: LegalFlag.Status) -> String {
        switch status {
        case .differs: "verschilt"
        case .unknown: "onbekend"
        case .reform: "hervorming"
        }
    }

    let title = "Voorgestelde gezamenlijke opleidingen"

    func coverage(sessions: Int, covered: Int, needs: Int, weight: Int, totalWeight: Int,
                  share: Double, daysUsed: Double, budgetDays: Double) -> String {
        (sessions == 1 ? "1 sessie dekt" : "\(sessions) sessies dekken")
            + " \(covered) van de \(needs) behoeften: gewicht \(weight) van \(totalWeight) (\(reader.percent(share))), "
            + "\(reader.number(daysUsed)) van \(reader.number(budgetDays)) opleidingsdagen"
    }

    func jointness(score: Double, crossCountry: Double, crossService: Double) -> String {
        "gezamenlijkheid \(twoDecimals(score)): \(reader.percent(crossCountry)) van de deelnemers volgt de opleiding samen met "
            + "collega's uit een ander land, \(reader.percent(crossService)) met collega's van een ander soort dienst"
    }

    let noLegalBase = "Er is geen wetgevingsoverzicht opgegeven: juridische verschillen tussen de landen zijn niet nagegaan."
    let noLegalDifferences = "Geen juridische verschillen te behandelen in deze sessies."

    func legalDifferences(sessions: Int, differences: Int, unknown: Int) -> String {
        (sessions == 1 ? "1 sessie behandelt" : "\(sessions) sessies behandelen")
            + " juridische onderwerpen waarover de wetgeving van de landen verschilt of waarvoor de wetgeving van een land "
            + "onbekend is: \(differences) \(differences == 1 ? "verschil" : "verschillen"), "
            + "\(unknown) onbekende \(unknown == 1 ? "bepaling" : "bepalingen")"
    }

    let courses = "Opleidingen"
    let noSessionFits = "Geen enkele sessie past binnen de beschikbare opleidingsdagen."
    let courseColumns = ["Opleiding", "Module", "Titel", "Taal", "Opleidingsvorm", "Dagen", "Datums", "Deelnemers", "Landen",
                         "Diensten", "Juridische aandachtspunten"]

    func session(module: String, number: Int) -> String { "\(module) sessie \(number)" }

    func participants(_ count: Int, places: TrainingModule.Places) -> String {
        "\(count) \(count == 1 ? "deelnemer" : "deelnemers") (\(places.min)–\(places.max) plaatsen)"
    }

    // "t/m": both days are part of the session.
    func dates(from first: CivilDate, to last: CivilDate) -> String { "\(first) t/m \(last)" }

    let placementColumns = ["Dienst", "Land", "Soort dienst", "Onderwerp", "Medewerkers"]

    let legalPoint = "Juridisch aandachtspunt"
    func lawsDiffer(_ countries: [String]) -> String { "de wetgeving verschilt tussen \(reader.list(countries))" }
    func noProvision(for countries: [String]) -> String { "geen bepaling voor \(reader.list(countries))" }
    let provisionColumns = ["Land", "Bepaling", "Vindplaats", "Samenvatting"]
    let notVerified = "niet geverifieerd"
    let noProvisionInLegalBase = "geen bepaling in het wetgevingsoverzicht"
    let proposedHandling = "Voorgestelde aanpak"

    let needsLeftOut = "Niet gedekte behoeften"
    let everyNeedCovered = "Alle behoeften zijn gedekt."

    func reasonHeading(_ code: String) -> String {
        switch code {
        case "no-module": "Geen passende module"
        case "audience": "Doelgroep past niet"
        case "language": "Taal past niet"
        case "mode": "Opleidingsvorm past niet"
        case "too-few": "Te weinig deelnemers voor het minimum van de module"
        case "budget": "Opleidingsbudget uitgeput"
        case "own-answer": "Eigen antwoord: niet samen met andere landen of diensten"
        default: code
        }
    }

    let unmetColumns = ["Dienst", "Land", "Soort dienst", "Onderwerp", "Medewerkers", "Gewicht", "Reden"]

    let coveredLabel = "Gedekt"
    let togetherLabel = "Samen"
    let legalLabel = "Juridisch"
    let fromLabel = "Uit"
    let needsLabel = "Behoeften"
    func staff(_ headcount: Int, weight: Int) -> String { "\(headcount) \(headcount == 1 ? "medewerker" : "medewerkers"), gewicht \(weight)" }

    func participants(_ count: Int, from countries: String, kinds: String) -> String {
        "\(count) \(count == 1 ? "deelnemer" : "deelnemers") uit \(countries) (\(kinds))"
    }

    let requestedPeriod = "Gevraagde periode"

    func quarter(year: Int, quarter: Int) -> String { "\(quarter)e kwartaal \(year)" }
    let lateLabel = "Later dan gevraagd"
    func askedFor(_ quarter: String) -> String { "(gevraagd: \(quarter))" }
    let confirmedMark = "bevestigd"
    let notKeptHeading = "Sessies uit het vorige plan die niet behouden konden worden"

    func notKept(_ session: NotKeptSession) -> String {
        let what = "\(session.session.id) (\(session.session.module))"
        switch session.reason {
        case .moduleMissing: return "\(what): de module staat niet meer in de catalogi; de deelnemers worden opnieuw ingepland"
        case .moduleWithdrawn: return "\(what): de module is ingetrokken; de deelnemers worden opnieuw ingepland"
        case .needsWithdrawn(let ids): return "\(what): \(ids.count == 1 ? "een behoefte staat" : "\(ids.count) behoeften staan") niet meer in de inventaris (\(reader.list(ids))); de andere worden opnieuw ingepland"
        case .variantGone: return "\(what): de module wordt niet meer gegeven in het \(session.session.language.name(in: .dutch)) (\(session.session.mode.name(in: .dutch))); de deelnemers worden opnieuw ingepland"
        }
    }

    func reform(country: String, text: String, asOf: String, status: String, effective: String?, applied: Bool) -> String {
        if applied {
            return "de wetgeving van \(country) is gewijzigd\(effective.map { " (van kracht sinds \($0))" } ?? ""): controleer de bepalingen opnieuw vóór de opleiding. \(text)"
        }
        let state = ["pending": "in behandeling", "adopted": "aangenomen", "in-force": "van kracht"][status] ?? status
        return "hervorming in \(country) (\(state), stand van \(asOf)\(effective.map { ", van toepassing vanaf \($0)" } ?? "")): \(text)"
    }

    func legalBaseOld(asOf: String) -> String {
        "Het wetgevingsoverzicht geeft de stand van \(asOf), meer dan een jaar vóór deze sessie: laat het nakijken door de nationale deskundigen."
    }
}
