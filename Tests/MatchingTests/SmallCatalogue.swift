@testable import Matching
import TrainingModel

/// A hand-written thesaurus and catalogue, small enough to know the right answers by heart.
enum SmallCatalogue {
    static func concept(_ id: String, _ labels: [(LanguageCode, String)], alt: [(LanguageCode, String)] = [],
                        broader: [String] = [], related: [String] = []) -> Concept {
        Concept(id: id, labels: LocalizedText(labels.map { LocalizedString($0.0, $0.1) }),
                altLabels: alt.map { LocalizedString($0.0, $0.1) }, broader: broader, related: related)
    }

    static let thesaurus = Thesaurus(id: "small", concepts: [
        concept("thb", [("en", "trafficking in human beings"), ("nl", "mensenhandel"), ("fr", "traite des êtres humains"), ("de", "Menschenhandel")],
                alt: [("en", "human trafficking"), ("en", "THB"), ("fr", "TEH")]),
        concept("labour-exploitation", [("en", "labour exploitation"), ("nl", "arbeidsuitbuiting"), ("fr", "exploitation par le travail"), ("de", "Arbeitsausbeutung")],
                alt: [("nl", "economische uitbuiting"), ("fr", "exploitation économique")], broader: ["thb"]),
        concept("investigation", [("en", "criminal investigation"), ("nl", "opsporing"), ("fr", "enquête pénale"), ("de", "Ermittlungen")],
                alt: [("en", "investigation")], broader: ["thb"]),
        concept("financial-investigation", [("en", "financial investigation"), ("nl", "financieel onderzoek"), ("fr", "enquête financière"), ("de", "Finanzermittlungen")],
                alt: [("nl", "geldstromen"), ("en", "follow the money")], broader: ["investigation"], related: ["asset-recovery"]),
        concept("asset-recovery", [("en", "asset recovery"), ("nl", "ontneming"), ("fr", "confiscation des avoirs"), ("de", "Vermögensabschöpfung")],
                alt: [("nl", "crimineel vermogen afpakken")]),
        concept("victim-interviewing", [("en", "interviewing victims"), ("nl", "verhoren van slachtoffers"), ("fr", "audition des victimes"), ("de", "Opfervernehmung")],
                alt: [("de", "Vernehmung von Opfern")]),
        concept("judicial-cooperation", [("en", "Eurojust")]),
    ])

    static func module(_ id: String, _ titles: [(LanguageCode, String)], summary: String = "", audiences: [ServiceKind],
                       languages: [LanguageCode], eqf: Int? = nil, topics: [String] = [], outcomes: [String] = [],
                       status: TrainingModule.Status = .active) -> TrainingModule {
        TrainingModule(id: id, status: status, titles: LocalizedText(titles.map { LocalizedString($0.0, $0.1) }),
                       summaries: summary.isEmpty ? LocalizedText() : LocalizedText([LocalizedString("en", summary)]),
                       category: "Trafficking in human beings", audiences: audiences, level: eqf.map { .init(eqf: $0) },
                       duration: .init(2, .day), modes: [.onsite], languages: languages, topics: topics,
                       outcomes: outcomes.map { LocalizedString("en", $0) })
    }

    static let modules: [TrainingModule] = [
        module("LAB", [("en", "Spotting labour exploitation on inspection visits")],
               summary: "How inspectors recognise workers who are exploited: wages withheld, passports kept, debts imposed by the employer.",
               audiences: [.labourInspection, .police], languages: ["en", "nl"], eqf: 4,
               outcomes: ["Recognise the signs of labour exploitation in cleaning, construction and agriculture."]),
        module("FIN", [("en", "Financial investigation in trafficking cases"), ("fr", "L'enquête financière dans les affaires de traite")],
               summary: "Tracing payments, bank accounts and money transfers of criminal networks.",
               audiences: [.police, .prosecution], languages: ["en", "fr"], eqf: 6, topics: ["financial-investigation"]),
        module("ARC", [("en", "Asset recovery: seizing what criminals earned")],
               summary: "Freezing, seizing and confiscating proceeds of crime, in Belgium, the Netherlands and Luxembourg.",
               audiences: [.prosecution, .judiciary], languages: ["en", "fr", "nl"], eqf: 7, topics: ["asset-recovery"]),
        module("INT", [("en", "Interviewing victims without harming them"), ("de", "Opfer schonend vernehmen")],
               summary: "Planning an interview with a presumed victim, building trust and working with an interpreter.",
               audiences: [.police], languages: ["en", "de"], eqf: 5, topics: ["victim-interviewing"]),
        module("OLD", [("en", "Financial investigation for beginners")],
               summary: "Tracing payments and bank accounts.", audiences: [.police, .prosecution, .labourInspection],
               languages: ["en", "nl", "fr", "de"], topics: ["financial-investigation"], status: .withdrawn),
    ]

    static func need(_ id: String, _ text: String?, kind: ServiceKind = .police, language: LanguageCode? = nil,
                     topic: String? = nil, languages: [LanguageCode] = [], required: Int? = nil) -> Need {
        Need(id: id, country: "BE", serviceKind: kind, text: text, topic: topic, language: language,
             requiredLevel: required, languages: languages)
    }

    static let index = MatchIndex(modules: modules, thesaurus: thesaurus)
}
