import Foundation
import Planning
import SafeXML
import TrainingModel
import Wording

/// The proposed curriculum as a Europass European Learning Model (ELM 3) learning-opportunity
/// document (the LOQ application profile, `loq.xsd` version 3.1.0 of the European Commission's
/// European-Learning-Model repository), for course databases and Europass.
///
/// Each session becomes a learning opportunity (dates, duration, mode, default language,
/// provider, places and legal differences in a note) pointing at its module's learning
/// specification (titles, descriptions and outcomes in every language the catalogue gives, EQF
/// level, languages, modes, volume). LOQ has no element for a *request*: a learning opportunity
/// must name its provider, which is exactly what an unmet need lacks. So each unmet need is
/// written as a learning specification without an opportunity, `status` `requested`, titled
/// and described in nl, fr, de and en, for a provider to pick up (docs/formats.md, section 9).
public enum CurriculumELM {
    public static let namespace = "http://data.europa.eu/snb/model/ap/loq-constraints/"
    /// The LOQ schema version the document is written for.
    public static let schemaVersion = "3.1.0"

    public static func write(_ plan: Plan, options: ExportOptions = ExportOptions()) -> String {
        let schedule = options.start.map { SessionSchedule(sessions: plan.sessions, start: $0) }
        let modules = CurriculumXML.byModule(plan.sessions)
        let providers = providerNames(modules.map(\.0), options: options)
        let writer = XMLWriter()
        writer.element("Courses", [("xmlns", namespace), ("xsdVersion", schemaVersion)]) {
            if !plan.sessions.isEmpty {
                writer.element("learningOpportunityReferences") {
                    for (module, sessions) in modules {
                        for session in sessions {
                            opportunity(session, module: module, dates: schedule?[session: session.id],
                                        provider: providers[module.id] ?? unknownProvider, options: options, to: writer)
                        }
                    }
                }
            }
            if !modules.isEmpty || !plan.unmet.isEmpty {
                writer.element("learningAchievementSpecificationReferences") {
                    for (module, _) in modules { specification(module, to: writer) }
                    for unmet in plan.unmet { request(unmet, to: writer) }
                }
                writer.element("learningOutcomeReferences") {
                    for (module, _) in modules {
                        for (index, outcome) in outcomes(of: module).enumerated() {
                            writer.element("learningOutcome", [("id", id("outcome", module.id, String(index + 1)))]) {
                                writer.element("title", [("language", outcome.language.tag)], text: outcome.text)
                            }
                        }
                    }
                    for unmet in plan.unmet {
                        writer.element("learningOutcome", [("id", id("outcome", "request", unmet.need.id))]) {
                            writer.element("title", [("language", unmet.need.language?.tag ?? "en")], text: PlanFacts.subject(unmet.need, limit: 500))
                        }
                    }
                }
            }
            if !modules.isEmpty {
                writer.element("agentReferences") {
                    for name in Set(providers.values).sorted() {
                        writer.element("organisation", [("id", id("provider", name))]) {
                            writer.element("legalName", [("language", "en")], text: name)
                            writer.element("location", [("idref", id("location", "not-provided"))])
                        }
                    }
                }
                // ELM requires an organisation to have a location; the catalogues do not say
                // where their providers are, and the authority table's "data not provided" says so.
                writer.element("locationReferences") {
                    writer.element("location", [("id", id("location", "not-provided"))]) {
                        writer.element("address") {
                            writer.element("countryCode", [("uri", "http://publications.europa.eu/resource/authority/country/OP_DATPRO")])
                        }
                    }
                }
            }
        }
        return writer.finish()
    }

    // MARK: Parts

