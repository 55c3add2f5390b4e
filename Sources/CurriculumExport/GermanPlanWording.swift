import Planning
import TrainingModel
import Wording

/// The plan in German as Luxembourg and German-speaking Belgian services read it. A session
/// is a "Durchführung", as training catalogues call one run of a course.
struct GermanPlanWording: PlanWording {
    var reader: ReaderLanguage { .german }

    func serviceKind(_ kind: ServiceKind) -> String { kind.name(in: .german) }
    func mode(_ mode: DeliveryMode) -> String { mode.name(in: .german) }
    func inLanguage(_ language: LanguageCode) -> String { "auf \(language.name(in: .german))" }

    func status(_ status: LegalFlag.Status) -> String {
        switch status {
        case .differs: "abweichend"
        case .unknown: "unbekannt"
        case .reform: "Reform"
        }
    }

    let title = "Vorgeschlagene gemeinsame Schulungen"

    private func plural(_ count: Int, _ one: String, _ many: String) -> String { "\(count) " + (count == 1 ? one : many) }

    func coverage(sessions: Int, covered: Int, needs: Int, weight: Int, totalWeight: Int,
                  share: Double, daysUsed: Double, budgetDays: Double) -> String {
        plural(sessions, "Durchführung deckt", "Durchführungen decken")
            + " \(covered) von \(needs) Bedarfen: Gewichtung \(weight) von \(totalWeight) (\(reader.percent(share))), "
            + "\(reader.number(daysUsed)) von \(reader.number(budgetDays)) Schulungstagen"
    }

    func jointness(score: Double, crossCountry: Double, crossService: Double) -> String {
        "Gemeinsamkeitsgrad \(twoDecimals(score)): \(reader.percent(crossCountry)) der Teilnehmenden lernen mit Kolleginnen "
            + "und Kollegen aus einem anderen Land, \(reader.percent(crossService)) mit solchen aus einer anderen Art von Dienst"
    }

    let noLegalBase = "Es wurde keine Rechtsübersicht angegeben: Rechtliche Unterschiede zwischen den Ländern wurden nicht geprüft."
    let noLegalDifferences = "In diesen Durchführungen sind keine rechtlichen Unterschiede zu behandeln."

    func legalDifferences(sessions: Int, differences: Int, unknown: Int) -> String {
        plural(sessions, "Durchführung behandelt", "Durchführungen behandeln")
            + " Rechtsthemen, bei denen die Rechtslage der Länder abweicht oder die eines Landes unbekannt ist: "
            + plural(differences, "Abweichung", "Abweichungen") + ", " + plural(unknown, "unbekannte Regelung", "unbekannte Regelungen")
    }

    let courses = "Schulungen"
    let noSessionFits = "Keine Durchführung passt in die verfügbaren Schulungstage."
    let courseColumns = ["Schulung", "Modul", "Titel", "Sprache", "Lernform", "Tage", "Termine", "Teilnehmende", "Länder",
                         "Dienste", "Rechtliche Hinweise"]

    func session(module: String, number: Int) -> String { "\(module) Durchführung \(number)" }

    func participants(_ count: Int, places: TrainingModule.Places) -> String {
        "\(count) Teilnehmende (\(places.min)–\(places.max) Plätze)"
    }

    func dates(from first: CivilDate, to last: CivilDate) -> String { "\(first) bis \(last)" }

    let placementColumns = ["Dienst", "Land", "Art des Dienstes", "Thema", "Mitarbeitende"]

    let legalPoint = "Rechtlicher Hinweis"
    func lawsDiffer(_ countries: [String]) -> String { "Rechtslage unterschiedlich in \(reader.list(countries))" }
    func noProvision(for countries: [String]) -> String { "keine Regelung für \(reader.list(countries))" }
    let provisionColumns = ["Land", "Regelung", "Fundstelle", "Zusammenfassung"]
    let notVerified = "nicht überprüft"
    let noProvisionInLegalBase = "keine Regelung in der Rechtsübersicht"
    let proposedHandling = "Vorgeschlagenes Vorgehen"

    let needsLeftOut = "Nicht gedeckter Bedarf"
    let everyNeedCovered = "Der gesamte Bedarf ist gedeckt."

    func reasonHeading(_ code: String) -> String {
        switch code {
        case "no-module": "Kein Modul deckt den Bedarf"
        case "audience": "Zielgruppe passt nicht"
        case "language": "Sprache passt nicht"
        case "mode": "Lernform passt nicht"
        case "too-few": "Zu wenige Teilnehmende für die Mindestzahl des Moduls"
        case "budget": "Budget ausgeschöpft"
        case "own-answer": "Eigene Antwort: keine Schulung mit anderen Ländern oder Diensten"
        default: code
        }
    }

    let unmetColumns = ["Dienst", "Land", "Art des Dienstes", "Thema", "Mitarbeitende", "Gewichtung", "Grund"]

    let coveredLabel = "Abdeckung"
    let togetherLabel = "Gemeinsam"
    let legalLabel = "Recht"
    let fromLabel = "Aus"
    let needsLabel = "Bedarf"
    func staff(_ headcount: Int, weight: Int) -> String { "\(headcount) Mitarbeitende, Gewichtung \(weight)" }

    func participants(_ count: Int, from countries: String, kinds: String) -> String {
        "\(count) Teilnehmende aus \(countries) (\(kinds))"
    }

    let requestedPeriod = "Gewünschter Zeitraum"

    func quarter(year: Int, quarter: Int) -> String { "\(quarter). Quartal \(year)" }
    let lateLabel = "Später als gewünscht"
    func askedFor(_ quarter: String) -> String { "(gewünscht: \(quarter))" }
    let confirmedMark = "bestätigt"
    let notKeptHeading = "Durchführungen des früheren Plans, die nicht beibehalten werden konnten"

    func notKept(_ session: NotKeptSession) -> String {
        let what = "\(session.session.id) (\(session.session.module))"
        switch session.reason {
        case .moduleMissing: return "\(what): das Modul steht nicht mehr in den Katalogen; die Teilnehmenden werden neu eingeplant"
        case .moduleWithdrawn: return "\(what): das Modul wurde zurückgezogen; die Teilnehmenden werden neu eingeplant"
        case .needsWithdrawn(let ids): return "\(what): \(ids.count == 1 ? "ein Bedarf steht" : "\(ids.count) Bedarfe stehen") nicht mehr im Verzeichnis (\(reader.list(ids))); die übrigen werden neu eingeplant"
        case .variantGone: return "\(what): das Modul wird nicht mehr auf \(session.session.language.name(in: .german)) (\(session.session.mode.name(in: .german))) angeboten; die Teilnehmenden werden neu eingeplant"
        }
    }

    func reform(country: String, text: String, asOf: String, status: String, effective: String?, applied: Bool) -> String {
        if applied {
            return "das Recht von \(country) hat sich geändert\(effective.map { " (in Kraft seit \($0))" } ?? ""): die Regelungen vor der Schulung erneut prüfen. \(text)"
        }
        let state = ["pending": "im Verfahren", "adopted": "verabschiedet", "in-force": "in Kraft"][status] ?? status
        return "Reform in \(country) (\(state), Stand \(asOf)\(effective.map { ", anwendbar ab \($0)" } ?? "")): \(text)"
    }

    func legalBaseOld(asOf: String) -> String {
        "Die Rechtsübersicht gibt den Stand vom \(asOf) wieder, mehr als ein Jahr vor dieser Durchführung: von den nationalen Fachleuten prüfen lassen."
    }
}
