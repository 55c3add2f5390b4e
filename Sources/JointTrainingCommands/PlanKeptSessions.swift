import CurriculumExport
import Diagnostics
import Foundation
import Planning
import TrainingModel

/// Reads the sessions to keep from an earlier plan.json (`plan --keep FILE`): those marked
/// `"confirmed": true`, or all of them. Only the fields that make a session what it is are
/// read (module, language, mode, quarter, dates, placements), so a coordinator may edit the
/// rest of the file, or mark sessions confirmed by hand.
enum KeptPlanReader {
    struct Document: Decodable {
        var courses: [Course]
    }

    struct Course: Decodable {
        var id: String
        var module: String
        var language: String
        var mode: String
        var quarter: String?
        var start: String?
        var end: String?
        var needs: [String]?
        var placements: [String: Int]
        var confirmed: Bool?
    }

    /// The sessions to keep; every problem is reported with the file's name.
    static func read(bytes: [UInt8], name: String, all: Bool) throws(InputProblems) -> [KeptSession] {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch {
            throw InputProblems([Diagnostic(file: name, line: 1, column: 1,
                                            message: "not a plan.json written by `jointtraining plan`: \(describe(error))")])
        }
        var problems: [Diagnostic] = []
        var kept: [KeptSession] = []
        var ids = Set<String>()
        for course in document.courses where all || course.confirmed == true {
            let place = "course \(course.id)"
            guard ids.insert(course.id).inserted else {
                problems.append(Diagnostic(file: name, line: 1, column: 1, message: "\(place) appears twice"))
                continue
            }
            guard let mode = DeliveryMode(rawValue: course.mode) else {
                problems.append(Diagnostic(file: name, line: 1, column: 1, message: "\(place): \"\(course.mode)\" is not a delivery mode"))
                continue
            }
            let language = LanguageCode(course.language)
            guard language.isValid else {
                problems.append(Diagnostic(file: name, line: 1, column: 1, message: "\(place): \"\(course.language)\" is not a language code"))
                continue
            }
            var dates: KeptDates?
            if let start = course.start, let end = course.end {
                guard let first = CivilDate(start), let last = CivilDate(end), first <= last else {
                    problems.append(Diagnostic(file: name, line: 1, column: 1, message: "\(place): \(start) to \(end) are not two dates YYYY-MM-DD in order"))
                    continue
                }
                dates = KeptDates(start: first.description, end: last.description)
            }
            // Placements in the order of `needs`, as the session was seated.
            let order = (course.needs ?? []).filter { course.placements[$0] != nil }
            let rest = course.placements.keys.filter { !order.contains($0) }.sorted()
            let seats = (order + rest).map { KeptSession.Seat(need: $0, staff: course.placements[$0]!) }
            if let bad = seats.first(where: { $0.staff < 1 }) {
                problems.append(Diagnostic(file: name, line: 1, column: 1, message: "\(place): \(bad.need) has \(bad.staff) staff placed; at least 1"))
                continue
            }
            kept.append(KeptSession(id: course.id, module: course.module, language: language, mode: mode,
                                    quarter: course.quarter, dates: dates, seats: seats))
        }
        if !problems.isEmpty { throw InputProblems(problems) }
        return kept
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "\(path(context.codingPath + [key])) is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "\(path(context.codingPath)) has the wrong kind of value"
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "the file is not valid JSON" : "\(path(context.codingPath)) cannot be read"
        default:
            "the file cannot be read"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
