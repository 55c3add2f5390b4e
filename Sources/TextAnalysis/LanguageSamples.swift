/// Built-in sample text per language for the trigram profiles of `LanguageIdentifier`:
/// everyday sentences about work, law and training, written for this purpose.
enum LanguageSamples {
    static func text(for language: AnalysisLanguage) -> String {
        switch language {
        case .dutch: dutch
        case .french: french
        case .german: german
        case .english: english
        }
    }

    static let dutch = """
    Onze medewerkers volgen elk jaar een opleiding om hun kennis bij te houden. De cursus duurt \
    twee dagen en wordt gegeven door ervaren collega's uit verschillende diensten. Deelnemers \
    leren hoe zij een onderzoek voorbereiden, welke wetgeving van toepassing is en hoe zij \
    samenwerken met het openbaar ministerie, de gemeente en de inspectie. Na afloop kunnen zij \
    zelfstandig verhoren afnemen, bewijs verzamelen en een proces-verbaal opstellen. Het \
    programma besteedt aandacht aan slachtoffers, uitbuiting, werkgevers, uitzendbureaus en \
    de rechten van werknemers. Wij zoeken een praktijkgerichte training met oefeningen, \
    casussen en voldoende tijd voor vragen. Bijzondere aandacht gaat naar de gezamenlijke \
    aanpak in het grensgebied en naar de uitwisseling van gegevens tussen de betrokken \
    organisaties. Politie, rechercheurs en officieren van justitie werken steeds vaker samen.
    """

    static let french = """
    Nos agents suivent chaque année une formation pour mettre à jour leurs connaissances. Le \
    cours dure deux journées et il est donné par des collègues expérimentés de différents \
    services. Les participants apprennent à préparer une enquête, à connaître la législation \
    applicable et à travailler avec le parquet, la commune et l'inspection. À l'issue de la \
    formation, ils peuvent mener des auditions, recueillir des preuves et rédiger un \
    procès-verbal. Le programme accorde une attention particulière aux victimes, à \
    l'exploitation, aux employeurs, aux agences d'intérim et aux droits des travailleurs. \
    Nous cherchons une formation pratique avec des exercices, des études de cas et assez de \
    temps pour les questions. La coopération entre les services de police, les magistrats et \
    les inspecteurs sociaux est essentielle, surtout dans les régions frontalières.
    """

    static let german = """
    Unsere Mitarbeiter besuchen jedes Jahr eine Fortbildung, um ihr Wissen zu erweitern. Der \
    Lehrgang dauert zwei Tage und wird von erfahrenen Kollegen aus verschiedenen Dienststellen \
    geleitet. Die Teilnehmenden lernen, wie sie eine Ermittlung vorbereiten, welche Gesetze \
    gelten und wie sie mit der Staatsanwaltschaft, der Gemeinde und der Kontrollbehörde \
    zusammenarbeiten. Danach können sie selbständig Vernehmungen führen, Beweise sichern und \
    ein Protokoll schreiben. Das Programm behandelt Opfer, Ausbeutung, Arbeitgeber, \
    Leiharbeitsfirmen und die Rechte der Beschäftigten. Wir suchen eine praxisnahe Schulung \
    mit Übungen, Fallbeispielen und genügend Zeit für Fragen. Besonders wichtig ist die \
    Zusammenarbeit zwischen Polizei, Justiz und Behörden im Grenzgebiet und der Austausch \
    von Daten zwischen den beteiligten Stellen.
    """

    static let english = """
    Our staff attend a training course every year to keep their knowledge up to date. The \
    course lasts two days and is taught by experienced colleagues from different services. \
    Participants learn how to prepare an investigation, which legislation applies and how to \
    work with the prosecution service, the municipality and the inspectorate. Afterwards they \
    can conduct interviews, gather evidence and write a report on their own. The programme \
    pays attention to victims, exploitation, employers, recruitment agencies and the rights \
    of workers. We are looking for practical training with exercises, case studies and \
    enough time for questions. Cooperation between police officers, prosecutors and labour \
    inspectors matters most in border regions and when data are exchanged between the \
    organisations involved.
    """
}
