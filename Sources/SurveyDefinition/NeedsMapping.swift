import Foundation
import TrainingModel

/// The service a response speaks for, as the coordinator invited it.
public struct ServiceIdentity: Hashable, Sendable, Codable {
    public var country: CountryCode
    public var kind: ServiceKind
    public var name: String

    public init(country: CountryCode, kind: ServiceKind, name: String) {
        self.country = country
        self.kind = kind
        self.name = name
    }
}

/// Turns a submitted response into needs rows (docs/formats.md section 4): each topic-matrix
/// row that asks for training becomes a topic need, each free-text answer a text need; all
/// carry the service's country, kind and name and the languages, delivery modes and period
/// of the modalities section.
///
/// Which questions play which part follows the section conventions of the survey format:
/// free-text needs are the text questions of section `free-needs` (a question `X-context`
/// adds context to question `X`), modalities come from section `modalities` (the multiple
/// question whose choices are language codes, the one whose choices are delivery modes, the
/// period question), the service's working languages from section `service`.
public struct NeedsMapping: Sendable, Hashable {
    public static let freeNeedsSection = "free-needs"
    public static let modalitiesSection = "modalities"
    public static let serviceSection = "service"
    static let contextSuffix = "-context"
    /// Questions `X-staff` (number), `X-priority` (single, 1–4), `X-current-level` and
    /// `X-required-level` (scale) give free-text need `X` its headcount, priority and levels.
    static let staffSuffix = "-staff"
    static let prioritySuffix = "-priority"
    static let currentLevelSuffix = "-current-level"
    static let requiredLevelSuffix = "-required-level"

    /// Each topic-matrix question with its rows' concepts in survey order.
    public var matrixQuestions: [MatrixQuestion]
    public var freeTextQuestions: [String]
    public var languagesQuestion: String?
    public var modesQuestion: String?
    public var periodQuestion: String?
    public var serviceLanguagesQuestion: String?
    /// The single questions asking whether the service would train with other countries
    /// and with other kinds of service (`yes`, `maybe`, `no`).
    public var jointCountriesQuestion: String?
    public var jointServicesQuestion: String?
    public static let jointCountriesId = "joint-countries"
    public static let jointServicesId = "joint-services"

    public init(matrixQuestions: [MatrixQuestion], freeTextQuestions: [String], languagesQuestion: String? = nil,
                modesQuestion: String? = nil, periodQuestion: String? = nil, serviceLanguagesQuestion: String? = nil,
                jointCountriesQuestion: String? = nil, jointServicesQuestion: String? = nil) {
        self.jointCountriesQuestion = jointCountriesQuestion
        self.jointServicesQuestion = jointServicesQuestion
        self.matrixQuestions = matrixQuestions
        self.freeTextQuestions = freeTextQuestions
        self.languagesQuestion = languagesQuestion
        self.modesQuestion = modesQuestion
        self.periodQuestion = periodQuestion
        self.serviceLanguagesQuestion = serviceLanguagesQuestion
    }

    /// The mapping the survey's sections imply.
    public init(survey: Survey) {
        let section = { (id: String) in survey.sections.first { $0.id == id }?.questions ?? [] }
        let isLanguageList = { (question: Question) in
            question.kind == .multiple && question.choices.allSatisfy { LanguageCode($0.value).isValid }
        }
        let modalities = section(Self.modalitiesSection)
        self.init(
            matrixQuestions: survey.questions.filter { $0.kind == .matrix }
                .map { MatrixQuestion(question: $0.id, concepts: $0.rows.map(\.concept)) },
            freeTextQuestions: section(Self.freeNeedsSection)
                .filter { $0.kind == .text && !$0.id.hasSuffix(Self.contextSuffix) }.map(\.id),
            languagesQuestion: modalities.first(where: isLanguageList)?.id,
            modesQuestion: modalities.first { question in
                question.kind == .multiple && question.choices.allSatisfy { DeliveryMode(rawValue: $0.value) != nil }
            }?.id,
            periodQuestion: modalities.first { $0.kind == .period }?.id,
            serviceLanguagesQuestion: section(Self.serviceSection).first(where: isLanguageList)?.id,
            jointCountriesQuestion: modalities.first { $0.id == Self.jointCountriesId && $0.kind == .single }?.id,
            jointServicesQuestion: modalities.first { $0.id == Self.jointServicesId && $0.kind == .single }?.id
        )
    }

