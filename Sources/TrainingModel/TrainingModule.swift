/// A training module a provider offers, as one entry of a catalogue.
public struct TrainingModule: Hashable, Sendable, Codable, Identifiable {
    /// Whether the provider still offers the module.
    public enum Status: String, Hashable, Sendable, Codable {
        case active
        case withdrawn
    }

    /// A level in the European Qualifications Framework and, optionally, a sectoral one.
    public struct Level: Hashable, Sendable, Codable {
        public var eqf: Int?
        public var sqf: String?

        public init(eqf: Int? = nil, sqf: String? = nil) {
            self.eqf = eqf
            self.sqf = sqf
        }
    }

    /// How long one session of the module lasts.
    public struct Duration: Hashable, Sendable, Codable {
        public enum Unit: String, Hashable, Sendable, Codable {
            case hour
            case day
        }

        public var value: Double
        public var unit: Unit

        public init(_ value: Double, _ unit: Unit) {
            self.value = value
            self.unit = unit
        }

        /// Training days, counting a day as 8 hours of teaching; used for budgets.
        public var days: Double {
            unit == .day ? value : value / Self.hoursPerDay
        }

        public static let hoursPerDay = 8.0
    }

    /// Participants per session.
    public struct Places: Hashable, Sendable, Codable {
        public var min: Int
        public var max: Int

        public init(min: Int = 1, max: Int = 30) {
            self.min = min
            self.max = max
        }
    }

    public var id: String
    public var code: String?
    public var status: Status
    public var titles: LocalizedText
    public var summaries: LocalizedText
    public var category: String?
    public var subcategory: String?
    public var audiences: [ServiceKind]
    public var level: Level?
    public var duration: Duration
    public var modes: [DeliveryMode]
    public var languages: [LanguageCode]
    /// Whether the file gave `places`; when not, the format's defaults apply.
    public var places: Places?
    public var topics: [String]
    public var legalTopics: [String]
    public var outcomes: [LocalizedString]
    public var prerequisites: [String]

    public init(
        id: String, code: String? = nil, status: Status = .active,
        titles: LocalizedText, summaries: LocalizedText = LocalizedText(),
        category: String? = nil, subcategory: String? = nil,
        audiences: [ServiceKind], level: Level? = nil, duration: Duration,
        modes: [DeliveryMode], languages: [LanguageCode], places: Places? = nil,
        topics: [String] = [], legalTopics: [String] = [],
        outcomes: [LocalizedString] = [], prerequisites: [String] = []
    ) {
        self.id = id
        self.code = code
        self.status = status
        self.titles = titles
        self.summaries = summaries
        self.category = category
        self.subcategory = subcategory
        self.audiences = audiences
        self.level = level
        self.duration = duration
        self.modes = modes
        self.languages = languages
        self.places = places
        self.topics = topics
        self.legalTopics = legalTopics
        self.outcomes = outcomes
        self.prerequisites = prerequisites
    }

    /// Places per session, with the format's defaults (1 to 30) where the file gave none.
    public var effectivePlaces: Places { places ?? Places() }

    /// The title a reader of `language` should see.
    public func title(for language: LanguageCode) -> String {
        titles.best(for: language) ?? id
    }
}

/// A provider's list of training modules for a year (docs/formats.md section 1).
public struct Catalogue: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var provider: String
    public var year: Int
    public var generated: String?
    public var titles: LocalizedText
    public var modules: [TrainingModule]

    public init(id: String, provider: String, year: Int, generated: String? = nil,
                titles: LocalizedText = LocalizedText(), modules: [TrainingModule]) {
        self.id = id
        self.provider = provider
        self.year = year
        self.generated = generated
        self.titles = titles
        self.modules = modules
    }

    /// The modules still offered.
    public var activeModules: [TrainingModule] {
        modules.filter { $0.status == .active }
    }
}
