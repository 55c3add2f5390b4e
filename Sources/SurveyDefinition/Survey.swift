import TrainingModel

/// A survey as its definition file describes it: sections of questions, offered in the
/// languages of `languages`, answered once per invited service.
public struct Survey: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// The published version; a published version never changes, a change gets a new number.
    public var version: Int
    /// The languages every text of the survey must be given in.
    public var languages: [LanguageCode]
    /// The id of the thesaurus whose concepts the topic matrix rows name.
    public var thesaurus: String?
    public var titles: LocalizedText
    public var intros: LocalizedText
    public var sections: [Section]

    public init(id: String, version: Int, languages: [LanguageCode], thesaurus: String? = nil,
                titles: LocalizedText, intros: LocalizedText = LocalizedText(), sections: [Section]) {
        self.id = id
        self.version = version
        self.languages = languages
        self.thesaurus = thesaurus
        self.titles = titles
        self.intros = intros
        self.sections = sections
    }

    /// Every question, in the order a respondent meets them.
    public var questions: [Question] { sections.flatMap(\.questions) }

    /// The question with this id.
    public func question(_ id: String) -> Question? {
        for section in sections {
            if let question = section.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
    }

    /// The title a reader of `language` should see.
    public func title(for language: LanguageCode) -> String {
        titles.best(for: language) ?? id
    }
}

/// A page of the survey: a title, an optional explanation and its questions.
public struct Section: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var titles: LocalizedText
    public var helps: LocalizedText
    public var questions: [Question]

    public init(id: String, titles: LocalizedText, helps: LocalizedText = LocalizedText(), questions: [Question]) {
        self.id = id
        self.titles = titles
        self.helps = helps
        self.questions = questions
    }
}
