import TrainingModel

/// Report headings in the four survey languages; service kinds are named by
/// `ServiceKind.name(in:)`, so that pages, reports and exports call a kind alike.
enum InventoryWording {
    static func freeText(in language: LanguageCode) -> String {
        pick(("vrije tekst (nog aan een thema te koppelen)", "texte libre (à rattacher à un thème)",
              "Freitext (noch keinem Thema zugeordnet)", "free text (not yet matched to a topic)"), language)
    }

    static func headings(in language: LanguageCode) -> Headings {
        switch language.primary.tag {
        case "nl": Headings(topic: "Thema", country: "Land", kind: "Soort dienst", services: "Diensten", staff: "Op te leiden",
                            gap: "Gem. kloof", priority: "Gem. prioriteit", title: "Opleidingsbehoeften per thema, land en soort dienst",
                            cellUnit: "op te leiden medewerkers", none: "geen vraag")
        case "fr": Headings(topic: "Thème", country: "Pays", kind: "Type de service", services: "Services", staff: "À former",
                            gap: "Écart moyen", priority: "Priorité moyenne", title: "Besoins de formation par thème, pays et type de service",
                            cellUnit: "collaborateurs à former", none: "aucune demande")
        case "de": Headings(topic: "Thema", country: "Land", kind: "Art des Dienstes", services: "Dienste", staff: "Zu schulen",
                            gap: "Mittl. Lücke", priority: "Mittl. Priorität", title: "Schulungsbedarf nach Thema, Land und Art des Dienstes",
                            cellUnit: "zu schulende Mitarbeitende", none: "kein Bedarf")
        default: Headings(topic: "Topic", country: "Country", kind: "Service kind", services: "Services asking", staff: "Staff to train",
                          gap: "Mean gap", priority: "Mean priority", title: "Training needs by topic, country and kind of service",
                          cellUnit: "staff to train", none: "no request")
        }
    }

    /// One sentence saying what the heatmap shows, for screen readers and the page.
    static func summary(topics: Int, groups: Int, staff: Int, top: [String], in language: LanguageCode) -> String {
        let list = top.joined(separator: "; ")
        return pick((
            "\(topics) thema's voor \(groups) groepen diensten (land en soort dienst), samen \(staff) op te leiden medewerkers. Meest gevraagd: \(list).",
            "\(topics) thèmes pour \(groups) groupes de services (pays et type de service), soit \(staff) collaborateurs à former. Les plus demandés : \(list).",
            "\(topics) Themen für \(groups) Gruppen von Diensten (Land und Art des Dienstes), insgesamt \(staff) zu schulende Mitarbeitende. Am häufigsten gefragt: \(list).",
            "\(topics) topics for \(groups) groups of services (country and kind of service), \(staff) staff to train in all. Most asked for: \(list)."
        ), language)
    }

    /// The legend's words: shades stand for staff to train, free text may exceed the scale.
    static func legend(maximum: Int, in language: LanguageCode) -> String {
        pick((
            "Kleur: op te leiden medewerkers, van 0 tot \(maximum) of meer. Een streepje: geen vraag.",
            "Couleur : collaborateurs à former, de 0 à \(maximum) ou plus. Un tiret : aucune demande.",
            "Farbe: zu schulende Mitarbeitende, von 0 bis \(maximum) oder mehr. Ein Strich: kein Bedarf.",
            "Shade: staff to train, from 0 to \(maximum) or more. A dash: no request."
        ), language)
    }

    private static func pick(_ names: (nl: String, fr: String, de: String, en: String), _ language: LanguageCode) -> String {
        switch language.primary.tag {
        case "nl": names.nl
        case "fr": names.fr
        case "de": names.de
        default: names.en
        }
    }
}

/// Column headings and fixed texts of a report.
struct Headings {
    var topic, country, kind, services, staff, gap, priority, title, cellUnit, none: String
}