    private static func opportunity(_ session: PlannedSession, module: TrainingModule, dates: SessionSchedule.Dates?,
                                    provider: String, options: ExportOptions, to writer: XMLWriter) {
        writer.element("learningOpportunity", [("id", id("course", session.id))]) {
            for title in module.titles.versions {
                writer.element("title", [("language", title.language.tag)], text: title.text)
            }
            for summary in module.summaries.versions {
                writer.element("description", [("language", summary.language.tag)], text: summary.text)
            }
            writer.element("type", [("uri", "http://data.europa.eu/snb/learning-opportunity/05053c1cbe")]) // Course
            writer.element("additionalNote") {
                writer.element("noteLiteral", [("language", options.language.tag)], text: note(session, module: module, options: options))
            }
            // A homepage is required; a proposed course has none yet, so only its title is given.
            writer.element("homepage") {
                writer.element("title", [("language", "en")], text: "Proposed joint course \(session.id), session \(session.number) of module \(module.id)")
            }
            if let dates {
                writer.element("temporal") {
                    writer.element("startDate", text: dates.first.description + "T00:00:00")
                    writer.element("endDate", text: dates.last.description + "T23:59:59")
                }
            }
            writer.element("duration", text: duration(days: session.days))
            if let mode = modeURI(session.mode) { writer.element("mode", [("uri", mode)]) }
            writer.element("providedBy", [("idref", id("provider", provider))])
            writer.element("learningAchievementSpecification", [("idref", id("module", module.id))])
            writer.element("defaultLanguage", [("uri", languageURI(session.language) ?? notProvidedLanguage)])
            writer.element("status", text: "proposed")
        }
    }

    private static func specification(_ module: TrainingModule, to writer: XMLWriter) {
        writer.element("learningAchievementSpecification", [("id", id("module", module.id))]) {
            for title in module.titles.versions {
                writer.element("title", [("language", title.language.tag)], text: title.text)
            }
            for summary in module.summaries.versions {
                writer.element("description", [("language", summary.language.tag)], text: summary.text)
            }
            for uri in iscedURIs(module.audiences) { writer.element("ISCEDFCode", [("uri", uri)]) }
            writer.element("volumeOfLearning", text: duration(days: module.duration.days))
            if let eqf = module.level?.eqf, (1...8).contains(eqf) {
                writer.element("educationLevel", [("uri", "http://data.europa.eu/snb/eqf/\(eqf)")])
            }
            let languages = module.languages.compactMap(languageURI)
            for uri in languages.isEmpty ? [notProvidedLanguage] : languages { writer.element("language", [("uri", uri)]) }
            for uri in Set(module.modes.compactMap(modeURI)).sorted() { writer.element("mode", [("uri", uri)]) }
            writer.element("learningSetting", [("uri", "http://data.europa.eu/snb/learning-setting/e207a81fc7")]) // non-formal
            for index in outcomes(of: module).indices {
                writer.element("learningOutcome", [("idref", id("outcome", module.id, String(index + 1)))])
            }
        }
    }

    /// An unmet need as a requested learning specification, in the four languages of the survey.
    private static func request(_ unmet: UnmetNeed, to writer: XMLWriter) {
        let need = unmet.need
        let subject = PlanFacts.subject(need)
        writer.element("learningAchievementSpecification", [("id", id("request", need.id))]) {
            for language in requestLanguages {
                writer.element("title", [("language", language.tag)], text: "\(requestTitle[language.tag] ?? "Requested joint training"): \(subject)")
            }
            for language in requestLanguages {
                let staff = "\(need.country.code), \(need.serviceKind.name(in: language)), \(need.headcount)"
                writer.element("description", [("language", language.tag)], text: "\(staff) — \(unmet.reason.explanation(in: language))")
            }
            writer.element("status", text: "requested")
            for uri in iscedURIs([need.serviceKind]) { writer.element("ISCEDFCode", [("uri", uri)]) }
            let wanted = (need.languages.isEmpty ? need.language.map { [$0] } ?? [] : need.languages).compactMap(languageURI)
            for uri in wanted.isEmpty ? [notProvidedLanguage] : wanted { writer.element("language", [("uri", uri)]) }
            for uri in Set(need.modes.compactMap(modeURI)).sorted() { writer.element("mode", [("uri", uri)]) }
            writer.element("learningSetting", [("uri", "http://data.europa.eu/snb/learning-setting/e207a81fc7")])
            writer.element("learningOutcome", [("idref", id("outcome", "request", need.id))])
        }
    }

    // MARK: Vocabulary

    static let requestLanguages: [LanguageCode] = [.dutch, .french, .german, .english]
    static let requestTitle = [
        "nl": "Gevraagde gezamenlijke opleiding", "fr": "Formation commune demandée",
        "de": "Gewünschte gemeinsame Fortbildung", "en": "Requested joint training",
    ]

