import Planning
import TrainingModel
import SafeXML

/// The plan as one print-friendly page a planner can hand out: self-contained (styles
/// inline, no scripts, images or links to fetch), every text escaped, and well-formed
/// XHTML as well as HTML, so that XML tools can read it too.
public enum PlanHTML {
    public static func write(_ plan: Plan, options: ExportOptions = ExportOptions()) -> String {
        let schedule = options.start.map { SessionSchedule(sessions: plan.sessions, start: $0) }
        let language = options.language
        var html = HTMLBuilder()
        html.raw("<!DOCTYPE html>\n")
        html.open("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": language.tag])
        html.open("head")
        html.raw("<meta charset=\"utf-8\"/>")
        html.element("title", "Proposed joint courses")
        html.open("style")
        html.raw(style)
        html.close("style")
        html.close("head")
        html.open("body")
        html.element("h1", "Proposed joint courses")
        html.open("ul", ["class": "summary"])
        html.element("li", Wording.coverage(plan))
        html.element("li", Wording.jointness(plan))
        html.element("li", PlanMarkdown.legalSummary(plan))
        html.close("ul")

        html.element("h2", "Courses")
        if plan.sessions.isEmpty {
            html.element("p", "No session fits the training days available.")
        } else {
            html.table(
                ["Course", "Module", "Title", "Language", "Mode", "Days", "Dates", "Participants", "Countries", "Services", "Legal flags"],
                plan.sessions.map { session in
                    [session.id, "\(session.module.id) #\(session.number)", session.module.title(for: language),
                     session.language.tag, session.mode.rawValue, Wording.days(session.days),
                     PlanMarkdown.dates(schedule?[session: session.id]), String(session.participants),
                     session.countries.map(\.code).joined(separator: ", "),
                     session.serviceKinds.map(\.rawValue).joined(separator: ", "),
                     session.legalFlags.map { "\($0.topic): \($0.status.rawValue)" }.joined(separator: "; ")]
                })
        }

        for session in plan.sessions {
            html.open("section", ["class": "session", "id": session.id])
            html.element("h3", "\(session.id) · \(session.module.id) session \(session.number): \(session.module.title(for: language))")
            let places = session.module.effectivePlaces
            var facts = "\(Wording.days(session.days)) days · \(session.mode.rawValue) · \(session.language.tag) · \(session.participants) participants (places \(places.min)–\(places.max))"
            if let range = schedule?[session: session.id] { facts += " · " + PlanMarkdown.dates(range) }
            html.element("p", facts)
            html.table(["Need", "Country", "Service kind", "Service", "Subject", "Staff"], session.placements.map { placement in
                let need = placement.need
                return [need.id, need.country.code, need.serviceKind.rawValue, need.service ?? "", Wording.subject(need), String(placement.staff)]
            })
            for flag in session.legalFlags {
                html.open("div", ["class": "flag \(flag.status.rawValue)"])
                html.element("p", "Legal point: \(flag.label(for: language)) [\(flag.topic)]: \(Wording.flagStatus(flag))", attributes: ["class": "flag-title"])
                html.table(["Country", "Provision", "Citation", "Summary"],
                           flag.provisions.map { provision in
                               [provision.country.code, LegalFlag.describe(provision) + (provision.verified ? "" : " (not verified)"),
                                provision.cite, Wording.summary(provision, language: language) ?? ""]
                           } + flag.unknownCountries.map { [$0.code, "no provision in the legal base", "", ""] })
                html.element("p", "Proposed handling: " + flag.advice(for: language))
                html.close("div")
            }
            html.close("section")
        }

        html.element("h2", "Needs left out (\(plan.unmet.count))")
        if plan.unmet.isEmpty { html.element("p", "Every need is covered.") }
        for (code, group) in Wording.groupedUnmet(plan.unmet) {
            html.element("h3", "\(Wording.reasonHeading(code)) (\(group.count))")
            html.table(["Need", "Country", "Service kind", "Service", "Subject", "Staff", "Weight", "Reason"], group.map { unmet in
                let need = unmet.need
                return [need.id, need.country.code, need.serviceKind.rawValue, need.service ?? "", Wording.subject(need),
                        String(need.headcount), String(need.weight), unmet.reason.explanation]
            })
        }
        html.close("body")
        html.close("html")
        return html.text + "\n"
    }

    private static let style = """
    body{font-family:"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:2em;color:#111;line-height:1.4}
    h1{font-size:1.6em;margin-bottom:.3em}
    h2{border-bottom:1px solid #999;margin-top:2em}
    h3{margin:1.4em 0 .3em}
    table{border-collapse:collapse;width:100%;margin:.4em 0 1em;font-size:.9em}
    th,td{border:1px solid #bbb;padding:.25em .4em;text-align:left;vertical-align:top}
    th{background:#eee}
    .flag{border-left:4px solid #c60;padding:.2em .8em;margin:.6em 0;background:#fff7ee}
    .flag.unknown{border-left-color:#06c;background:#eef5ff}
    .flag-title{font-weight:bold}
    section.session{break-inside:avoid;page-break-inside:avoid}
    @media print{body{margin:0;font-size:10pt}h2,h3{break-after:avoid;page-break-after:avoid}th{background:#ddd}}
    """
}

/// Builds HTML text with every text and attribute value escaped.
struct HTMLBuilder {
    private(set) var text = ""

    mutating func raw(_ markup: String) { text += markup }

    mutating func open(_ name: String, _ attributes: [String: String] = [:]) {
        text += "<" + name
        for key in attributes.keys.sorted() { text += " \(key)=\"\(MarkupText.escape(attributes[key]!))\"" }
        text += ">"
    }

    mutating func close(_ name: String) { text += "</\(name)>\n" }

    mutating func element(_ name: String, _ content: String, attributes: [String: String] = [:]) {
        open(name, attributes)
        text += MarkupText.escape(content)
        close(name)
    }

    mutating func table(_ headers: [String], _ rows: [[String]]) {
        open("table")
        open("thead")
        open("tr")
        for header in headers { element("th", header) }
        close("tr")
        close("thead")
        open("tbody")
        for row in rows {
            open("tr")
            for cell in row { element("td", cell) }
            close("tr")
        }
        close("tbody")
        close("table")
    }
}
