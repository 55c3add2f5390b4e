import Foundation
import Planning
import TrainingModel

/// The plan as an iCalendar file (RFC 5545): one all-day event per session on the dates of
/// `SessionSchedule`, for planners to import into their calendars. Lines end in CRLF and
/// are folded at 75 octets; text values are escaped. The calendar's name and the events'
/// descriptions are in the options' language (nl, fr, de; English otherwise).
public enum PlanICS {
    /// The calendar, or nil when the options give no first day.
    public static func write(_ plan: Plan, options: ExportOptions) -> String? {
        guard let start = options.start else { return nil }
        let schedule = SessionSchedule(sessions: plan.sessions, start: start)
        let language = options.language
        let w = options.wording
        let stamp = timestamp(options.generated)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//JointTraining//Planner//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(w.title),
        ]
        for session in plan.sessions {
            guard let dates = schedule[session: session.id] else { continue }
            var description = [
                w.labelled(w.session(module: session.module.id, number: session.number),
                           [w.days(session.days), w.mode(session.mode), w.inLanguage(session.language)].joined(separator: ", ")),
                w.participants(session.participants, from: session.countries.map(\.code).joined(separator: ", "),
                               kinds: w.serviceKinds(session.serviceKinds)),
                w.labelled(w.needsLabel, w.services(session.placements)),
            ]
            if let period = dates.requestedPeriod { description.append(w.labelled(w.requestedPeriod, w.quarter(period))) }
            if let late = w.late(session) { description.append(w.labelled(w.lateLabel, late)) }
            description += w.drift(session, plan: plan, day: dates.first.description)
            for flag in session.legalFlags where flag.status != .reform {
                description.append(w.labelled(w.legalPoint, w.flagSummary(flag, language: language)) + ". " + flag.handling(in: language))
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape("\(session.id)-\(session.module.id)-\(session.number)-\(dates.first.compact)@jointtraining.plan"),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + dates.first.compact,
                "DTEND;VALUE=DATE:" + dates.last.adding(days: 1).compact,
                "SUMMARY:" + escape("\(session.id) \(session.module.title(for: language))"),
                "DESCRIPTION:" + escape(description.joined(separator: "\n")),
                "CATEGORIES:" + escape(session.module.id),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`, other
    /// control characters dropped (RFC 5545 section 3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            case _ where character.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }): break
            default: out.append(character)
            }
        }
        return out
    }

    /// Splits a content line so that no line exceeds 75 octets, continuation lines starting
    /// with one space; never inside a UTF-8 sequence (RFC 5545 section 3.1).
    static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result
    }

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
    }
}
