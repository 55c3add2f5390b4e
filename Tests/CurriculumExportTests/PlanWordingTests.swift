import CurriculumExport
import Foundation
import Planning
import Testing
import TrainingModel

@Suite("plan.md, plan.html, plan.ics and the text report in the planner's language")
struct PlanWordingTests {
    /// What the exports in each language must say.
    struct Expected: Sendable, CustomTestStringConvertible {
        var language: LanguageCode
        /// Title, "Courses", "Needs left out", "Legal point", "Proposed handling".
        var headings: [String]
        /// Words of the tables only: a column, a flag's status in a cell.
        var tables: [String]
        /// Words every human-readable export has: names of codes, sessions, legal points.
        var words: [String]
        /// A provision the legal base has not verified: on pages and in the report, not in the calendar.
        var notVerified: String
        /// The sample's half-day e-learning session, in the facts under its heading.
        var halfDay: String
        /// Labels of the text report and the calendar: "From", "Needs".
        var labels: [String]
        var testDescription: String { language.tag }
    }

    static let expected = [
        Expected(language: "nl",
                 headings: ["Voorgestelde gezamenlijke opleidingen", "Opleidingen", "Niet gedekte behoeften",
                            "Juridisch aandachtspunt", "Voorgestelde aanpak"],
                 tables: ["| Dienst | Land | Soort dienst |", ": verschilt"],
                 words: ["openbaar ministerie", "politie", "klassikaal", "sessie 1", "de wetgeving verschilt tussen",
                         "geen bepaling voor LU", "Rechtsvergelijkend onderdeel", "45 dagen"],
                 notVerified: "(niet geverifieerd)", halfDay: "0,5 dag", labels: ["Uit: ", "Behoeften: ", "deelnemers uit "]),
        Expected(language: "fr",
                 headings: ["Formations communes proposées", "Formations", "Besoins non couverts", "Point juridique",
                            "Approche proposée"],
                 tables: ["| Service | Pays | Type de service |", "\u{A0}: divergent"],
                 words: ["parquet", "police", "en présentiel", "session 1", "les législations divergent entre",
                         "aucune disposition pour LU", "Séquence de droit comparé", "45 jours"],
                 notVerified: "(non vérifié)", halfDay: "0,5 jour", labels: ["Provenance\u{A0}: ", "Besoins\u{A0}: ", "participants venant de "]),
        Expected(language: "de",
                 headings: ["Vorgeschlagene gemeinsame Schulungen", "Schulungen", "Nicht gedeckter Bedarf",
                            "Rechtlicher Hinweis", "Vorgeschlagenes Vorgehen"],
                 tables: ["| Dienst | Land | Art des Dienstes |", ": abweichend"],
                 words: ["Staatsanwaltschaft", "Polizei", "Präsenz", "Durchführung 1", "Rechtslage unterschiedlich in",
                         "keine Regelung für LU", "Rechtsvergleichender Teil", "45 Tage"],
                 notVerified: "(nicht überprüft)", halfDay: "0,5 Tage", labels: ["Aus: ", "Bedarf: ", "Teilnehmende aus "]),
    ]

    /// English wording that must not show through in nl, fr or de (the sample's own texts,
    /// titles and legal labels are partly English: none of these phrases is in them).
    static let english = [
        "Proposed joint courses", "Needs left out", "Legal point", "Proposed handling", "Service kind", "participants (places",
        "participants from", "laws differ", "no provision", "Comparative-law", "training days", "jointness", "not verified",
        "prosecution", "onsite", "Every need", "mismatch", " days", "Needs:", "From:", "Covered:", "staff", "45 day ",
        "Requested period", "session(s)",
    ]

    func options(_ language: LanguageCode) -> ExportOptions {
        var options = Sample.options
        options.language = language
        return options
    }

