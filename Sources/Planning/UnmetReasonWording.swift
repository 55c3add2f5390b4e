import TrainingModel
import Wording

/// Why a need is left out, in the coordinator's own language: the same facts as
/// `explanation`, written as a Dutch, French or German coordinator would put them. One type
/// per language; each handles every reason (an exhaustive `switch`), so a reason without its
/// sentence in one language does not compile.
protocol UnmetReasonWording: Sendable {
    func explanation(_ reason: UnmetReason) -> String
}

extension UnmetReason {
    /// The reason as one sentence for a reader of `language`; English (`explanation`) for
    /// languages other than nl, fr and de.
    public func explanation(in language: LanguageCode) -> String {
        let wording: any UnmetReasonWording = ReaderLanguage(language).pick(
            dutch: DutchUnmetWording(), french: FrenchUnmetWording(), german: GermanUnmetWording(), english: EnglishUnmetWording())
        return wording.explanation(self)
    }
}

/// English: the reason's own `explanation`, which plan.json and curriculum.xml carry too.
struct EnglishUnmetWording: UnmetReasonWording {
    func explanation(_ reason: UnmetReason) -> String { reason.explanation }
}

struct DutchUnmetWording: UnmetReasonWording {
    func explanation(_ reason: UnmetReason) -> String {
        let nl = ReaderLanguage.dutch
        switch reason {
        case .noModule(let topic, let withdrawn, let closest):
            var text = topic.map { "geen passende module: geen enkele actieve module behandelt het thema \(nl.quoted($0))" }
                ?? "geen passende module: in de catalogi is voor deze tekst geen module gevonden"
            if !withdrawn.isEmpty {
                text += withdrawn.count == 1
                    ? " (\(withdrawn[0]) zou passen, maar is ingetrokken)"
                    : " (\(nl.list(withdrawn)) zouden passen, maar zijn ingetrokken)"
            }
            if let closest { text += "; de module die er het dichtst bij komt, \(closest), geldt niet als antwoord" }
            return text
        case .audienceMismatch(let modules, let kind):
            let audience = "de doelgroep \(nl.quoted(kind.name(in: .dutch)))"
            return modules.count == 1
                ? "doelgroep past niet: \(modules[0]) beantwoordt aan de behoefte, maar is niet bedoeld voor \(audience)"
                : "doelgroep past niet: \(nl.list(modules)) beantwoorden aan de behoefte, maar geen ervan is bedoeld voor \(audience)"
        case .languageMismatch(let modules, let languages):
            let offered = nl.list(modules.map { "\($0.module) (\(names($0.languages, .dutch)))" })
            let staff = languages.isEmpty
                ? "de behoefte vermeldt geen taal waarin de medewerkers opgeleid kunnen worden"
                : "de medewerkers kunnen alleen opgeleid worden in " + nl.alternatives(languages.map { language in
                    // "het Frans", but a bare tag takes no article: "pt".
                    let name = language.name(in: .dutch)
                    return name == language.tag ? name : "het " + name
                })
            return "taal past niet: \(offered) \(modules.count == 1 ? "beantwoordt" : "beantwoorden") aan de behoefte; \(staff)"
        case .modeMismatch(let modules, let accepted):
            let offered = nl.list(modules.map { "\($0.module) (\(modes($0.modes, .dutch)))" })
            return "opleidingsvorm past niet: \(offered) \(modules.count == 1 ? "beantwoordt" : "beantwoorden") aan de behoefte, "
                + "maar de dienst aanvaardt alleen " + nl.alternatives(accepted.map { $0.name(in: .dutch) })
        case .tooFewParticipants(let module, let minimum, let maximum, let available):
            if available < minimum {
                return "te weinig deelnemers: een sessie van \(module) vraagt minstens \(minimum) deelnemers; " + (available == 1
                    ? "slechts 1 medewerker die nergens anders ingedeeld is, kan eraan deelnemen"
                    : "slechts \(available) medewerkers die nergens anders ingedeeld zijn, kunnen eraan deelnemen")
            }
            return "te weinig deelnemers: een sessie van \(module) telt \(minimum) tot \(maximum) deelnemers; de behoeften "
                + "die hier samen kunnen (in totaal \(available) medewerkers) vormen geen groepen van die omvang"
        case .budgetExhausted(let module, let needed, let left, let budget):
            return "opleidingsbudget uitgeput: de \(nl.number(budget)) opleidingsdagen gaan naar behoeften met een hoger gewicht; "
                + "deze behoefte dekken zou nog \(nl.days(needed)) van \(module) vragen, en er \(left > 0 && left < 2 ? "blijft" : "blijven") "
                + "\(nl.days(left)) over"
        case .ownAnswer(let countries, let services, let module, let minimum, let available):
            let others = [countries ? "diensten uit andere landen" : nil, services ? "andere soorten diensten" : nil].compactMap { $0 }
            let own = countries && services ? "het eigen land en de eigen soort dienst" : countries ? "het eigen land" : "de eigen soort dienst"
            return "eigen antwoord: de dienst wil niet samen opgeleid worden met \(others.joined(separator: " of ")), en een sessie van \(module) "
                + "vraagt minstens \(minimum) deelnemers; slechts \(available) medewerkers van \(own) kunnen eraan deelnemen"
        }
    }
}

