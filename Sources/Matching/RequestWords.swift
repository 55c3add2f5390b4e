import TextAnalysis

/// Words with which a need asks for training rather than say what about: "our investigators
/// must learn", "une formation pour nos agents", "graag een opleiding voor onze collega's".
/// Every need is made of them, and they say nothing of its topic: they are no part of its
/// lexical evidence (`NeedProfile`), nor of what its concepts might fail to cover
/// (`NeedProfile.conceptCoverage`). As evidence, "formation" or "opleiding" only pulled the
/// modules written in the need's language ahead of the others, and made a need no module
/// answers look answered by any module in its language.
enum RequestWords {
    /// Folded words (or compound parts) per language.
    static func words(in language: AnalysisLanguage) -> Set<String> {
        switch language {
        case .dutch: dutch
        case .french: french
        case .german: german
        case .english: english
        }
    }

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: \.isWhitespace).map { Folding.fold(String($0)) })
    }

    static let english = words("""
    training trainings train trained course courses session sessions workshop workshops module \
    modules learn learning basic introduction introductory refresher knowledge skills staff \
    colleagues team teams officers inspectors investigators prosecutors employees help please \
    understand know better improve
    """)
    static let dutch = words("""
    training trainingen opleiding opleidingen cursus cursussen sessie sessies workshop module \
    modules bijscholing vorming leren kennis vaardigheden basis basiskennis introductie \
    opfriscursus collega collegas medewerkers team teams inspecteurs rechercheurs agenten \
    officieren speurders hulp weten snappen begrijpen verbeteren
    """)
    static let french = words("""
    formation formations former formes cours session sessions atelier ateliers module modules \
    apprendre connaissances competences initiation introduction recyclage collegues agents \
    personnel equipe equipes enqueteurs inspecteurs magistrats besoin aide comprendre savoir \
    mieux ameliorer doivent
    """)
    static let german = words("""
    schulung schulungen fortbildung fortbildungen weiterbildung kurs kurse lehrgang seminar \
    seminare workshop modul module lernen kenntnisse wissen grundkurs grundlagen einfuhrung \
    auffrischung kollegen kolleginnen mitarbeiter mitarbeitende team teams ermittler \
    inspektoren beamte hilfe verstehen besser verbessern
    """)
}