    @Test("Markdown: translated headings and words, no English wording", arguments: expected)
    func markdown(expected: Expected) {
        let markdown = PlanMarkdown.write(Sample.plan, options: options(expected.language))
        #expect(markdown.hasPrefix("# \(expected.headings[0])\n"))
        #expect(markdown.contains("\n## \(expected.headings[1])\n"))
        #expect(markdown.contains("\n## \(expected.headings[2]) (\(Sample.plan.unmet.count))\n"))
        for text in expected.headings + expected.tables + expected.words + [expected.notVerified, expected.halfDay] {
            #expect(markdown.contains(text), "\(expected.language): \(text)")
        }
        for english in Self.english { #expect(!markdown.contains(english), "\(expected.language): \(english)") }
    }

    @Test("HTML: translated headings and words, no English wording, and the page says its language", arguments: expected)
    func html(expected: Expected) {
        let html = PlanHTML.write(Sample.plan, options: options(expected.language))
        #expect(html.contains("lang=\"\(expected.language.tag)\""))
        #expect(html.contains("<title>\(expected.headings[0])</title>"))
        #expect(html.contains("<h1>\(expected.headings[0])</h1>"))
        for text in expected.headings + expected.words + [expected.notVerified, expected.halfDay] {
            #expect(html.contains(text), "\(expected.language): \(text)")
        }
        #expect(html.contains("<th>" + expected.tables[0].split(separator: "|")[2].trimmingCharacters(in: .whitespaces) + "</th>"))
        for english in Self.english { #expect(!html.contains(english), "\(expected.language): \(english)") }
    }

    @Test("iCalendar: calendar name and event descriptions translated", arguments: expected)
    func calendar(expected: Expected) throws {
        let ics = try #require(PlanICS.write(Sample.plan, options: options(expected.language)))
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("X-WR-CALNAME:\(expected.headings[0])\r\n"))
        for text in [expected.headings[3], expected.halfDay] + expected.words + expected.labels.dropFirst() {
            // A TEXT value escapes its commas, the decimal comma too (RFC 5545 section 3.3.11).
            #expect(unfolded.contains(text.replacingOccurrences(of: ",", with: "\\,")), "\(expected.language): \(text)")
        }
        for english in Self.english { #expect(!unfolded.contains(english), "\(expected.language): \(english)") }
    }

    @Test("the text report: translated labels, reasons and figures", arguments: expected)
    func text(expected: Expected) {
        let text = PlanText.write(Sample.plan, options: options(expected.language), width: 10_000)
        #expect(text.hasPrefix(expected.headings[0] + "\n"))
        for word in [expected.headings[2], expected.notVerified, expected.halfDay] + expected.words + expected.labels.prefix(2) {
            #expect(text.contains(word), "\(expected.language): \(word)")
        }
        for unmet in Sample.plan.unmet { #expect(text.contains(unmet.reason.explanation(in: expected.language))) }
        for english in Self.english + ["Together:", "Legal:"] { #expect(!text.contains(english), "\(expected.language): \(english)") }
    }

    @Test("Markdown and HTML explain every need left out in the reader's language", arguments: expected)
    func reasons(expected: Expected) {
        let markdown = PlanMarkdown.write(Sample.plan, options: options(expected.language))
        let html = PlanHTML.write(Sample.plan, options: options(expected.language))
        #expect(!Sample.plan.unmet.isEmpty)
        for unmet in Sample.plan.unmet {
            let sentence = unmet.reason.explanation(in: expected.language)
            #expect(sentence != unmet.reason.explanation)
            #expect(markdown.contains(sentence.replacingOccurrences(of: "_", with: "\\_")))
            #expect(html.contains(sentence.replacingOccurrences(of: "'", with: "&#39;")))
        }
    }

    @Test("fractional days with a decimal comma in nl, fr and de, a point in English")
    func decimalComma() {
        for language in ["nl", "fr", "de"] as [LanguageCode] {
            let markdown = PlanMarkdown.write(Sample.plan, options: options(language))
            #expect(markdown.contains("| 0,5 |"), "\(language)")
            #expect(!markdown.contains("0.5"), "\(language)")
        }
        let english = PlanMarkdown.write(Sample.plan, options: Sample.options)
        #expect(english.contains("| 0.5 |"))
        #expect(english.contains("0.5 days · e-learning"))
    }

    @Test("a language without a wording of its own reads the English one, and the page says so")
    func fallback() throws {
        let spanish = options("es")
        #expect(PlanMarkdown.write(Sample.plan, options: spanish) == PlanMarkdown.write(Sample.plan, options: Sample.options))
        #expect(PlanText.write(Sample.plan, options: spanish) == PlanText.write(Sample.plan, options: Sample.options))
        #expect(try #require(PlanICS.write(Sample.plan, options: spanish)) == PlanICS.write(Sample.plan, options: Sample.options))
        let html = PlanHTML.write(Sample.plan, options: spanish)
        #expect(html.contains("<html lang=\"en\""))
        #expect(html == PlanHTML.write(Sample.plan, options: Sample.options))
    }

    @Test("a regional variant reads its language and keeps its region in the page's lang")
    func region() {
        let html = PlanHTML.write(Sample.plan, options: options("fr-BE"))
        #expect(html.contains("<html lang=\"fr-be\""))
        #expect(html.contains("<h1>Formations communes proposées</h1>"))
    }

    @Test("English keeps its wording, codes and decimal point")
    func english() throws {
        let markdown = PlanMarkdown.write(Sample.plan, options: Sample.options)
        for text in ["# Proposed joint courses\n", "## Courses\n", "| Course | Module | Title |", "**Legal point: ",
                     "laws differ between BE, NL", "Proposed handling: Comparative-law segment", "prosecution", "onsite",
                     "45 day", "(not verified)", "## Needs left out"] {
            #expect(markdown.contains(text), "\(text)")
        }
        let html = PlanHTML.write(Sample.plan, options: Sample.options)
        #expect(html.contains("<html lang=\"en\""))
        let ics = try #require(PlanICS.write(Sample.plan, options: Sample.options)).replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("X-WR-CALNAME:Proposed joint courses"))
        #expect(ics.contains("participants from "))
        #expect(ics.contains("\\nNeeds: "))
    }
}
