/// How each country's law treats the topics joint courses teach (docs/formats.md section 3).
public struct LegalBase: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// The date of the facts, ISO 8601.
    public var asOf: String?
    public var titles: LocalizedText
    public var topics: [LegalTopic]

    public init(id: String, asOf: String? = nil, titles: LocalizedText = LocalizedText(), topics: [LegalTopic]) {
        self.id = id
        self.asOf = asOf
        self.titles = titles
        self.topics = topics
    }

    /// The topic with this id.
    public func topic(_ id: String) -> LegalTopic? {
        topics.first { $0.id == id }
    }
}

/// A legal question, e.g. the length of the reflection period, with each country's answer.
public struct LegalTopic: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var labels: LocalizedText
    public var summaries: LocalizedText
    public var provisions: [Provision]

    public init(id: String, labels: LocalizedText, summaries: LocalizedText = LocalizedText(), provisions: [Provision]) {
        self.id = id
        self.labels = labels
        self.summaries = summaries
        self.provisions = provisions
    }

    /// The provision of `country`, if the legal base has one.
    public func provision(for country: CountryCode) -> Provision? {
        provisions.first { $0.country == country }
    }

    /// The label a reader of `language` should see.
    public func label(for language: LanguageCode) -> String {
        labels.best(for: language) ?? id
    }
}

/// One country's rule on a legal topic, with its citation.
public struct Provision: Hashable, Sendable, Codable {
    /// A reform in progress that may change the provision, with the date of the facts.
    public struct Reform: Hashable, Sendable, Codable {
        public var asOf: String
        public var status: String
        public var language: LanguageCode?
        public var text: String

        public init(asOf: String, status: String = "pending", language: LanguageCode? = nil, text: String) {
            self.asOf = asOf
            self.status = status
            self.language = language
            self.text = text
        }
    }

    public var country: CountryCode
    public var cite: String
    public var value: String?
    public var unit: String?
    public var verified: Bool
    public var summaries: LocalizedText
    public var sources: [String]
    public var reforms: [Reform]

    public init(country: CountryCode, cite: String, value: String? = nil, unit: String? = nil,
                verified: Bool = true, summaries: LocalizedText = LocalizedText(),
                sources: [String] = [], reforms: [Reform] = []) {
        self.country = country
        self.cite = cite
        self.value = value
        self.unit = unit
        self.verified = verified
        self.summaries = summaries
        self.sources = sources
        self.reforms = reforms
    }
}
