import TrainingModel

/// The words every area shares: the domain's names as coordinators in Belgium, the
/// Netherlands and Luxembourg write them, and the small words of lists and units. One type
/// per language conforms (`DutchWords`...); a type that lacks a word does not compile.
/// The codes (`labour-inspection`, `e-learning`, `nl`) stay what files carry; these are for
/// people.
public protocol SharedWords: Sendable {
    /// The kind of service as the language names it: "openbaar ministerie", "parquet".
    func serviceKind(_ kind: ServiceKind) -> String
    /// The delivery mode as a training catalogue in the language names it.
    func mode(_ mode: DeliveryMode) -> String
    /// A language's name ("Engels", "anglais"); nil for languages other than the Benelux
    /// languages and English, which keep their tag.
    func language(_ language: LanguageCode) -> String?
    /// Belgium, the Netherlands and Luxembourg by name; nil for other countries, which keep
    /// their code.
    func country(_ country: CountryCode) -> String?

    var and: String { get }
    var or: String { get }
    /// What stands for the items a long list leaves out: "3 more".
    func more(_ count: Int) -> String
    /// The unit after a number of days, singular or plural as the language wants it.
    func days(_ value: Double) -> String
    var quotationMarks: (open: String, close: String) { get }
    /// What goes between a label and its text.
    var colon: String { get }
    /// What separates the items of a list that hold commas themselves.
    var semicolon: String { get }
}

extension ServiceKind {
    /// The kind of service as a reader of `language` names it; English for other languages.
    public func name(in language: LanguageCode) -> String {
        ReaderLanguage(language).words.serviceKind(self)
    }
}

extension DeliveryMode {
    /// The mode as a training catalogue in `language` names it; English for other languages.
    public func name(in language: LanguageCode) -> String {
        ReaderLanguage(language).words.mode(self)
    }
}

extension LanguageCode {
    /// This language's name for a reader of `language` ("Engels", "anglais"), or its tag
    /// when it is none of the Benelux languages and English.
    public func name(in language: LanguageCode) -> String {
        ReaderLanguage(language).words.language(self) ?? tag
    }
}

extension CountryCode {
    /// The country's name for a reader of `language`: Belgium, the Netherlands and
    /// Luxembourg by name, any other country by its code.
    public func name(in language: LanguageCode) -> String {
        ReaderLanguage(language).words.country(self) ?? code
    }
}
