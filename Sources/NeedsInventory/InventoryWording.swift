import TrainingModel
import Wording

/// The inventory report's fixed words in one language: headings, the heatmap's summary and
/// legend. One type per language conforms; service kinds are named by `ServiceKind.name(in:)`,
/// so that pages, reports and exports call a kind alike.
protocol InventoryWording: Sendable {
    var reader: ReaderLanguage { get }
    /// A free-text need's row, before it is matched to a topic.
    var freeText: String { get }
    var topic: String { get }
    var country: String { get }
    var kind: String { get }
    var services: String { get }
    var staff: String { get }
    var gap: String { get }
    var priority: String { get }
    var title: String { get }
    /// After a cell's number: "12 staff to train".
    var cellUnit: String { get }
    /// A cell without a request.
    var none: String { get }
    /// One sentence saying what the heatmap shows, for screen readers and the page.
    func summary(topics: Int, groups: Int, staff: Int, top: String) -> String
    /// The legend's words: shades stand for staff to train, free text may exceed the scale.
    func legend(maximum: Int) -> String
}

extension InventoryWording {
    /// A mean with one decimal as the language writes it, or empty when there is none.
    func decimal(_ value: Double?) -> String {
        value.map { reader.fixed($0, decimals: 1) } ?? ""
    }
}

/// The inventory's words for a reader of `language`; English for other languages.
func inventoryWording(_ language: LanguageCode) -> any InventoryWording {
    ReaderLanguage(language).pick(dutch: DutchInventoryWording(), french: FrenchInventoryWording(),
                                  german: GermanInventoryWording(), english: EnglishInventoryWording())
}

struct DutchInventoryWording: InventoryWording {
    var reader: ReaderLanguage { .dutch }
    let freeText = "vrije tekst (nog aan een thema te koppelen)"
    let topic = "Thema", country = "Land", kind = "Soort dienst", services = "Diensten", staff = "Op te leiden"
    let gap = "Gem. kloof", priority = "Gem. prioriteit", title = "Opleidingsbehoeften per thema, land en soort dienst"
    let cellUnit = "op te leiden medewerkers", none = "geen vraag"

    func summary(topics: Int, groups: Int, staff: Int, top: String) -> String {
        "\(topics) thema's voor \(groups) groepen diensten (land en soort dienst), samen \(staff) op te leiden medewerkers. Meest gevraagd: \(top)."
    }

    func legend(maximum: Int) -> String {
        "Kleur: op te leiden medewerkers, van 0 tot \(maximum) of meer. Een streepje: geen vraag."
    }
}

struct FrenchInventoryWording: InventoryWording {
    var reader: ReaderLanguage { .french }
    let freeText = "texte libre (à rattacher à un thème)"
    let topic = "Thème", country = "Pays", kind = "Type de service", services = "Services", staff = "À former"
    let gap = "Écart moyen", priority = "Priorité moyenne", title = "Besoins de formation par thème, pays et type de service"
    let cellUnit = "collaborateurs à former", none = "aucune demande"

    func summary(topics: Int, groups: Int, staff: Int, top: String) -> String {
        "\(topics) thèmes pour \(groups) groupes de services (pays et type de service), soit \(staff) collaborateurs à former. Les plus demandés : \(top)."
    }

    func legend(maximum: Int) -> String {
        "Couleur : collaborateurs à former, de 0 à \(maximum) ou plus. Un tiret : aucune demande."
    }
}

struct GermanInventoryWording: InventoryWording {
    var reader: ReaderLanguage { .german }
    let freeText = "Freitext (noch keinem Thema zugeordnet)"
    let topic = "Thema", country = "Land", kind = "Art des Dienstes", services = "Dienste", staff = "Zu schulen"
    let gap = "Mittl. Lücke", priority = "Mittl. Priorität", title = "Schulungsbedarf nach Thema, Land und Art des Dienstes"
    let cellUnit = "zu schulende Mitarbeitende", none = "kein Bedarf"

    func summary(topics: Int, groups: Int, staff: Int, top: String) -> String {
        "\(topics) Themen für \(groups) Gruppen von Diensten (Land und Art des Dienstes), insgesamt \(staff) zu schulende Mitarbeitende. Am häufigsten gefragt: \(top)."
    }

    func legend(maximum: Int) -> String {
        "Farbe: zu schulende Mitarbeitende, von 0 bis \(maximum) oder mehr. Ein Strich: kein Bedarf."
    }
}

struct EnglishInventoryWording: InventoryWording {
    var reader: ReaderLanguage { .english }
    let freeText = "free text (not yet matched to a topic)"
    let topic = "Topic", country = "Country", kind = "Service kind", services = "Services asking", staff = "Staff to train"
    let gap = "Mean gap", priority = "Mean priority", title = "Training needs by topic, country and kind of service"
    let cellUnit = "staff to train", none = "no request"

    func summary(topics: Int, groups: Int, staff: Int, top: String) -> String {
        "\(topics) topics for \(groups) groups of services (country and kind of service), \(staff) staff to train in all. Most asked for: \(top)."
    }

    func legend(maximum: Int) -> String {
        "Shade: staff to train, from 0 to \(maximum) or more. A dash: no request."
    }
}
