import Embeddings
import TrainingModel
import Wording

/// What the person matching should know about the semantic evidence of a run: the model missing
/// or failing, the cache unusable, or neither a thesaurus nor a model to go on. Kept as facts and
/// worded when shown, so that the terminal and the plan page say it in their reader's language.
public enum SemanticNote: Sendable, Hashable {
    /// The model could not be loaded: needs are matched on the thesaurus and words alone.
    case modelUnavailable(EmbedderUnavailable)
    /// The model failed while embedding: the run goes on as without it.
    case modelFailed(EmbedderUnavailable)
    /// The cache folder cannot be used: vectors are computed afresh. `detail`: the system's words.
    case cacheUnusable(folder: String, detail: String)
    /// Neither a thesaurus nor the model: needs are matched on their words alone.
    case wordsOnly

    /// Who reads the note: the person at the terminal installs the model; a coordinator on the
    /// plan page asks whoever runs the server.
    public enum Reader: Sendable {
        case terminal
        case page
    }

    /// The note as it is shown, "Note: …", in `language`.
    public func line(in language: LanguageCode, for reader: Reader = .terminal) -> String {
        let wording = ReaderLanguage(language)
        let words = wording.pick(dutch: DutchSemanticNoteWords(), french: FrenchSemanticNoteWords(),
                                 german: GermanSemanticNoteWords(), english: EnglishSemanticNoteWords()) as any SemanticNoteWords
        let sentence: String
        switch self {
        case .modelUnavailable(let problem):
            let install = reader == .terminal ? words.installYourself(EmbedderLocator.installHint)
                : words.installOnServer(EmbedderLocator.installHint)
            sentence = words.withoutModel(problem.phrase(in: language)) + " " + install
        case .modelFailed(let problem): sentence = words.withoutModel(problem.phrase(in: language))
        case .cacheUnusable(let folder, let detail): sentence = words.cacheUnusable(folder: folder, detail: detail)
        case .wordsOnly: sentence = words.wordsOnly
        }
        return words.note + wording.colon + sentence
    }
}
