import CurriculumExport
import Foundation
import Planning
import Testing
import TrainingModel

@Suite("Dates")
struct SessionScheduleTests {
    @Test("dates are read only in YYYY-MM-DD form and must exist")
    func parsing() {
        #expect(CivilDate("2027-01-11")?.description == "2027-01-11")
        #expect(CivilDate("2027-02-29") == nil)
        #expect(CivilDate("11/01/2027") == nil)
        #expect(CivilDate("2027-1-11") == nil)
        #expect(CivilDate("2028-02-29")?.adding(days: 1).description == "2028-03-01")
    }

    @Test("a first day in a weekend moves to Monday; sessions stay within working days")
    func schedule() {
        let schedule = SessionSchedule(sessions: Sample.plan.sessions, start: CivilDate("2027-01-09")!)
        for session in Sample.plan.sessions {
            let dates = schedule[session: session.id]!
            #expect(dates.first.isWorkingDay && dates.last.isWorkingDay)
            #expect(dates.first <= dates.last)
        }
        #expect(schedule[session: "C1"]?.first.description == "2027-01-11")
    }

    @Test("sessions go to the quarter their participants asked for, in that order, without overlapping")
    func requestedQuarters() throws {
        func module(_ id: String, days: Double) -> TrainingModule {
            TrainingModule(id: id, titles: LocalizedText([LocalizedString("en", id)]), audiences: [.police],
                           duration: .init(days, .day), modes: [.onsite], languages: ["en"], topics: [id.lowercased()])
        }
        func need(_ id: String, _ topic: String, staff: Int, period: String?) -> Need {
            Need(id: id, country: "BE", serviceKind: .police, topic: topic, headcount: staff, languages: ["en"], period: period)
        }
        let plan = Planner.plan(PlanningInput(
            needs: [need("N1", "late", staff: 8, period: "2027-Q3"), need("N2", "late", staff: 3, period: "2027-Q1"),
                    need("N3", "early", staff: 5, period: "2027-Q1"), need("N4", "any", staff: 5, period: nil),
                    need("N5", "past", staff: 5, period: "2026-Q2")],
            modules: [module("LATE", days: 3), module("EARLY", days: 2), module("ANY", days: 1), module("PAST", days: 1)],
            legalBase: nil, budgetDays: 20))
        let schedule = SessionSchedule(sessions: plan.sessions, start: CivilDate("2027-01-11")!)
        func dates(_ module: String) throws -> SessionSchedule.Dates {
            try #require(plan.sessions.first { $0.module.id == module }.flatMap { schedule[session: $0.id] })
        }
        // N1 asked for Q3, N2 for Q1: LATE runs twice, each on time, rather than once with N2 late.
        let lateSessions = plan.sessions.filter { $0.module.id == "LATE" }
        #expect(lateSessions.compactMap(\.quarter).sorted() == ["2027-Q1", "2027-Q3"])
        #expect(plan.lateNeeds.isEmpty)
        let late = try #require(lateSessions.first { $0.quarter == "2027-Q3" }.flatMap { schedule[session: $0.id] })
        #expect(late.requestedPeriod == "2027-Q3")
        // 1 July 2027 is a Thursday: a three-day session starts the next Monday.
        #expect(late.first.description == "2027-07-05")
        #expect(try dates("EARLY").requestedPeriod == "2027-Q1")
        #expect(try dates("ANY").requestedPeriod == nil)
        let early = plan.sessions.filter { $0.quarter != "2027-Q3" }.compactMap { schedule[session: $0.id] }.sorted { $0.first < $1.first }
        #expect(early.count == 4)
        #expect(early.first?.first.description == "2027-01-11")
        for (before, after) in zip(early, early.dropFirst()) { #expect(before.last < after.first) }
        #expect(early.allSatisfy { $0.last < late.first })
        let calendar = try #require(PlanICS.write(plan, options: ExportOptions(language: "en", start: CivilDate("2027-01-11"))))
        #expect(calendar.contains("DTSTART;VALUE=DATE:20270705"))
        #expect(calendar.replacingOccurrences(of: "\r\n ", with: "").contains("Requested period: Q3 2027"))
    }
}