struct FrenchUnmetWording: UnmetReasonWording {
    func explanation(_ reason: UnmetReason) -> String {
        let fr = ReaderLanguage.french
        switch reason {
        case .noModule(let topic, let withdrawn, let closest):
            var text = topic.map { "aucun module ne répond au besoin\u{A0}: aucun module actif ne traite le thème \(fr.quoted($0))" }
                ?? "aucun module ne répond au besoin\u{A0}: aucun module des catalogues ne correspond à ce texte"
            if !withdrawn.isEmpty {
                text += withdrawn.count == 1
                    ? " (\(withdrawn[0]) y répondrait, mais a été retiré)"
                    : " (\(fr.list(withdrawn)) y répondraient, mais ont été retirés)"
            }
            if let closest { text += "\u{A0}; le module le plus proche trouvé, \(closest), n'a pas été retenu comme réponse" }
            return text
        case .audienceMismatch(let modules, let kind):
            let audience = "au public \(fr.quoted(kind.name(in: .french)))"
            return modules.count == 1
                ? "public non visé\u{A0}: \(modules[0]) traite ce besoin, mais ne s'adresse pas \(audience)"
                : "public non visé\u{A0}: \(fr.list(modules)) traitent ce besoin, mais aucun ne s'adresse \(audience)"
        case .languageMismatch(let modules, let languages):
            let offered = fr.list(modules.map { "\($0.module) (\(names($0.languages, .french)))" })
            let staff = languages.isEmpty
                ? "le besoin n'indique aucune langue dans laquelle le personnel peut être formé"
                : "le personnel ne peut être formé qu'en "
                    + fr.alternatives(languages.enumerated().map { ($0.offset == 0 ? "" : "en ") + $0.element.name(in: .french) })
            return "langue non disponible\u{A0}: \(offered) \(modules.count == 1 ? "répond" : "répondent") au besoin\u{A0}; \(staff)"
        case .modeMismatch(let modules, let accepted):
            let offered = fr.list(modules.map { "\($0.module) (\(modes($0.modes, .french)))" })
            return "modalité inadaptée\u{A0}: \(offered) \(modules.count == 1 ? "répond" : "répondent") au besoin, mais le service "
                + "n'accepte que \(accepted.count == 1 ? "la formule" : "les formules") "
                + fr.alternatives(accepted.map { $0.name(in: .french) })
        case .tooFewParticipants(let module, let minimum, let maximum, let available):
            if available < minimum {
                return "trop peu de participants\u{A0}: une session du module \(module) requiert au moins \(minimum) participants\u{A0}; "
                    + (available < 2 ? "seul \(available) agent non inscrit ailleurs pourrait y assister"
                                     : "seuls \(available) agents non inscrits ailleurs pourraient y assister")
            }
            return "trop peu de participants\u{A0}: une session du module \(module) accueille de \(minimum) à \(maximum) participants\u{A0}; "
                + "les besoins qui pourraient s'y regrouper (\(available) agents au total) ne permettent pas de former des groupes de cette taille"
        case .budgetExhausted(let module, let needed, let left, let budget):
            return "budget épuisé\u{A0}: les \(fr.number(budget)) jours de formation vont à des besoins de poids plus élevé\u{A0}; "
                + "couvrir celui-ci demanderait encore \(fr.days(needed)) du module \(module), et il reste \(fr.days(left))"
        case .ownAnswer(let countries, let services, let module, let minimum, let available):
            let others = [countries ? "des services d'autres pays" : nil, services ? "d'autres types de services" : nil].compactMap { $0 }
            let own = countries && services ? "de son pays et de son type de service" : countries ? "de son pays" : "de son type de service"
            return "réponse du service\u{A0}: il ne souhaite pas se former avec \(others.joined(separator: " ni avec ")), et une session du module \(module) "
                + "requiert au moins \(minimum) participants\u{A0}; seuls \(available) agents \(own) pourraient y assister"
        }
    }
}

