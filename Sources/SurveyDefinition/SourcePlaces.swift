import Diagnostics

/// A part of a survey definition that a message can point at.
public enum SurveyPlace: Hashable, Sendable {
    case survey
    case section(String)
    case question(String)
    case choice(question: String, value: String)
    case row(question: String, concept: String)
    case condition(question: String, index: Int)
}

/// Where each part of a survey was written, so that checks made after decoding can still
/// name file, line and column.
public struct SourcePlaces: Sendable {
    public var file: String
    private var places: [SurveyPlace: (line: Int, column: Int)] = [:]

    public init(file: String) {
        self.file = file
    }

    mutating func record(_ place: SurveyPlace, line: Int, column: Int) {
        if places[place] == nil { places[place] = (line, column) }
    }

    /// A diagnostic placed at `place`, or at the start of the file when the place is unknown.
    public func diagnostic(_ place: SurveyPlace, _ message: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let found = places[place] ?? (1, 1)
        return Diagnostic(file: file, line: found.line, column: found.column, message: message, severity: severity)
    }
}

/// A decoded survey together with where its parts were written.
public struct SurveyDocument: Sendable {
    public var survey: Survey
    public var places: SourcePlaces

    public init(survey: Survey, places: SourcePlaces) {
        self.survey = survey
        self.places = places
    }
}
