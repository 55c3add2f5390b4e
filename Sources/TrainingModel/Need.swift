/// A training need: one row of the needs inventory (docs/formats.md section 4).
///
/// A need names either a thesaurus topic (an answer to the survey's topic matrix) or
/// free text in the respondent's own words, and says for how many staff it is.
public struct Need: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var country: CountryCode
    public var serviceKind: ServiceKind
    public var service: String?
    public var text: String?
    public var topic: String?
    /// The language of `text`; detected by the matcher when absent.
    public var language: LanguageCode?
    /// 1 low, 2 medium, 3 high, 4 critical.
    public var priority: Int
    /// 0–4: none, basic, intermediate, advanced, expert.
    public var currentLevel: Int?
    public var requiredLevel: Int?
    public var headcount: Int
    /// Languages the staff can be trained in, as given; see `trainingLanguages`.
    public var languages: [LanguageCode]
    /// Acceptable delivery modes; empty means any.
    public var modes: [DeliveryMode]
    /// Wished period, `YYYY-Qn`.
    public var period: String?

    public init(
        id: String, country: CountryCode, serviceKind: ServiceKind, service: String? = nil,
        text: String? = nil, topic: String? = nil, language: LanguageCode? = nil,
        priority: Int = 2, currentLevel: Int? = nil, requiredLevel: Int? = nil,
        headcount: Int = 1, languages: [LanguageCode] = [], modes: [DeliveryMode] = [], period: String? = nil
    ) {
        self.id = id
        self.country = country
        self.serviceKind = serviceKind
        self.service = service
        self.text = text
        self.topic = topic
        self.language = language
        self.priority = priority
        self.currentLevel = currentLevel
        self.requiredLevel = requiredLevel
        self.headcount = headcount
        self.languages = languages
        self.modes = modes
        self.period = period
    }

    /// `priority × headcount × max(1, required_level − current_level)`: what covering the
    /// need is worth to the plan.
    public var weight: Int {
        priority * headcount * max(1, (requiredLevel ?? 0) - (currentLevel ?? 0))
    }

    /// The languages the staff can be trained in: `languages`, or else `language`.
    public var trainingLanguages: [LanguageCode] {
        if !languages.isEmpty { return languages }
        return language.map { [$0] } ?? []
    }

    /// Whether the need accepts a module delivered in `mode`.
    public func accepts(_ mode: DeliveryMode) -> Bool {
        modes.isEmpty || modes.contains(mode)
    }
}
