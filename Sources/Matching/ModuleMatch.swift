import TrainingModel

/// A module proposed for a need: how well it answers it, in [0, 1], and why.
public struct ModuleMatch: Sendable, Hashable {
    public var moduleID: String
    /// Reaches `MatchIndex.threshold`, at most 1.
    public var score: Double
    public var reasons: [MatchReason]

    public init(moduleID: String, score: Double, reasons: [MatchReason]) {
        self.moduleID = moduleID
        self.score = score
        self.reasons = reasons
    }

    /// The reasons as sentences in `language` (nl, fr, de; English otherwise).
    public func reasonTexts(in language: LanguageCode) -> [String] {
        reasons.map { $0.text(in: language) }
    }
}

/// A concept shared by a need and a module, or close to one.
public struct ConceptEvidence: Sendable, Hashable {
    /// How the module's concept stands to the need's.
    public enum Relation: String, Sendable, Hashable {
        case same
        case broader
        case narrower
        case related
    }

    /// The need's concept.
    public var conceptID: String
    public var labels: LocalizedText
    /// The need's own words that named the concept; nil when the survey asked for it as a topic.
    public var via: String?
    public var relation: Relation
    /// The module's concept (the need's own one for `same`).
    public var moduleConceptID: String
    public var moduleLabels: LocalizedText

    public init(conceptID: String, labels: LocalizedText, via: String?, relation: Relation,
                moduleConceptID: String, moduleLabels: LocalizedText) {
        self.conceptID = conceptID
        self.labels = labels
        self.via = via
        self.relation = relation
        self.moduleConceptID = moduleConceptID
        self.moduleLabels = moduleLabels
    }
}

/// One reason for a match, in a form that can be worded in any of the four languages.
public enum MatchReason: Sendable, Hashable {
    /// A concept of the need that the module teaches, or one close to it.
    case concept(ConceptEvidence)
    /// The module's title or outcome closest in meaning to the need, when the module is close
    /// in meaning (a sentence-embedding model's evidence).
    case meaning(ModulePassage)
    /// Informative words of the need found in the module's texts, as the need wrote them.
    case words([String])
    /// Whether the module is open to the need's kind of service.
    case audience(ServiceKind, fits: Bool)
    /// The first language the need's staff can follow that the module is given in, or nil
    /// with the languages asked for when there is none.
    case language(offered: LanguageCode?, asked: [LanguageCode])
    /// The level asked (0–4) against the module's EQF level.
    case level(required: Int, eqf: Int)

    /// The reason as a sentence for a coordinator, in `language`.
    public func text(in language: LanguageCode) -> String {
        reasonWording(language).sentence(self)
    }
}