    /// The needs of one response. `answers` should be the counted answers of a valid
    /// submission; need ids are `PREFIX-01`, `PREFIX-02`, ... in survey order.
    public func needs(from answers: Answers, service: ServiceIdentity, idPrefix: String) -> [Need] {
        let languages = list(languagesQuestion, in: answers).map { LanguageCode($0) }.filter(\.isValid)
        let modes = list(modesQuestion, in: answers).compactMap(DeliveryMode.init(rawValue:))
        let period = text(periodQuestion, in: answers).flatMap { Scales.isPeriod($0) ? $0 : nil }
        let jointCountries = consent(jointCountriesQuestion, in: answers)
        let jointServices = consent(jointServicesQuestion, in: answers)
        var needs: [Need] = []
        func add(topic: String? = nil, text: String? = nil, priority: Int = 2, current: Int? = nil, required: Int? = nil, headcount: Int = 1) {
            needs.append(Need(
                id: "\(idPrefix)-\(needs.count + 1 < 10 ? "0" : "")\(needs.count + 1)",
                country: service.country, serviceKind: service.kind, service: service.name,
                text: text, topic: topic, language: answers.language, priority: priority,
                currentLevel: current, requiredLevel: required, headcount: headcount,
                languages: languages, modes: modes, period: period,
                jointCountries: jointCountries, jointServices: jointServices
            ))
        }
        for matrix in matrixQuestions {
            guard case .matrix(let rows)? = answers[matrix.question] else { continue }
            // Row order of the survey, not of the answer, so exports are stable.
            for concept in matrix.concepts {
                guard let row = rows[concept], row.asksForTraining else { continue }
                add(topic: concept, priority: row.priority ?? Self.priority(for: row.relevance),
                    current: row.currentLevel, required: row.requiredLevel, headcount: row.staff ?? 1)
            }
        }
        for question in freeTextQuestions {
            guard let need = text(question, in: answers) else { continue }
            let context = text(question + Self.contextSuffix, in: answers)
            let priority = integer(question + Self.prioritySuffix, in: answers).flatMap { Scales.priority.contains($0) ? $0 : nil }
            let level = { (suffix: String) in integer(question + suffix, in: answers).flatMap { Scales.level.contains($0) ? $0 : nil } }
            let staff = integer(question + Self.staffSuffix, in: answers).flatMap { $0 >= 0 ? $0 : nil }
            // No staff to train: the text describes no need to plan for.
            if staff == 0 { continue }
            add(text: context.map { "\(need)\n\n\($0)" } ?? need, priority: priority ?? 2,
                current: level(Self.currentLevelSuffix), required: level(Self.requiredLevelSuffix), headcount: staff ?? 1)
        }
        return needs
    }

    /// The working languages the response gives for the service, if the survey asks.
    public func serviceLanguages(from answers: Answers) -> [LanguageCode] {
        list(serviceLanguagesQuestion, in: answers).map { LanguageCode($0) }.filter(\.isValid)
    }

    /// A priority when the row gives none: high relevance reads as high priority.
    static func priority(for relevance: Relevance?) -> Int {
        switch relevance {
        case .high: 3
        case .low: 1
        default: 2
        }
    }

    /// The answer to a joint-training question; `yes` when not asked or not answered.
    private func consent(_ question: String?, in answers: Answers) -> JointConsent {
        text(question, in: answers).flatMap { JointConsent(rawValue: $0) } ?? .yes
    }

    private func list(_ question: String?, in answers: Answers) -> [String] {
        guard let question, case .list(let values)? = answers[question] else { return [] }
        return values
    }

    /// A whole-number answer, given as a number or as text ("8", a choice value "3").
    private func integer(_ question: String, in answers: Answers) -> Int? {
        let value: Double?
        switch answers[question] {
        case .number(let number)?: value = number
        case .text(let text)?: value = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
        default: value = nil
        }
        guard let value, value.isFinite, value.rounded() == value, abs(value) < 1e9 else { return nil }
        return Int(value)
    }

    private func text(_ question: String?, in answers: Answers) -> String? {
        guard let question, case .text(let raw)? = answers[question] else { return nil }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}

/// A topic-matrix question and the concepts of its rows, in survey order.
public struct MatrixQuestion: Hashable, Sendable {
    public var question: String
    public var concepts: [String]

    public init(question: String, concepts: [String]) {
        self.question = question
        self.concepts = concepts
    }
}