    /// The session in words: who sits in it, its places and the legal differences to address.
    private static func note(_ session: PlannedSession, module: TrainingModule, options: ExportOptions) -> String {
        let countries = Set(session.placements.map(\.need.country.code)).sorted().joined(separator: ", ")
        let kinds = Set(session.placements.map(\.need.serviceKind)).sorted().map { $0.name(in: options.language) }.joined(separator: ", ")
        let places = module.effectivePlaces
        var text = "\(countries) · \(kinds) · \(session.participants) / \(places.min)–\(places.max)"
        let flags = session.legalFlags.map { PlanFacts.flagSummary($0, language: options.language) }
        if !flags.isEmpty { text += " · " + flags.joined(separator: "; ") }
        return text
    }

    /// The module's outcomes; ELM needs at least one, so a module without any has its title.
    private static func outcomes(of module: TrainingModule) -> [LocalizedString] {
        if !module.outcomes.isEmpty { return module.outcomes }
        return Array(module.titles.versions.prefix(1))
    }

    /// The provider named when no catalogue says whose module it is.
    static let unknownProvider = "Organiser of the joint courses (to be confirmed)"

    private static func providerNames(_ modules: [TrainingModule], options: ExportOptions) -> [String: String] {
        Dictionary(modules.map { ($0.id, options.providers[$0.id] ?? unknownProvider) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// ISCED-F 2013 fields: law for prosecution and judiciary staff, protection of persons and
    /// property for the enforcement services, social work for NGOs.
    static func iscedURIs(_ audiences: [ServiceKind]) -> [String] {
        var codes: [String] = []
        if audiences.contains(where: { [.prosecution, .judiciary].contains($0) }) { codes.append("0421") }
        if audiences.contains(where: { [.police, .borderGuard, .customs, .labourInspection, .socialInspection].contains($0) }) { codes.append("1032") }
        if audiences.contains(.ngo) { codes.append("0923") }
        if codes.isEmpty { codes.append("1032") }
        return codes.map { "http://data.europa.eu/snb/isced-f/\($0)" }
    }

    static func modeURI(_ mode: DeliveryMode) -> String? {
        let code: String = switch mode {
        case .onsite: "9191af2ed9"          // presential
        case .online, .webinar, .eLearning: "920fbb3cbe" // online
        case .blended: "e92d221e4d"         // blended
        case .exchange: "729f3bed4b"        // work-based
        }
        return "http://data.europa.eu/snb/learning-assessment/" + code
    }

    static let notProvidedLanguage = "http://publications.europa.eu/resource/authority/language/OP_DATPRO"

    /// The EU language authority's URI of a language, for the official languages of the EU and Luxembourgish.
    static func languageURI(_ language: LanguageCode) -> String? {
        let primary = String(language.tag.prefix { $0 != "-" })
        guard let code = authorityLanguages[primary] else { return nil }
        return "http://publications.europa.eu/resource/authority/language/" + code
    }

    private static let authorityLanguages = [
        "nl": "NLD", "fr": "FRA", "de": "DEU", "en": "ENG", "lb": "LTZ", "bg": "BUL", "cs": "CES", "da": "DAN",
        "el": "ELL", "es": "SPA", "et": "EST", "fi": "FIN", "ga": "GLE", "hr": "HRV", "hu": "HUN", "it": "ITA",
        "lt": "LIT", "lv": "LAV", "mt": "MLT", "pl": "POL", "pt": "POR", "ro": "RON", "sk": "SLK", "sl": "SLV", "sv": "SWE",
    ]

    /// An ISO 8601 duration: whole days as days, other lengths in hours and minutes (8 hours a day).
    static func duration(days: Double) -> String {
        guard days.isFinite, days > 0 else { return "P0D" }
        if days == days.rounded() && days < 100_000 { return "P\(Int(days))D" }
        let minutes = Int((min(days, 100_000) * 8 * 60).rounded())
        return "PT\(minutes / 60)H" + (minutes % 60 == 0 ? "" : "\(minutes % 60)M")
    }

    /// A URN for one thing of the document, its parts percent-encoded so that any id is a valid URI.
    static func id(_ kind: String, _ parts: String...) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._~")
        let encoded = parts.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        return "urn:jointtraining:\(kind):" + encoded.joined(separator: ":")
    }
}