struct GermanUnmetWording: UnmetReasonWording {
    func explanation(_ reason: UnmetReason) -> String {
        let de = ReaderLanguage.german
        switch reason {
        case .noModule(let topic, let withdrawn, let closest):
            var text = topic.map { "kein Modul deckt den Bedarf: kein aktives Modul behandelt das Thema \(de.quoted($0))" }
                ?? "kein Modul deckt den Bedarf: in den Katalogen wurde zu diesem Text kein Modul gefunden"
            if !withdrawn.isEmpty {
                text += withdrawn.count == 1
                    ? " (\(withdrawn[0]) käme infrage, ist aber zurückgezogen)"
                    : " (\(de.list(withdrawn)) kämen infrage, sind aber zurückgezogen)"
            }
            if let closest { text += "; das nächstliegende gefundene Modul, \(closest), gilt nicht als Antwort" }
            return text
        case .audienceMismatch(let modules, let kind):
            let audience = "die Zielgruppe \(de.quoted(kind.name(in: .german)))"
            return modules.count == 1
                ? "Zielgruppe passt nicht: \(modules[0]) behandelt den Bedarf, ist aber nicht für \(audience) gedacht"
                : "Zielgruppe passt nicht: \(de.list(modules)) behandeln den Bedarf, aber keines davon ist für \(audience) gedacht"
        case .languageMismatch(let modules, let languages):
            let offered = de.list(modules.map { "\($0.module) (\(names($0.languages, .german)))" })
            let staff = languages.isEmpty
                ? "der Bedarf nennt keine Sprache, in der die Mitarbeitenden geschult werden können"
                : "die Mitarbeitenden können nur auf " + de.alternatives(languages.map { $0.name(in: .german) }) + " geschult werden"
            return "Sprache passt nicht: \(offered) \(modules.count == 1 ? "deckt" : "decken") den Bedarf; \(staff)"
        case .modeMismatch(let modules, let accepted):
            let offered = de.list(modules.map { "\($0.module) (\(modes($0.modes, .german)))" })
            return "Lernform passt nicht: \(offered) \(modules.count == 1 ? "deckt" : "decken") den Bedarf, der Dienst akzeptiert aber nur "
                + de.alternatives(accepted.map { $0.name(in: .german) })
        case .tooFewParticipants(let module, let minimum, let maximum, let available):
            if available < minimum {
                return "zu wenige Teilnehmende: eine Durchführung von \(module) braucht mindestens \(minimum) Teilnehmende; "
                    + (available == 1 ? "nur 1 nicht anderweitig eingeplante Person könnte teilnehmen"
                                      : "nur \(available) nicht anderweitig eingeplante Mitarbeitende könnten teilnehmen")
            }
            return "zu wenige Teilnehmende: eine Durchführung von \(module) hat \(minimum) bis \(maximum) Plätze; der Bedarf, "
                + "der hier zusammenkommen könnte (insgesamt \(available) Mitarbeitende), ergibt keine Gruppen dieser Größe"
        case .budgetExhausted(let module, let needed, let left, let budget):
            return "Budget ausgeschöpft: die \(de.number(budget)) Schulungstage gehen an Bedarf mit höherer Gewichtung; "
                + "ihn zu decken würde weitere \(de.days(needed)) für \(module) erfordern, übrig \(left == 1 ? "bleibt" : "bleiben") \(de.days(left))"
        case .ownAnswer(let countries, let services, let module, let minimum, let available):
            let others = [countries ? "Diensten aus anderen Ländern" : nil, services ? "anderen Arten von Diensten" : nil].compactMap { $0 }
            let own = countries && services ? "aus dem eigenen Land und der eigenen Dienstart" : countries ? "aus dem eigenen Land" : "der eigenen Dienstart"
            return "eigene Antwort: der Dienst möchte nicht gemeinsam mit \(others.joined(separator: " oder ")) geschult werden, und eine Durchführung von \(module) "
                + "braucht mindestens \(minimum) Teilnehmende; nur \(available) Mitarbeitende \(own) könnten teilnehmen"
        }
    }
}

extension UnmetReasonWording {
    func names(_ languages: [LanguageCode], _ reader: LanguageCode) -> String {
        languages.map { $0.name(in: reader) }.joined(separator: ", ")
    }

    func modes(_ modes: [DeliveryMode], _ reader: LanguageCode) -> String {
        modes.map { $0.name(in: reader) }.joined(separator: ", ")
    }
}
