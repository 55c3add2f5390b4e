import Wording
import Planning
import TrainingModel
import SafeXML

/// The plan as one print-friendly page a planner can hand out: self-contained (styles
/// inline, no scripts, images or links to fetch), every text escaped, and well-formed
/// XHTML as well as HTML, so that XML tools can read it too. Written in the options'
/// language (nl, fr, de; English otherwise), which the page declares in `lang`.
public enum PlanHTML {
    public static func write(_ plan: Plan, options: ExportOptions = ExportOptions()) -> String {
        let schedule = SessionSchedule.of(plan, options: options)
        let language = options.language
        let w = options.wording
        var html = HTMLBuilder()
        html.raw("<!DOCTYPE html>\n")
        html.open("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": options.pageLanguage.tag])
        html.open("head")
        html.raw("<meta charset=\"utf-8\"/>")
        html.element("title", w.title)
        html.open("style")
        html.raw(style)
        html.close("style")
        html.close("head")
        html.open("body")
        html.element("h1", w.title)
        html.open("ul", ["class": "summary"])
        html.element("li", w.coverage(plan))
        html.element("li", w.jointness(plan))
        html.element("li", w.legalSummary(plan))
        html.close("ul")

        html.element("h2", w.courses)
        if plan.sessions.isEmpty {
            html.element("p", w.noSessionFits)
        } else {
            html.table(w.courseColumns, plan.sessions.map { session in
                [session.id, "\(session.module.id) #\(session.number)", session.module.title(for: language),
                 session.language.tag, w.mode(session.mode), w.reader.number(session.days),
                 schedule?[session: session.id].map(w.dates) ?? session.quarter.map(w.quarter) ?? "", String(session.participants),
                 session.countries.map(\.code).joined(separator: ", "), w.serviceKinds(session.serviceKinds),
                 w.flagCell(session.legalFlags, language: language)]
            })
        }

        for session in plan.sessions {
            html.open("section", ["class": "session", "id": session.id])
            html.element("h3", "\(session.id) · "
                + w.labelled(w.session(module: session.module.id, number: session.number), session.module.title(for: language)))
            html.element("p", w.facts(session, dates: schedule?[session: session.id]))
            if let late = w.late(session) { html.element("p", w.labelled(w.lateLabel, late), attributes: ["class": "late"]) }
            html.table(w.placementColumns, session.placements.map { placement in
                let need = placement.need
                return [need.service ?? need.id, need.country.code, w.serviceKind(need.serviceKind), PlanFacts.subject(need, plan: plan, language: language),
                        String(placement.staff)]
            })
            let drift = w.drift(session, plan: plan, day: PlanFacts.day(of: session, dates: schedule?[session: session.id]))
            if !drift.isEmpty {
                html.open("ul", ["class": "flag reform"])
                for line in drift { html.element("li", line) }
                html.close("ul")
            }
            for flag in session.legalFlags where flag.status != .reform {
                html.open("div", ["class": "flag \(flag.status.rawValue)"])
                html.element("p", w.labelled(w.legalPoint, w.flagSummary(flag, language: language)), attributes: ["class": "flag-title"])
                html.table(w.provisionColumns,
                           flag.provisions.map { provision in
                               [provision.country.code, w.provision(provision, language: language), provision.cite,
                                PlanFacts.summary(provision, language: language) ?? ""]
                           } + flag.unknownCountries.map { [$0.code, w.noProvisionInLegalBase, "", ""] })
                html.element("p", w.labelled(w.proposedHandling, flag.advice(in: language)))
                html.close("div")
            }
            html.close("section")
        }

        if !plan.notKept.isEmpty {
            html.element("h2", w.notKeptHeading)
            html.open("ul")
            for session in plan.notKept { html.element("li", w.notKept(session)) }
            html.close("ul")
        }

        html.element("h2", "\(w.needsLeftOut) (\(plan.unmet.count))")
        if plan.unmet.isEmpty { html.element("p", w.everyNeedCovered) }
        for (code, group) in PlanFacts.groupedUnmet(plan.unmet) {
            html.element("h3", "\(w.reasonHeading(code)) (\(group.count))")
            html.table(w.unmetColumns, group.map { unmet in
                let need = unmet.need
                return [need.service ?? need.id, need.country.code, w.serviceKind(need.serviceKind), PlanFacts.subject(need, plan: plan, language: language),
                        String(need.headcount), String(need.weight), unmet.reason.explanation(in: language)]
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
    .flag.reform{border-left-color:#a0a;background:#fbf0fb;list-style:none}
    .flag-title{font-weight:bold}
    section.session{break-inside:avoid;page-break-inside:avoid}
    @media print{body{margin:0;font-size:10pt}h2,h3{break-after:avoid;page-break-after:avoid}th{background:#ddd}}
    """
}
