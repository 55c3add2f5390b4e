import TrainingModel
import Wording

/// The needs inventory: for each topic, country and service kind, how many services ask,
/// how many staff are to be trained, the mean gap between required and current level and
/// the mean priority. It is what the coordinator reports to ministers.
public struct Inventory: Hashable, Sendable, Codable {
    public var survey: String
    public var rows: [InventoryRow]
    /// Labels of the topics, from the thesaurus or the survey's matrix rows.
    public var topicLabels: [String: LocalizedText]

    public init(survey: String, rows: [InventoryRow], topicLabels: [String: LocalizedText] = [:]) {
        self.survey = survey
        self.rows = rows
        self.topicLabels = topicLabels
    }

    /// The topics, most staff to train first; free-text needs (no topic) come last.
    public var topics: [Topic] {
        var staff: [Topic: Int] = [:]
        for row in rows { staff[row.topic, default: 0] += row.staff }
        return staff.keys.sorted { a, b in
            if (a.concept == nil) != (b.concept == nil) { return b.concept == nil }
            if staff[a]! != staff[b]! { return staff[a]! > staff[b]! }
            return (a.concept ?? "") < (b.concept ?? "")
        }
    }

    /// The answering groups present, by country then service kind.
    public var groups: [Group] {
        Set(rows.map(\.group)).sorted()
    }

    /// The row of one topic and group, if any service of the group asked for the topic.
    public func row(_ topic: Topic, _ group: Group) -> InventoryRow? {
        rows.first { $0.topic == topic && $0.group == group }
    }

    /// What a reader of `language` should see for a topic.
    public func label(of topic: Topic, in language: LanguageCode) -> String {
        guard let concept = topic.concept else { return inventoryWording(language).freeText }
        return topicLabels[concept]?.best(for: language) ?? concept
    }

    /// A topic of the inventory: a thesaurus concept, or nil for needs written in free text.
    public struct Topic: Hashable, Sendable, Codable {
        public var concept: String?

        public init(_ concept: String?) {
            self.concept = concept
        }
    }

    /// The services of one country and kind.
    public struct Group: Hashable, Sendable, Codable, Comparable {
        public var country: CountryCode
        public var kind: ServiceKind

        public init(_ country: CountryCode, _ kind: ServiceKind) {
            self.country = country
            self.kind = kind
        }

        public static func < (lhs: Group, rhs: Group) -> Bool {
            (lhs.country, lhs.kind) < (rhs.country, rhs.kind)
        }

        /// "BE police", in the reader's language.
        public func label(in language: LanguageCode) -> String {
            "\(country.code) \(kind.name(in: language))"
        }
    }
}

/// The figures of one topic for one country and service kind.
public struct InventoryRow: Hashable, Sendable, Codable {
    public var topic: Inventory.Topic
    public var country: CountryCode
    public var kind: ServiceKind
    /// Distinct services that asked for the topic.
    public var services: Int
    public var needs: Int
    /// Staff to train, summed over the needs.
    public var staff: Int
    /// Mean of required − current level over the needs that give both; nil when none does.
    public var meanGap: Double?
    public var meanPriority: Double

    public init(topic: Inventory.Topic, country: CountryCode, kind: ServiceKind, services: Int, needs: Int,
                staff: Int, meanGap: Double?, meanPriority: Double) {
        self.topic = topic
        self.country = country
        self.kind = kind
        self.services = services
        self.needs = needs
        self.staff = staff
        self.meanGap = meanGap
        self.meanPriority = meanPriority
    }

    public var group: Inventory.Group { Inventory.Group(country, kind) }
}
