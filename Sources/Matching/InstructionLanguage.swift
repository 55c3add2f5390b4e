import Foundation

/// Phrases with which a need says in which language the training must be given ("formation en
/// français", "nur auf Deutsch", "in het Nederlands", "English-speaking staff"). They are about
/// the form of the training, which the fit already weighs through the need's languages, not
/// about its topic: read as topic, "en français" makes a French language course the best answer
/// to a need about crowd control. So they are taken out of the text before its words and its
/// meaning are read. A language named as a topic ("cours de néerlandais", "Englisch für
/// Polizisten") stays: only a language after a preposition of medium, a "-speaking" word, a
/// language said to be acceptable ("Englisch geht", "anglais possible") and a choice between
/// languages ("Deutsch oder Französisch") are taken out.
enum InstructionLanguage {
    /// The need's text without its instruction-language phrases.
    static func removed(from text: String) -> String {
        var result = text
        for pattern in patterns {
            result = pattern.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..., in: result), withTemplate: " ")
        }
        return result
    }

    private static let languageNames = [
        // Dutch
        "nederlands", "frans", "duits", "engels", "luxemburgs",
        // French
        "français", "francais", "néerlandais", "neerlandais", "allemand", "anglais", "luxembourgeois",
        // German
        "deutsch", "französisch", "franzoesisch", "niederländisch", "niederlaendisch", "englisch", "luxemburgisch",
        // English
        "dutch", "french", "german", "english", "luxembourgish", "flemish",
    ].joined(separator: "|")

    private static let patterns: [NSRegularExpression] = [
        // First the longer phrases, which may hold the shorter ones below.
        // "Englisch geht", "Engels is geen probleem", "anglais possible", "Dutch preferred",
        // "Nederlands of Frans is ok", "le néerlandais va aussi": a language said to be
        // acceptable for the training.
        #"\b(?:\#(languageNames))(?:\s*(?:,|/|oder|of|ou|or|en|und|and)\s+(?:en\s+)?(?:\#(languageNames)))*\s+(?:is\s+|est\s+|ist\s+|zou\s+)?(?:(?:also|aussi|ook|auch)\s+)?(?:ok|okay|fine|possible|possibles|geht|gehen|möglich|moeglich|mag|prima|graag|svp|preferred|bevorzugt|accepté|acceptable|welkom|bienvenu|geen probleem|kein problem|no problem|ideaal|ideal|idéal|auch|va|convient|gaat|kan|works)\b"#,
        // "Deutsch oder Französisch", "Nederlands of Frans", "en français ou en anglais": a choice
        // between languages, never a topic.
        #"\b(?:en\s+)?(?:\#(languageNames))\s+(?:oder|of|ou|or)\s+(?:en\s+)?(?:\#(languageNames))\b"#,
        // "auf Deutsch", "in het Nederlands": a medium, whatever follows.
        #"\b(?:nur |alleen |enkel )?(?:auf|in het)\s+(?:\#(languageNames))\b"#,
        // "formation en français", "uniquement en anglais", but not "perfectionnement en
        // allemand", which asks for the language itself.
        #"\b(?:(?<=formation |formations |cours |session |sessions |donnée |donnés |données |dispensée |dispensé )|uniquement |seulement )en\s+(?:\#(languageNames))\b"#,
        // "…pour la police locale, en français", "… ? En français.": a clause or sentence of its
        // own saying the language.
        #"(?:^|(?<=[,;:.!?(–—-]))\s*(?:uniquement |seulement |de préférence |si possible )?en\s+(?:\#(languageNames))\s*(?=$|[,;:.!?)–—])"#,
        // "in English", "in Dutch only", but not "in Dutch law" or "in French prisons".
        #"\bin\s+(?:\#(languageNames))\b(?!\s+(?!only\b|alleen\b|and\b|or\b|en\b|of\b|please\b|graag\b)\p{L})(?:\s+(?:only|alleen))?"#,
        // "Nederlandstalig(e)", "francophone(s)", "deutschsprachig(e/en)", "Dutch-speaking"
        #"\b(?:nederlands|frans|duits|engels)talig(?:e|en)?\b"#,
        #"\b(?:franco|néerlando|neerlando|germano|anglo)phones?\b"#,
        #"\b(?:deutsch|französisch|franzoesisch|niederländisch|niederlaendisch|englisch)sprachige?[nrs]?\b"#,
        #"\b(?:dutch|french|german|english)[- ]speaking\b"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
}
