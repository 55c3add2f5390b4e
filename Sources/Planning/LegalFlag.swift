import TrainingModel

/// A warning that a session teaches a legal topic on which its countries' laws are not
/// the same, or on which the legal base says nothing for one of them (FORMATS.md section 5).
public struct LegalFlag: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, Codable {
        /// The provisions of at least two of the session's countries differ.
        case differs
        /// A country of the session has no provision on the topic: never treated as equal.
        case unknown
        /// A reform under way in a country of the session may change what is taught.
        case reform
    }

    /// A reform under way in one country, as the legal base gives it.
    public struct CountryReform: Sendable, Hashable {
        public var country: CountryCode
        public var reform: Provision.Reform

        public init(country: CountryCode, reform: Provision.Reform) {
            self.country = country
            self.reform = reform
        }

        /// Whether the reform applies on `day` (`YYYY-MM-DD`): the law has changed by then.
        public func applies(on day: String) -> Bool {
            guard let effective = reform.effective else { return reform.status == "in-force" }
            return effective <= day
        }
    }

    /// The legal topic's id.
    public var topic: String
    /// The topic's labels; empty when the legal base does not have the topic at all.
    public var labels: LocalizedText
    public var status: Status
    /// The session's countries.
    public var countries: [CountryCode]
    /// Every provision the session's countries have on the topic, in country order.
    public var provisions: [Provision]
    /// The session's countries without a provision on the topic. A `differs` flag may have
    /// some too: both problems are then reported in one flag.
    public var unknownCountries: [CountryCode]
    /// For a `reform` flag, every reform under way in the session's countries.
    public var reforms: [CountryReform]

    public init(topic: String, labels: LocalizedText, status: Status, countries: [CountryCode],
                provisions: [Provision], unknownCountries: [CountryCode], reforms: [CountryReform] = []) {
        self.reforms = reforms
        self.topic = topic
        self.labels = labels
        self.status = status
        self.countries = countries
        self.provisions = provisions
        self.unknownCountries = unknownCountries
    }

    /// The topic's label for a reader of `language`, or its id.
    public func label(for language: LanguageCode) -> String {
        labels.best(for: language) ?? topic
    }

    /// What the course team should do about the flag, as one paragraph.
    public func handling(for language: LanguageCode = .english) -> String {
        var parts: [String] = []
        if status == .reform {
            let items = reforms.map { "\($0.country): \($0.reform.text(for: .english)) (as of \($0.reform.asOf)\($0.reform.effective.map { ", applies from \($0)" } ?? ""))" }
            parts.append("Law in flux: check the state of the reform with a national expert shortly before the course — " + items.joined(separator: "; "))
        }
        if status == .differs {
            let sides = provisions.map { provision in
                "\(provision.country): \(Self.describe(provision)) (\(provision.cite))"
            }
            parts.append("Comparative-law segment: present the provisions side by side and say which applies where — " + sides.joined(separator: "; ") + ".")
        }
        if !unknownCountries.isEmpty {
            let countries = unknownCountries.map(\.code).joined(separator: ", ")
            parts.append("Check with a national expert from \(countries) before the course: the legal base has no provision on \u{201C}\(label(for: language))\u{201D} for \(countries).")
        }
        return parts.joined(separator: " ")
    }

    /// The same advice without repeating the provisions, for pages that show them next to it.
    public func advice(for language: LanguageCode = .english) -> String {
        var parts: [String] = []
        if status == .reform {
            parts.append("Law in flux: check the state of the reform with a national expert from \(reforms.map(\.country.code).uniqued().joined(separator: ", ")) shortly before the course.")
        }
        if status == .differs {
            parts.append("Comparative-law segment: set out the \(provisions.map(\.country.code).joined(separator: ", ")) provisions side by side and say which applies where.")
        }
        if !unknownCountries.isEmpty {
            let countries = unknownCountries.map(\.code).joined(separator: ", ")
            parts.append("Check with a national expert from \(countries) before the course: the legal base has no provision on this topic for \(countries).")
        }
        return parts.joined(separator: " ")
    }

    /// A provision's value as people read it: its label ("police only"), "45 day", "yes",
    /// or "no value given".
    public static func describe(_ provision: Provision) -> String {
        if let label = provision.valueLabels.best(for: .english) { return label }
        guard let value = provision.value, !value.trimmed.isEmpty else { return "no value given" }
        return [value, provision.unit].compactMap { $0 }.joined(separator: " ")
    }

    /// The flags of a session of `module` with staff from `countries`: one per legal topic
    /// the module teaches on which the countries differ or one of them has no provision.
    /// A single-country session can only be flagged `unknown`.
    public static func flags(module: TrainingModule, countries: [CountryCode], legalBase: LegalBase,
                             thesaurus: Thesaurus?) -> [LegalFlag] {
        flags(topics: ModuleLegalTopics.of(module, thesaurus: thesaurus), countries: countries,
              topic: legalBase.topic)
    }

    /// The flags for the legal topics `topics`, each looked up with `topic`.
    static func flags(topics: [String], countries: [CountryCode], topic lookup: (String) -> LegalTopic?) -> [LegalFlag] {
        let countries = Array(Set(countries)).sorted()
        return topics.flatMap { topicID -> [LegalFlag] in
            let topic = lookup(topicID)
            var provisions: [Provision] = [], unknown: [CountryCode] = []
            for country in countries {
                if let provision = topic?.provision(for: country) {
                    provisions.append(provision)
                } else {
                    unknown.append(country)
                }
            }
            var differs = false
            outer: for (index, left) in provisions.enumerated() {
                for right in provisions[(index + 1)...] where ProvisionValue.differ(left, right) {
                    differs = true
                    break outer
                }
            }
            let reforms = provisions.flatMap { provision in provision.reforms.map { CountryReform(country: provision.country, reform: $0) } }
            var flags: [LegalFlag] = []
            if differs || !unknown.isEmpty {
                flags.append(LegalFlag(topic: topicID, labels: topic?.labels ?? LocalizedText(),
                                       status: differs ? .differs : .unknown, countries: countries,
                                       provisions: provisions, unknownCountries: unknown))
            }
            if !reforms.isEmpty {
                flags.append(LegalFlag(topic: topicID, labels: topic?.labels ?? LocalizedText(), status: .reform,
                                       countries: countries,
                                       provisions: provisions.filter { !$0.reforms.isEmpty }, unknownCountries: [],
                                       reforms: reforms))
            }
            return flags
        }
    }
}

/// The legal topics a module teaches: its `legalTopic` refs, then the legal topics its
/// thesaurus concepts link to, each once.
public enum ModuleLegalTopics {
    public static func of(_ module: TrainingModule, thesaurus: Thesaurus?) -> [String] {
        of(module) { thesaurus?.concept($0)?.legalTopics ?? [] }
    }

    /// The same, with `links` giving the legal topics a concept links to.
    static func of(_ module: TrainingModule, links: (String) -> [String]) -> [String] {
        var seen = Set<String>()
        var result = module.legalTopics.filter { seen.insert($0).inserted }
        for topic in module.topics {
            for legal in links(topic) where seen.insert(legal).inserted {
                result.append(legal)
            }
        }
        return result
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
