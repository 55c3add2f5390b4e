/// Function words per language, compared after folding; each list lives in its own file.
///
/// Short hand-written lists after the Snowball project's: articles, pronouns, prepositions,
/// conjunctions, auxiliaries and the commonest adverbs. Words that can carry a topic
/// (e.g. Dutch "handel", French "traite") are deliberately absent.
enum StopWords {
    static func folded(_ words: String) -> Set<String> {
        Set(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Folding.fold(String($0)) })
    }
}
